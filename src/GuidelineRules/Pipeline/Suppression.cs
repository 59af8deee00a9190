namespace GuidelineRules;

/// <summary>
/// A stage after the rules that can suppress diagnostics, as Roslyn's <c>DiagnosticSuppressor</c>: the host app knows
/// things the rules do not (an approved campaign wording, a post already reviewed). Suppressed diagnostics are kept
/// in <see cref="AnalysisResult.SuppressedDiagnostics"/> with the justification, not lost.
/// </summary>
/// <remarks>Called only for texts with diagnostics; must be thread-safe, like the analyzer.</remarks>
public interface IGuidelineSuppressor
{
    /// <summary>Returns why <paramref name="diagnostic"/> is suppressed, or <see langword="null"/> to keep it.</summary>
    string? GetSuppressionJustification(Diagnostic diagnostic, ReadOnlySpan<char> text);
}

/// <summary>A diagnostic that a suppression switched off, and why.</summary>
/// <param name="Diagnostic">The diagnostic as the rule reported it.</param>
/// <param name="Justification">The inline comment (<c>guideline-disable GR1004 (line 3)</c>) or the suppressor's reason.</param>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, string Justification);
