namespace GuidelineRules.Rules;

/// <summary>
/// 4(6)②: discriminatory terms and slurs (GR1002), and discriminatory generalisations or exclusions of a
/// group (GR1012: a group word beside a rejecting predicate, 「外国人お断り」「女に管理職は無理」).
/// Anti-discrimination messages, awareness posts and quoted mentions (「『ガイジ』は差別語です」) stay quiet.
/// </summary>
public sealed class DiscriminationRule : EvidenceRule
{
    private const int StatementWindow = 45;

    /// <summary>GR1002.</summary>
    public static readonly RuleDescriptor TermDescriptor = new(
        RuleIds.DiscriminatoryTerm,
        new("差別的な表現", "Discriminatory term"),
        new("「{0}」は差別的な表現です", "'{0}' is a discriminatory term"),
        RuleCategories.Discrimination,
        "4(6)②",
        Severity.Error)
    {
        FixDescription = "alternative where one exists",
    };

    /// <summary>GR1012.</summary>
    public static readonly RuleDescriptor StatementDescriptor = new(
        RuleIds.DiscriminatoryStatement,
        new("差別を助長する表現", "Discriminatory generalisation or exclusion"),
        new("「{0}」: 属性による一般化・排除は差別を助長します", "'{0}': generalising about or excluding a group encourages discrimination"),
        RuleCategories.Discrimination,
        "4(6)②",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public DiscriminationRule() : base("DiscriminationRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [TermDescriptor, StatementDescriptor];

    /// <inheritdoc/>
    protected override RuleDescriptor? ExtraTermDescriptor => TermDescriptor;

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        bool antiContext = Has(matches, "anti");
        bool reportedStatement = false;
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            switch (m.Term.Kind)
            {
                case "slur":
                    // A quoted slur in an awareness post is a mention; anything else is a use.
                    if (IsInsideLongerMatch(matches, i) || (antiContext && (IsQuoted(context.Folded, m.Start, m.End) || HasNear(matches, m, "anti", 12))))
                    {
                        continue;
                    }

                    var span = context.ToOriginal(m.Start, m.End);
                    context.Report(TermDescriptor, span, ReplaceWithAlternative(context, m, span));
                    break;
                case "group":
                    if (reportedStatement || antiContext || !HasNear(matches, m, "reject", StatementWindow))
                    {
                        continue;
                    }

                    int reject = FindFollowing(matches, m.Start, "reject", (m.End - m.Start) + StatementWindow);
                    int end = reject >= 0 ? Math.Max(m.End, matches[reject].End) : m.End;

                    context.Report(StatementDescriptor, m.Start, end);
                    reportedStatement = true;
                    break;
                default:
                    break;
            }
        }
    }
}
