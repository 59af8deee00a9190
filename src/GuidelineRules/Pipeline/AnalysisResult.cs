using System.Collections.Immutable;

namespace GuidelineRules;

/// <summary>What the analysis of one text found, ordered by position then rule ID.</summary>
public sealed class AnalysisResult
{
    /// <summary>A result with no diagnostics; shared so that a clean post allocates nothing.</summary>
    public static AnalysisResult Empty { get; } = new(ImmutableArray<Diagnostic>.Empty);

    internal AnalysisResult(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<SuppressedDiagnostic> suppressed = default)
    {
        Diagnostics = diagnostics;
        SuppressedDiagnostics = suppressed.IsDefault ? [] : suppressed;
    }

    /// <summary>The diagnostics, ordered by start offset, then ID.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Diagnostics an inline comment or a suppressor switched off, with the reason; not counted in <see cref="IsClean"/>.</summary>
    public ImmutableArray<SuppressedDiagnostic> SuppressedDiagnostics { get; }

    /// <summary>Whether nothing was found (suppressed diagnostics aside).</summary>
    public bool IsClean => Diagnostics.IsEmpty;

    /// <summary>The highest severity found, or <see langword="null"/> when clean.</summary>
    public Severity? MaxSeverity
    {
        get
        {
            Severity? max = null;
            foreach (var d in Diagnostics)
            {
                if (max is null || d.Severity > max)
                {
                    max = d.Severity;
                }
            }

            return max;
        }
    }
}
