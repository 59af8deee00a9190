using System.Globalization;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Benchmarks;

/// <summary>
/// The posts the throughput benchmarks read, 10,000 of each kind:
/// <list type="bullet">
/// <item><c>dev-mix</c>: the dev corpus (260 short posts, 58% of them violations) cycled, each made distinct by a
/// <c> #n</c> suffix. The hard case: nearly every post needs the rules' full work.</item>
/// <item><c>traffic</c>: posts of the length and mix a city account sends: three to five clean dev posts joined
/// by line breaks (about 190 chars; half of the clean dev posts are hard negatives full of trigger words, so this
/// is still a harsh mix), and one post in 20 carrying a violating dev post as well. An assumption about real
/// traffic, stated here and in benchmarks/README.md, not a measurement of it.</item>
/// </list>
/// </summary>
internal static class BenchmarkCorpus
{
    public const int PostCount = 10_000;

    public const string DevMix = "dev-mix";

    public const string Traffic = "traffic";

    private static readonly Lazy<List<LabeledPost>> Dev = new(() =>
        CorpusReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev.jsonl")).ToList());

    private static readonly Lazy<string[]> LazyDevMix = new(() =>
    {
        var dev = Dev.Value;
        var posts = new string[PostCount];
        for (int i = 0; i < posts.Length; i++)
        {
            posts[i] = dev[i % dev.Count].Text + " #" + i.ToString(CultureInfo.InvariantCulture);
        }

        return posts;
    });

    private static readonly Lazy<string[]> LazyTraffic = new(() =>
    {
        var clean = Dev.Value.Where(p => p.Labels.Count == 0).Select(p => p.Text).ToArray();
        var violating = Dev.Value.Where(p => p.Labels.Count > 0).Select(p => p.Text).ToArray();
        var random = new Random(20261124); // fixed: every run reads the same posts
        var posts = new string[PostCount];
        for (int i = 0; i < posts.Length; i++)
        {
            var parts = new List<string>();
            int count = random.Next(3, 6);
            for (int k = 0; k < count; k++)
            {
                parts.Add(clean[random.Next(clean.Length)]);
            }

            if (i % 20 == 0)
            {
                parts.Insert(random.Next(parts.Count + 1), violating[random.Next(violating.Length)]);
            }

            posts[i] = string.Join('\n', parts);
        }

        return posts;
    });

    /// <summary>The dev-mix posts (also the source of the worst-case texts).</summary>
    public static string[] Posts => LazyDevMix.Value;

    public static string[] Get(string name) => name switch
    {
        DevMix => LazyDevMix.Value,
        Traffic => LazyTraffic.Value,
        _ => throw new ArgumentException($"Unknown benchmark corpus '{name}'.", nameof(name)),
    };

    public static long Utf16Bytes(IEnumerable<string> posts) => posts.Sum(p => (long)p.Length * sizeof(char));
}
