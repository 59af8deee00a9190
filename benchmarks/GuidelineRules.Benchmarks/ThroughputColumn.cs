using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GuidelineRules.Benchmarks;

/// <summary>MB/s of UTF-16 text for benchmarks that declare how many bytes one operation reads.</summary>
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

        var field = type.GetField("BytesPerOperation", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static);
        if (field?.GetValue(null) is not long bytes || bytes == 0)
        {
            return "-";
        }

        double seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
