using System.Text.Json;

namespace GuidelineRules.Cli.Tests;

public class EvalAndRulesTests : CliTestBase
{
    private static string DevCorpus => Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", "dev.jsonl");

    [Test]
    public async Task Eval_prints_per_category_scores_that_agree_with_the_library()
    {
        var (code, output, _) = await Run("eval", DevCorpus);
        code.Should().Be(ExitCodes.Clean);
        var report = GuidelineRules.Evaluation.CorpusEvaluator.Evaluate(GuidelinePipeline.CreateDefault(), GuidelineRules.Evaluation.CorpusReader.ReadFile(DevCorpus));
        output.Should().StartWith($"{report.PostCount} posts, {report.CleanPostCount} clean ({report.CleanPostsFlagged} flagged)");
        foreach (var score in report.Categories)
        {
            output.Should().MatchRegex($"(?m)^{score.Category} +{score.TruePositives} +{score.FalsePositives} +{score.FalseNegatives} ");
        }

        var covered = report.Categories.Where(c => c.IsCovered).ToList();
        string macro = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:F3} +{1:F3} +{2:F3}", covered.Average(c => c.Precision), covered.Average(c => c.Recall), report.MacroF1);
        output.Should().MatchRegex($"(?m)^macro average +{macro.Replace(".", "\\.", StringComparison.Ordinal)}$");
    }

    [Test]
    public async Task Eval_json_with_errors_lists_misclassified_posts_under_a_tuned_configuration()
    {
        Write("guidelinerules.json", "{ \"severity\": { \"categories\": { \"rumor\": \"none\" } } }");
        var (code, output, _) = await Run("eval", DevCorpus, "--format", "json", "--errors");
        code.Should().Be(ExitCodes.Clean);
        var root = JsonDocument.Parse(output).RootElement;
        var rumor = root.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "rumor");
        rumor.GetProperty("tp").GetInt32().Should().Be(0);
        rumor.GetProperty("recall").GetDouble().Should().Be(0);
        root.GetProperty("macroRecall").GetDouble().Should().BeLessThan(1);
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().NotBeEmpty().And.OnlyContain(e => e.GetProperty("expected").EnumerateArray().Any(l => l.GetString() == "rumor"));
    }

    [Test]
    public async Task Eval_of_a_missing_or_broken_corpus_exits_2()
    {
        (await Run("eval", "missing.jsonl")).ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        Write("broken.jsonl", "{\"id\":\"x\"\n");
        var broken = await Run("eval", "broken.jsonl");
        broken.ExitCode.Should().Be(ExitCodes.UsageOrInputError);
        broken.Error.Should().Contain("broken.jsonl");
    }

    [Test]
    public async Task Rules_lists_every_rule()
    {
        var (code, output, _) = await Run("rules");
        code.Should().Be(ExitCodes.Clean);
        foreach (var descriptor in GuidelinePipeline.CreateDefault().Descriptors)
        {
            output.Should().MatchRegex($"(?m)^{descriptor.Id} +{descriptor.Category} ");
        }
    }

    /// <summary>The README's rules table is the output of <c>guidelinerules rules --format markdown</c>; regenerate it when this fails.</summary>
    [Test]
    public async Task The_readme_rules_table_is_not_stale()
    {
        var (_, table, _) = await Run("rules", "--format", "markdown");
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf("| ID | Category | Clause |", StringComparison.Ordinal);
        start.Should().BePositive();
        int end = readme.IndexOf("\n\n", start, StringComparison.Ordinal);
        (readme[start..end] + "\n").Should().Be(table, "regenerate the table with: dotnet run --project src/GuidelineRules.Cli -- rules --format markdown");
    }
}
