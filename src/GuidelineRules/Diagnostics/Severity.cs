namespace GuidelineRules;

/// <summary>How serious a diagnostic is, as Roslyn's <c>DiagnosticSeverity</c>.</summary>
public enum Severity
{
    /// <summary>Not surfaced through normal means (<c>silent</c> in configuration).</summary>
    Hidden = 0,

    /// <summary>Information worth a look (<c>suggestion</c> in configuration).</summary>
    Info = 1,

    /// <summary>Something the guideline warns against.</summary>
    Warning = 2,

    /// <summary>Something the guideline forbids outright; blocks publishing.</summary>
    Error = 3,
}
