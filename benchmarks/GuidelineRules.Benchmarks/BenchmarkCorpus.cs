using GuidelineRules.Evaluation;

namespace GuidelineRules.Benchmarks;

/// <summary>
/// Posts for the benchmarks: the dev corpus (260 posts, a third of them violations) cycled to 10,000 posts,
/// each made distinct by a suffix so no cache can help.
/// </summary>
internal static class BenchmarkCorpus
{
    public const int PostCount = 10_000;

    private static readonly Lazy<string[]> LazyPosts = new(() =>
    {
        var dev = CorpusReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Corpus", "dev.jsonl"));
        var posts = new string[PostCount];
        for (int i = 0; i < posts.Length; i++)
        {
            posts[i] = dev[i % dev.Count].Text + " #" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return posts;
    });

    public static string[] Posts => LazyPosts.Value;

    public static long Utf16Bytes(IEnumerable<string> posts) => posts.Sum(p => (long)p.Length * sizeof(char));
}
