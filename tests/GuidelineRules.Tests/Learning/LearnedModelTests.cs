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
    [TestCase("""{"categories":["rumor"],"bias":[0],"weightScale":1,"ngrams":["a\u0000"],"weights":"AQ=="}""", "*n-gram 0 contains a NUL*")]
    [TestCase("""{"categories":["rumor","rumor"],"bias":[0,0],"weightScale":1,"ngrams":[],"weights":""}""", "*a category is listed twice*")]
    [TestCase("""{"categories":["a","b","c","d","e","f","g","h","i","j","k","l","m"],"bias":[0,0,0,0,0,0,0,0,0,0,0,0,0],"weightScale":1,"ngrams":[],"weights":""}""", "*13 categories; a model has at most 12*")]
    public void A_bad_model_fails_with_what_is_wrong(string json, string message)
    {
        var load = () => LearnedModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "model.json");
        load.Should().Throw<InvalidDataException>().WithMessage("model.json: " + message);
    }

    [Test]
    public void Scoring_sums_exactly_the_weights_of_the_text_s_ngrams()
    {
        // The tables key a trigram by its bigram's slot; a naive sum over the listed n-grams is the reference.
        var data = ReadShipped();
        var model = LearnedModel.FromData(data, "shipped");
        var reference = NaiveWeights(data);
        var texts = CorpusReader.ReadFile(Path.Combine(RepositoryRoot(), "tests", "GuidelineRules.Tests", "Corpus", "dev.jsonl"))
            .Select(post => GuidelineRules.Text.TextNormalizer.Normalize(post.Text).Folded)
            .ToList();

        // Random texts drawn from the model's own characters hit many n-grams; NULs and lone surrogates hit none.
        var alphabet = data.Ngrams.SelectMany(ngram => ngram).Distinct().Concat(['\0', '\uD83D', 'x']).ToArray();
        var random = new Random(19);
        for (int t = 0; t < 300; t++)
        {
            texts.Add(new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        }

        Span<int> totals = stackalloc int[model.Categories.Length];
        int withHits = 0;
        foreach (string text in texts)
        {
            model.Accumulate(text, totals);
            var expected = NaiveTotals(reference, text, model.Categories.Length);
            totals.ToArray().Should().Equal(expected.Select(total => (int)total), "text '{0}'", text);
            withHits += expected.Any(total => total != 0) ? 1 : 0;
        }

        withHits.Should().BeGreaterThan(texts.Count / 2);
    }

    [Test]
    public void Scoring_a_huge_text_does_not_overflow()
    {
        var data = new LearnedModelData
        {
            Categories = ["rumor", "disrespect"],
            Bias = [0, 0],
            WeightScale = 1,
            Ngrams = ["噂だ", "だ噂", "噂だ噂", "だ噂だ"],
            Weights = Convert.ToBase64String([127, 0x81, 127, 0x81, 127, 0x81, 127, 0x81]),
        };
        var model = LearnedModel.FromData(data, "test");

        // 9 million positions of a bigram and a trigram weighing ±127 each: ±2.3 billion in all, past what 32 bits hold.
        string text = string.Concat(Enumerable.Repeat("噂だ", 4_500_000));
        Span<int> totals = stackalloc int[2];
        model.Accumulate(text, totals);

        totals[0].Should().Be(int.MaxValue, "the sum is past int.MaxValue and is clamped there");
        totals[1].Should().Be(int.MinValue);
    }

    [Test]
    public void The_strongest_range_is_the_maximum_sum_run_of_shared_weights_and_allocates_nothing()
    {
        var data = ReadShipped();
        var model = LearnedModel.FromData(data, "shipped");
        var reference = NaiveWeights(data);
        var alphabet = data.Ngrams.SelectMany(ngram => ngram).Distinct().ToArray();
        var random = new Random(23);
        for (int t = 0; t < 300; t++)
        {
            string text = new(Enumerable.Range(0, random.Next(2, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            int category = random.Next(model.Categories.Length);

            // Reference: every character's share in an array, then every run tried; the first best run wins.
            var shares = new long[text.Length];
            for (int length = 2; length <= 3; length++)
            {
                for (int i = 0; i + length <= text.Length; i++)
                {
                    if (reference.TryGetValue(text.Substring(i, length), out var row))
                    {
                        for (int k = i; k < i + length; k++)
                        {
                            shares[k] += row[category] * (6 / length);
                        }
                    }
                }
            }

            long best = long.MinValue;
            int bestEnd = 0;
            for (int end = 1; end <= text.Length; end++)
            {
                long sum = 0, bestHere = long.MinValue;
                for (int start = end - 1; start >= 0; start--)
                {
                    sum += shares[start];
                    bestHere = Math.Max(bestHere, sum);
                }

                if (bestHere > best)
                {
                    best = bestHere;
                    bestEnd = end;
                }
            }

            var (foundStart, foundEnd, score) = model.StrongestRange(text, category);
            foundEnd.Should().Be(bestEnd, "text '{0}', category {1}", text, category);
            score.Should().Be(best);
            shares.AsSpan(foundStart, foundEnd - foundStart).ToArray().Sum().Should().Be(best, "text '{0}', category {1}", text, category);
        }

        string post = string.Concat(Enumerable.Repeat("ここだけの話、〇〇課長が異動するらしい。", 200));
        model.StrongestRange(post, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        model.StrongestRange(post, model.Categories.IndexOf("rumor"));
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static Dictionary<string, sbyte[]> NaiveWeights(LearnedModelData data)
    {
        var bytes = Convert.FromBase64String(data.Weights);
        int count = data.Categories.Count;
        var weights = new Dictionary<string, sbyte[]>(StringComparer.Ordinal);
        for (int n = 0; n < data.Ngrams.Count; n++)
        {
            weights[data.Ngrams[n]] = bytes.Skip(n * count).Take(count).Select(b => (sbyte)b).ToArray();
        }

        return weights;
    }

    private static long[] NaiveTotals(Dictionary<string, sbyte[]> weights, string text, int categoryCount)
    {
        var totals = new long[categoryCount];
        for (int length = 2; length <= 3; length++)
        {
            for (int i = 0; i + length <= text.Length; i++)
            {
                if (weights.TryGetValue(text.Substring(i, length), out var row))
                {
                    for (int c = 0; c < categoryCount; c++)
                    {
                        totals[c] += row[c];
                    }
                }
            }
        }

        return totals;
    }
}
