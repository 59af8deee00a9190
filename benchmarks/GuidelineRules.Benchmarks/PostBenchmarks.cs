using BenchmarkDotNet.Attributes;

namespace GuidelineRules.Benchmarks;

/// <summary>Single-post latency, pipeline build time and worst cases.</summary>
[MemoryDiagnoser]
public class PostBenchmarks
{
    private const string CleanPost = "今日は秋晴れ。千葉ポートタワーからの眺めが最高でした！週末は家族で海辺のカフェへ行く予定です🌅 #千葉 https://www.city.chiba.jp/";
    private const string DirtyPost = "【拡散希望】駅前の店、食中毒出したって噂。部 外 秘 の資料も見た。hxxp://www[.]sex-cam-live[.]com/japan";

    private IGuidelineAnalyzer _analyzer = null!;
    private string _dense = string.Empty;
    private string _denseTenTimes = string.Empty;
    private string _megabyteLine = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = GuidelinePipeline.CreateDefault();

        // Worst case 1: text dense with matches (every few characters a term, a digit or a dot).
        _dense = string.Concat(Enumerable.Repeat("噂らしい拡散希望部外秘検討中0.1ば か", 2_000));
        _denseTenTimes = string.Concat(Enumerable.Repeat(_dense, 10));

        // Worst case 2: one 1 MB line (512k UTF-16 code units) of ordinary text without a line break.
        var line = new System.Text.StringBuilder(600 * 1024);
        for (int i = 0; line.Length < 512 * 1024; i++)
        {
            line.Append(BenchmarkCorpus.Posts[i % BenchmarkCorpus.Posts.Length].Replace('\n', ' ')).Append(' ');
        }

        _megabyteLine = line.ToString(0, 512 * 1024);
    }

    [Benchmark(Description = "one clean post")]
    public int OneCleanPost() => _analyzer.Analyze(CleanPost).Diagnostics.Length;

    [Benchmark(Description = "one post with findings")]
    public int OneDirtyPost() => _analyzer.Analyze(DirtyPost).Diagnostics.Length;

    [Benchmark(Description = "build the default pipeline")]
    public IGuidelineAnalyzer BuildPipeline() => GuidelinePipeline.CreateDefault();

    // Once per process: the first pipeline built pays this as well as the row above.
    [Benchmark(Description = "read the embedded learned model")]
    public object ReadLearnedModel() => Rules.LearnedReadingRule.LoadBuiltInModel();

    [Benchmark(Description = "worst case: dense matches (48k chars)")]
    public int DenseMatches() => _analyzer.Analyze(_dense).Diagnostics.Length;

    [Benchmark(Description = "worst case: dense matches x10 (480k chars)")]
    public int DenseMatchesTenTimes() => _analyzer.Analyze(_denseTenTimes).Diagnostics.Length;

    [Benchmark(Description = "worst case: one 1 MB line")]
    public int MegabyteLine() => _analyzer.Analyze(_megabyteLine).Diagnostics.Length;
}
