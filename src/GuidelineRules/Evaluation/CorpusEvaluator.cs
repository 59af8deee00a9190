using System.Collections.Immutable;

namespace GuidelineRules.Evaluation;

/// <summary>Counts and scores of one category at post level.</summary>
/// <param name="Category">The category key.</param>
/// <param name="TruePositives">Posts labeled with the category and flagged with it.</param>
/// <param name="FalsePositives">Posts flagged with the category but not labeled with it.</param>
/// <param name="FalseNegatives">Posts labeled with the category but not flagged with it.</param>
/// <param name="IsCovered">Whether any rule of the analyzer reports this category.</param>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives, bool IsCovered)
{
    /// <summary>TP / (TP + FP); 1 when nothing was flagged.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing is labeled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A post the analyzer got wrong for some category.</summary>
/// <param name="PostId">The post.</param>
/// <param name="Expected">Its labels.</param>
/// <param name="Predicted">The categories the analyzer flagged.</param>
/// <param name="Text">The post's text.</param>
public sealed record Misclassification(string PostId, ImmutableArray<string> Expected, ImmutableArray<string> Predicted, string Text);

/// <summary>Post-level precision, recall and F1 per category, and how often clean posts were flagged.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(ImmutableArray<CategoryScore> categories, ImmutableArray<Misclassification> errors, int posts, int cleanPosts, int cleanFlagged, int hardNegatives, int hardNegativesFlagged)
    {
        Categories = categories;
        Errors = errors;
        PostCount = posts;
        CleanPostCount = cleanPosts;
        CleanPostsFlagged = cleanFlagged;
        HardNegativeCount = hardNegatives;
        HardNegativesFlagged = hardNegativesFlagged;
    }

    /// <summary>One score per category of <see cref="RuleCategories.All"/>, in schema order.</summary>
    public ImmutableArray<CategoryScore> Categories { get; }

    /// <summary>Posts whose predicted categories differ from their labels.</summary>
    public ImmutableArray<Misclassification> Errors { get; }

    /// <summary>Number of posts evaluated.</summary>
    public int PostCount { get; }

    /// <summary>Posts labeled clean.</summary>
    public int CleanPostCount { get; }

    /// <summary>Clean posts flagged with anything.</summary>
    public int CleanPostsFlagged { get; }

    /// <summary>Clean posts that are hard negatives.</summary>
    public int HardNegativeCount { get; }

    /// <summary>Hard negatives flagged with anything.</summary>
    public int HardNegativesFlagged { get; }

    /// <summary>The score of one category.</summary>
    public CategoryScore this[string category] => Categories.First(c => c.Category == category);

    /// <summary>Macro average of F1 over the covered categories.</summary>
    public double MacroF1 => Categories.Where(c => c.IsCovered).Select(c => c.F1).DefaultIfEmpty(0).Average();
}

/// <summary>Runs an analyzer over labeled posts and scores it per category at post level.</summary>
public static class CorpusEvaluator
{
    /// <summary>Evaluates <paramref name="analyzer"/> on <paramref name="posts"/>.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="posts">Labeled posts.</param>
    /// <param name="categories">Categories to count a prediction in; every category when null. Predictions of
    /// other categories are ignored, so a subset of rules can be judged on its own.</param>
    public static EvaluationReport Evaluate(IGuidelineAnalyzer analyzer, IEnumerable<LabeledPost> posts, IReadOnlyCollection<string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(posts);
        var covered = analyzer.Descriptors.Select(d => d.Category).ToHashSet(StringComparer.Ordinal);
        var counted = categories is null ? RuleCategories.All.ToHashSet(StringComparer.Ordinal) : categories.ToHashSet(StringComparer.Ordinal);
        var tp = new Dictionary<string, int>();
        var fp = new Dictionary<string, int>();
        var fn = new Dictionary<string, int>();
        var errors = ImmutableArray.CreateBuilder<Misclassification>();
        int count = 0, clean = 0, cleanFlagged = 0, hard = 0, hardFlagged = 0;
        foreach (var post in posts)
        {
            count++;
            var predicted = analyzer.Analyze(post.Text).Diagnostics
                .Select(d => d.Descriptor.Category)
                .Where(counted.Contains)
                .ToHashSet(StringComparer.Ordinal);
            var expected = post.Labels.Where(counted.Contains).ToHashSet(StringComparer.Ordinal);
            foreach (string category in counted)
            {
                bool p = predicted.Contains(category), e = expected.Contains(category);
                if (p && e)
                {
                    Increment(tp, category);
                }
                else if (p)
                {
                    Increment(fp, category);
                }
                else if (e)
                {
                    Increment(fn, category);
                }
            }

            if (post.Labels.Count == 0)
            {
                clean++;
                cleanFlagged += predicted.Count > 0 ? 1 : 0;
                if (post.IsHardNegative)
                {
                    hard++;
                    hardFlagged += predicted.Count > 0 ? 1 : 0;
                }
            }

            if (!predicted.SetEquals(expected))
            {
                errors.Add(new Misclassification(post.Id, [.. expected.Order(StringComparer.Ordinal)], [.. predicted.Order(StringComparer.Ordinal)], post.Text));
            }
        }

        var scores = RuleCategories.All
            .Where(counted.Contains)
            .Select(c => new CategoryScore(c, tp.GetValueOrDefault(c), fp.GetValueOrDefault(c), fn.GetValueOrDefault(c), covered.Contains(c)))
            .ToImmutableArray();
        return new EvaluationReport(scores, errors.ToImmutable(), count, clean, cleanFlagged, hard, hardFlagged);
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
