using System.Text.Json;
using GuidelineRules.Evaluation;
using GuidelineRules.Text;

namespace GuidelineRules.Learning;

/// <summary>
/// Trains the model <see cref="Rules.LearnedReadingRule"/> reads with: for each category, a logistic regression over
/// the counts of the 2- and 3-character sequences of each post's folded text (folded as the pipeline folds it, so
/// disguises the normalizer undoes do not change the features). Deterministic: the same posts in the same order
/// and the same settings give the same file.
/// </summary>
public static class LearnedModelTrainer
{
    private const double MaximumLogit = 30;

    /// <summary>Trains on <paramref name="posts"/> and writes the model as JSON to <paramref name="output"/>.</summary>
    /// <param name="posts">Labeled posts; labels must be category keys of <see cref="RuleCategories.All"/>.</param>
    /// <param name="trainedOn">The names of the corpora the posts came from, recorded in the file.</param>
    /// <param name="output">Where the JSON goes; left open.</param>
    /// <param name="settings">Training settings; the defaults made the built-in model.</param>
    /// <exception cref="ArgumentException">No posts, or a label that is not a category key.</exception>
    public static void Train(IReadOnlyList<LabeledPost> posts, IReadOnlyList<string> trainedOn, Stream output, LearnedModelSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var data = TrainData(posts, trainedOn, settings ?? new LearnedModelSettings());
        JsonSerializer.Serialize(output, data, LearnedModelJsonContext.Default.LearnedModelData);
    }

    internal static LearnedModelData TrainData(IReadOnlyList<LabeledPost> posts, IReadOnlyList<string> trainedOn, LearnedModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(trainedOn);
        ArgumentNullException.ThrowIfNull(settings);
        if (posts.Count == 0)
        {
            throw new ArgumentException("Training needs at least one labeled post.", nameof(posts));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Epochs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.MinimumPostCount);
        if (!(settings.LearningRate > 0) || !(settings.L2 >= 0))
        {
            throw new ArgumentException("The learning rate must be positive and the L2 penalty not negative.", nameof(settings));
        }

        var categories = RuleCategories.All;
        int categoryCount = categories.Count;
        var targets = new bool[posts.Count][];
        var counts = new Dictionary<ulong, int>[posts.Count];
        var postCount = new Dictionary<ulong, int>();
        var text = new Dictionary<ulong, string>();
        for (int p = 0; p < posts.Count; p++)
        {
            var post = posts[p] ?? throw new ArgumentException($"Post {p} is null.", nameof(posts));
            targets[p] = new bool[categoryCount];
            foreach (string label in post.Labels)
            {
                int c = IndexOf(categories, label);
                if (c < 0)
                {
                    throw new ArgumentException($"Post '{post.Id}' has label '{label}', which is not a category key ({string.Join(", ", categories)}).", nameof(posts));
                }

                targets[p][c] = true;
            }

            counts[p] = CountNgrams(TextNormalizer.Normalize(post.Text).Folded, text);
            foreach (ulong key in counts[p].Keys)
            {
                postCount[key] = postCount.GetValueOrDefault(key) + 1;
            }
        }

        // Features in ordinal order of their text, so the file does not depend on the order posts were read in.
        var kept = new List<string>();
        foreach (var (key, count) in postCount)
        {
            if (count >= settings.MinimumPostCount)
            {
                kept.Add(text[key]);
            }
        }

        kept.Sort(StringComparer.Ordinal);
        var index = new Dictionary<ulong, int>(kept.Count);
        for (int f = 0; f < kept.Count; f++)
        {
            index[NgramKeys.Of(kept[f])] = f;
        }

        var features = new (int Feature, double Count)[posts.Count][];
        for (int p = 0; p < posts.Count; p++)
        {
            var row = new List<(int, double)>();
            foreach (var (key, count) in counts[p])
            {
                if (index.TryGetValue(key, out int f))
                {
                    row.Add((f, count));
                }
            }

            row.Sort((a, b) => a.Item1.CompareTo(b.Item1));
            features[p] = [.. row];
        }

        var weights = new double[kept.Count * categoryCount];
        var bias = new double[categoryCount];
        var order = new int[posts.Count];
        for (int p = 0; p < order.Length; p++)
        {
            order[p] = p;
        }

        var random = new Random(settings.Seed);
        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            double rate = settings.LearningRate / (1 + epoch);
            foreach (int p in order)
            {
                var x = features[p];
                for (int c = 0; c < categoryCount; c++)
                {
                    double z = bias[c];
                    foreach (var (f, count) in x)
                    {
                        z += weights[(f * categoryCount) + c] * count;
                    }

                    double probability = 1 / (1 + Math.Exp(-Math.Clamp(z, -MaximumLogit, MaximumLogit)));
                    double gradient = (targets[p][c] ? 1 : 0) - probability;
                    foreach (var (f, count) in x)
                    {
                        ref double w = ref weights[(f * categoryCount) + c];
                        w += rate * ((gradient * count) - (settings.L2 * w));
                    }

                    bias[c] += rate * gradient;
                }
            }
        }

        return Quantize(kept, weights, bias, categories, trainedOn, settings);
    }

    /// <summary>Counts the n-grams of a folded text; sequences with half a surrogate pair or a NUL are left out.</summary>
    internal static Dictionary<ulong, int> CountNgrams(string folded, Dictionary<ulong, string>? text = null)
    {
        var counts = new Dictionary<ulong, int>();
        for (int length = NgramKeys.Shortest; length <= NgramKeys.Longest; length++)
        {
            for (int i = 0; i + length <= folded.Length; i++)
            {
                var ngram = folded.AsSpan(i, length);
                if (ngram.ContainsAnyInRange('\uD800', '\uDFFF') || ngram.Contains('\0'))
                {
                    continue;
                }

                ulong key = NgramKeys.Of(ngram);
                counts[key] = counts.GetValueOrDefault(key) + 1;
                if (text is not null && !text.ContainsKey(key))
                {
                    text[key] = ngram.ToString();
                }
            }
        }

        return counts;
    }

    private static LearnedModelData Quantize(List<string> ngrams, double[] weights, double[] bias, IReadOnlyList<string> categories, IReadOnlyList<string> trainedOn, LearnedModelSettings settings)
    {
        int categoryCount = categories.Count;
        double largest = 0;
        foreach (double w in weights)
        {
            largest = Math.Max(largest, Math.Abs(w));
        }

        double scale = largest > 0 ? largest / sbyte.MaxValue : 1;
        var keptNgrams = new List<string>();
        var bytes = new List<byte>();
        var row = new sbyte[categoryCount];
        for (int f = 0; f < ngrams.Count; f++)
        {
            bool any = false;
            for (int c = 0; c < categoryCount; c++)
            {
                row[c] = (sbyte)Math.Round(weights[(f * categoryCount) + c] / scale);
                any |= row[c] != 0;
            }

            // An n-gram whose weights all round to zero changes no score.
            if (any)
            {
                keptNgrams.Add(ngrams[f]);
                foreach (sbyte w in row)
                {
                    bytes.Add((byte)w);
                }
            }
        }

        var roundedBias = new List<double>(categoryCount);
        foreach (double b in bias)
        {
            roundedBias.Add(Math.Round(b, 6));
        }

        return new LearnedModelData
        {
            Schema = "../../../docs/schemas/learned-model.schema.json",
            Description = "Character 2- and 3-gram logistic regression, one per category, trained by LearnedModelTrainer (guidelinerules train). Weights are signed bytes times weightScale.",
            TrainedOn = [.. trainedOn],
            Settings = settings,
            Categories = [.. categories],
            Bias = roundedBias,
            WeightScale = scale,
            Ngrams = keptNgrams,
            Weights = Convert.ToBase64String([.. bytes]),
        };
    }

    private static int IndexOf(IReadOnlyList<string> categories, string label)
    {
        for (int c = 0; c < categories.Count; c++)
        {
            if (string.Equals(categories[c], label, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return -1;
    }
}
