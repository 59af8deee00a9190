using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GuidelineRules.Benchmarks;

/// <summary>MB/s of UTF-16 text for the throughput benchmarks, from the size of the corpus one operation reads.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-16 megabytes (10^6 bytes) of text per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Descriptor.WorkloadMethod.DeclaringType is not { } type)
        {
            return "-";
        }

        // Benchmarks with a Corpus parameter read that corpus's posts once per operation.
        if (type != typeof(ThroughputBenchmarks) || benchmarkCase.Parameters["Corpus"] is not string corpus)
        {
            return "-";
        }

        long bytes = BenchmarkCorpus.Utf16Bytes(BenchmarkCorpus.Get(corpus));
        double seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
