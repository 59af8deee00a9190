namespace GuidelineRules;

/// <summary>A 1-based line and column; columns count UTF-16 code units, as SARIF's default <c>columnKind</c>.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column in UTF-16 code units.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Line},{Column})";
}
