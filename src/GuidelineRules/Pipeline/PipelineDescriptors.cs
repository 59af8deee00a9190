namespace GuidelineRules;

/// <summary>
/// Diagnostics the pipeline itself reports about a text's <c>guideline-disable</c> comments, not about the guideline:
/// a comment that names no known rule (GR0001) or that suppressed nothing (GR0002). Both Info, configurable like rules.
/// </summary>
public static class PipelineDescriptors
{
    /// <summary>The category of these diagnostics.</summary>
    public const string Category = "suppression";

    /// <summary>The clause of these diagnostics: none of the guideline's.</summary>
    public const string NoClause = "-";

    /// <summary>GR0001: a suppression comment names a rule ID no rule declares.</summary>
    public static readonly RuleDescriptor UnknownSuppressionId = new(
        "GR0001",
        new("抑制コメントの不明なルールID", "Unknown rule ID in a suppression comment"),
        new("抑制コメントのルールID「{0}」はどのルールにもありません", "Suppression comment names '{0}', which no rule declares"),
        Category,
        NoClause,
        Severity.Info);

    /// <summary>GR0002: a suppression comment suppressed nothing.</summary>
    public static readonly RuleDescriptor UnusedSuppression = new(
        "GR0002",
        new("使われていない抑制コメント", "Unused suppression comment"),
        new("「{0}」は何も抑制していません。不要なら削除してください", "'{0}' suppresses nothing; remove it if it is no longer needed"),
        Category,
        NoClause,
        Severity.Info);

    /// <summary>Both descriptors.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [UnknownSuppressionId, UnusedSuppression];
}
