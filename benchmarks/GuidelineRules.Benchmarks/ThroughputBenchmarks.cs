using System.Buffers;
using BenchmarkDotNet.Attributes;
using GuidelineRules.Learning;
using GuidelineRules.Rules;
using GuidelineRules.Scanning;
using GuidelineRules.Text;

namespace GuidelineRules.Benchmarks;

/// <summary>
/// 10,000 posts of each corpus (<see cref="BenchmarkCorpus"/>) through the whole pipeline (normalize, scan, dispatch, every built-in rule), against two
/// reference rows in the same run: a plain loop over every char (the floor) and SearchValues&lt;string&gt;
/// finding every occurrence of the same terms in the raw text (the baseline ratios are taken against). The stage rows
/// and the pipeline without the learned reading show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    /// <summary>Which posts: ratios are taken within each corpus, against its own reference rows.</summary>
    [Params(BenchmarkCorpus.DevMix, BenchmarkCorpus.Traffic)]
    public string Corpus { get; set; } = BenchmarkCorpus.DevMix;

    private string[] _posts = [];
    private IGuidelineAnalyzer _analyzer = null!;
    private SearchValues<string> _searchValues = null!;
    private NormalizationBuffer _buffer = new();
    private string[] _folded = [];
    private MultiPatternMatcher _matcher = null!;
    private AhoCorasickAutomaton _ahoCorasick = null!;
    private LearnedModel _model = null!;
    private IGuidelineAnalyzer _withoutLearnedReading = null!;
    private readonly int[] _candidates = new int[MultiPatternMatcher.BlockSize];

    [GlobalSetup]
    public void Setup()
    {
        _posts = BenchmarkCorpus.Get(Corpus);
        _analyzer = GuidelinePipeline.CreateDefault();
        var patterns = ((GuidelineAnalyzer)_analyzer).PatternTexts.ToArray();
        _searchValues = SearchValues.Create(patterns, StringComparison.Ordinal);
        _matcher = new MultiPatternMatcher(patterns);
        _ahoCorasick = new AhoCorasickAutomaton(patterns);
        _model = LearnedReadingRule.BuiltInModelForBenchmark;
        var builder = GuidelinePipeline.CreateBuilder().AddDefaultRules();
        foreach (var descriptor in new LearnedReadingRule().Descriptors)
        {
            builder.WithSeverity(descriptor.Id, null);
        }

        _withoutLearnedReading = builder.Build();
        _folded = _posts.Select(p => TextNormalizer.Normalize(p).Folded).ToArray();
    }

    [Benchmark(Description = "plain char loop (floor)")]
    public int PlainCharLoop()
    {
        int sum = 0;
        foreach (string post in _posts)
        {
            foreach (char c in post)
            {
                sum += c;
            }
        }

        return sum;
    }

    [Benchmark(Baseline = true, Description = "SearchValues<string> all matches")]
    public int SearchValuesAllMatches()
    {
        int count = 0;
        foreach (string post in _posts)
        {
            var span = post.AsSpan();
            int offset = 0;
            while (true)
            {
                int at = span[offset..].IndexOfAny(_searchValues);
                if (at < 0)
                {
                    break;
                }

                count++;
                offset += at + 1;
            }
        }

        return count;
    }

    [Benchmark(Description = "stage: normalize only")]
    public int NormalizeOnly()
    {
        int total = 0;
        foreach (string post in _posts)
        {
            TextNormalizer.Normalize(post, _buffer, CancellationToken.None);
            total += _buffer.Length;
        }

        return total;
    }

    [Benchmark(Description = "scan only, folded text: Aho-Corasick (compact)")]
    public int ScanAhoCorasick()
    {
        var sink = new CountingSink();
        foreach (string text in _folded)
        {
            _ahoCorasick.Scan(text, ref sink);
        }

        return sink.Count;
    }

    [Benchmark(Description = "scan only, folded text: bigram prefilter + verify")]
    public int ScanBigramPrefilter()
    {
        var sink = new CountingSink();
        foreach (string text in _folded)
        {
            _matcher.Scan(text, ref sink, _candidates);
        }

        return sink.Count;
    }

    [Benchmark(Description = "stage: learned reading only, folded text")]
    public int LearnedReadingOnly()
    {
        Span<int> totals = stackalloc int[_model.Categories.Length];
        int sum = 0;
        foreach (string text in _folded)
        {
            _model.Accumulate(text, totals);
            sum += totals[0];
        }

        return sum;
    }

    [Benchmark(Description = "stage: normalize + scan")]
    public int NormalizeAndScan() => ((GuidelineAnalyzer)_analyzer).NormalizeAndScanForBenchmark(_posts);

    [Benchmark(Description = "pipeline, all built-in rules")]
    public int Pipeline() => AnalyzeAll(_analyzer);

    [Benchmark(Description = "pipeline, the rules without the learned reading")]
    public int PipelineWithoutLearnedReading() => AnalyzeAll(_withoutLearnedReading);

    private int AnalyzeAll(IGuidelineAnalyzer analyzer)
    {
        int count = 0;
        foreach (string post in _posts)
        {
            count += analyzer.Analyze(post).Diagnostics.Length;
        }

        return count;
    }

    private struct CountingSink : IMatchSink
    {
        public int Count;

        public void OnMatch(int pattern, int start, int end) => Count++;
    }
}
