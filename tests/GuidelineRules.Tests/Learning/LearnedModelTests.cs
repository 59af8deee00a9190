using System.Text;
using System.Text.Json;
using GuidelineRules.Evaluation;
using GuidelineRules.Learning;

namespace GuidelineRules.Tests.Learning;

/// <summary>The built-in model is what its recorded training makes, and bad models and bad training input fail clearly.</summary>
public class LearnedModelTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidelineRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above the test directory.");
    }

    private static string ModelPath => Path.Combine(RepositoryRoot(), "src", "GuidelineRules", "Rules", "LearnedReadingRule.model.json");

    private static LearnedModelData ReadShipped() =>
        JsonSerializer.Deserialize(File.ReadAllText(ModelPath), LearnedModelJsonContext.Default.LearnedModelData)!;

    [Test]
    public void The_built_in_model_is_what_training_on_its_recorded_corpora_makes()
    {
        // A stale model (a corpus changed, the model not retrained) fails here: retrain with the command in
        // tests/GuidelineRules.Tests/Challenge/README.md.
        var shipped = ReadShipped();
        shipped.TrainedOn.Should().NotBeEmpty();
        var posts = shipped.TrainedOn.SelectMany(path => CorpusReader.ReadFile(Path.Combine(RepositoryRoot(), path))).ToList();
        var retrained = LearnedModelTrainer.TrainData(posts, shipped.TrainedOn, shipped.Settings);

        retrained.Categories.Should().Equal(shipped.Categories);
        retrained.Ngrams.Should().Equal(shipped.Ngrams);
        retrained.Bias.Zip(shipped.Bias).Should().OnlyContain(pair => Math.Abs(pair.First - pair.Second) < 1e-4);
        var a = Convert.FromBase64String(retrained.Weights);
        var b = Convert.FromBase64String(shipped.Weights);
        a.Length.Should().Be(b.Length);
        // Floating point may round a weight the other way on another processor; no more than that.
        int differing = 0;
        for (int i = 0; i < a.Length; i++)
        {
            int difference = Math.Abs((sbyte)a[i] - (sbyte)b[i]);
            difference.Should().BeLessThanOrEqualTo(1, "weight {0}", i);
            differing += difference;
        }

        differing.Should().BeLessThanOrEqualTo(a.Length / 1000);
    }

    [Test]
    public void The_built_in_model_file_uses_only_properties_its_schema_declares()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "schemas", "learned-model.schema.json")));
        using var model = JsonDocument.Parse(File.ReadAllText(ModelPath));
        var declared = schema.RootElement.GetProperty("properties");
        foreach (var property in model.RootElement.EnumerateObject())
        {
            declared.TryGetProperty(property.Name, out _).Should().BeTrue($"the model has '{property.Name}'");
        }

        foreach (var required in schema.RootElement.GetProperty("required").EnumerateArray())
        {
            model.RootElement.TryGetProperty(required.GetString()!, out _).Should().BeTrue($"'{required.GetString()}' is required");
        }
    }

    [Test]
    public void Training_separates_what_it_was_shown_and_scores_without_allocating()
    {
        var posts = new List<LabeledPost>();
        for (int i = 0; i < 20; i++)
        {
            posts.Add(new LabeledPost { Id = $"r{i}", Text = $"〇〇って噂で聞いた話{i}、本当かは知らない", Labels = ["rumor"] });
            posts.Add(new LabeledPost { Id = $"c{i}", Text = $"今日は公園で散歩した{i}。天気がいい", Labels = [] });
        }

        var model = LearnedModel.FromData(LearnedModelTrainer.TrainData(posts, ["test"], new LearnedModelSettings()), "test");
        int rumor = model.Categories.IndexOf("rumor");
        Span<int> totals = stackalloc int[model.Categories.Length];

        string folded = GuidelineRules.Text.TextNormalizer.Normalize("△△って噂で聞いた話、本当かは知らない").Folded;
        model.Accumulate(folded, totals);
        model.Logit(rumor, totals[rumor]).Should().BePositive();

        folded = GuidelineRules.Text.TextNormalizer.Normalize("今日は公園で散歩した。天気がいい").Folded;
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.Accumulate(folded, totals);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        model.Logit(rumor, totals[rumor]).Should().BeNegative();
        allocated.Should().Be(0);
    }

    [Test]
    public void Training_rejects_no_posts_and_unknown_labels()
    {
        var none = () => LearnedModelTrainer.TrainData([], [], new LearnedModelSettings());
        none.Should().Throw<ArgumentException>().WithMessage("*at least one*");
        var unknown = () => LearnedModelTrainer.TrainData([new LabeledPost { Id = "x", Text = "テスト", Labels = ["gossip"] }], [], new LearnedModelSettings());
        unknown.Should().Throw<ArgumentException>().WithMessage("*'x'*'gossip'*not a category key*");
        var epochs = () => LearnedModelTrainer.TrainData([new LabeledPost { Id = "x", Text = "テスト" }], [], new LearnedModelSettings { Epochs = 0 });
        epochs.Should().Throw<ArgumentOutOfRangeException>();
    }

    [TestCase("""{"categories":["rumor"],"bias":[],"weightScale":1,"ngrams":[],"weights":""}""", "*1 categories but 0 biases*")]
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":0,"ngrams":[],"weights":""}""", "*weightScale*")]
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":1,"ngrams":["ab"],"weights":"!!"}""", "*base64*")]
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":1,"ngrams":["ab"],"weights":"AQI="}""", "*need 1 weights, not 2*")]
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":1,"ngrams":["abcd"],"weights":"AQ=="}""", "*'abcd'*2 or 3 characters*")]
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":1,"ngrams":["ab","ab"],"weights":"AQI="}""", "*'ab' is listed twice*")]
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":1,"ngrams":[],"weights":"","extra":1}""", "*not a learned model*")]
    [TestCase("""[1, 2]""", "*not a learned model*")]
    public void A_bad_model_fails_with_what_is_wrong(string json, string message)
    {
        var load = () => LearnedModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "model.json");
        load.Should().Throw<InvalidDataException>().WithMessage("model.json: " + message);
    }
}
