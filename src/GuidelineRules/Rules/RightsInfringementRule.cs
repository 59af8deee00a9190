namespace GuidelineRules.Rules;

/// <summary>
/// 4(3), 5(2): infringing the rights of others. GR2012: reposting copyrighted works whole (全文コピペ, 歌詞全部,
/// scans of a magazine) and photos of people posted without their consent (こっそり撮った, 本人には内緒 beside a
/// photo); 「許可をいただいて掲載」 and 「利用規約に沿って」 stay quiet. GR2022: defaming an identifiable person or
/// business: an accusation right after a named target (「〇〇内科の院長、…最低の医者」).
/// </summary>
public sealed class RightsInfringementRule : EvidenceRule
{
    private const int ConsentWindow = 40;
    private const int TargetWindow = 30;

    /// <summary>GR2012.</summary>
    public static readonly RuleDescriptor CopyrightDescriptor = new(
        RuleIds.CopyrightOrPortrait,
        new("著作権・肖像権の侵害", "Copyright or portrait-right infringement"),
        new("「{0}」: 著作物の無断転載や、本人の同意のない写真の掲載にあたるおそれがあります", "'{0}' may repost a copyrighted work or a photo of someone without consent"),
        RuleCategories.Rights,
        "4(3), 5(2)",
        Severity.Error);

    /// <summary>GR2022.</summary>
    public static readonly RuleDescriptor DefamationDescriptor = new(
        RuleIds.Defamation,
        new("特定の個人・団体への名誉毀損", "Defamation of an identifiable person or business"),
        new("「{0}」: 特定できる個人や団体の名誉を傷つけるおそれがあります", "'{0}' may defame an identifiable person or business"),
        RuleCategories.Rights,
        "4(3), 5(2)",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public RightsInfringementRule() : base("RightsInfringementRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [CopyrightDescriptor, DefamationDescriptor];

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        bool consent = Has(matches, "consent");
        bool copyReported = false;
        bool defamationReported = false;
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            switch (m.Term.Kind)
            {
                case "repost" when !copyReported:
                case "secret-photo" when !copyReported && !consent:
                case "photo" when !copyReported && !consent && HasNear(matches, m, "no-consent", ConsentWindow):
                    context.Report(CopyrightDescriptor, m.Start, m.End);
                    copyReported = true;
                    break;
                case "accusation" when !defamationReported && HasBefore(matches, m.Start, "target", TargetWindow) && !IsQuoted(context.Folded, m.Start, m.End):
                    context.Report(DefamationDescriptor, m.Start, m.End);
                    defamationReported = true;
                    break;
                default:
                    break;
            }
        }
    }
}
