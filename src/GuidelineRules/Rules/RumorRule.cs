namespace GuidelineRules.Rules;

/// <summary>
/// 4(6)④: hearsay passed on as true (GR1004) and requests to spread unverified information (GR1014).
/// One hearsay marker is weak evidence (「らしい」 is everywhere); it takes a strong marker or two weak ones.
/// A spread request is reported only beside hearsay, so 「拡散希望」 on a first-hand notice stays quiet,
/// and posts that debunk or discuss rumors (「デマに注意」) are left alone, as is weak hearsay about something the
/// writer looks forward to (「話題になってるらしい。見に行きたい」).
/// </summary>
public sealed class RumorRule : EvidenceRule
{
    /// <summary>GR1004.</summary>
    public static readonly RuleDescriptor HearsayDescriptor = new(
        RuleIds.Rumor,
        new("噂・未確認情報の発信", "Rumor or unverified claim"),
        new("「{0}」: 噂や未確認の情報を事実のように発信しています", "'{0}': passes on hearsay or an unverified claim as if it were true"),
        RuleCategories.Rumor,
        "4(6)④",
        Severity.Warning);

    /// <summary>GR1014.</summary>
    public static readonly RuleDescriptor SpreadDescriptor = new(
        RuleIds.RumorSpreadRequest,
        new("未確認情報の拡散依頼", "Request to spread unverified information"),
        new("「{0}」: 未確認の情報の拡散を求めています", "'{0}': asks others to spread unverified information"),
        RuleCategories.Rumor,
        "4(6)④",
        Severity.Warning);

    /// <summary>Creates the rule.</summary>
    public RumorRule() : base("RumorRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [HearsayDescriptor, SpreadDescriptor];

    /// <inheritdoc/>
    protected override RuleDescriptor? ExtraTermDescriptor => HearsayDescriptor;

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        if (Has(matches, "debunk"))
        {
            return;
        }

        int strong = Score(matches, "hearsay-strong");
        int hearsay = strong + Score(matches, "hearsay-weak");
        bool spread = Has(matches, "spread");
        if (hearsay < 2 && !(hearsay >= 1 && spread))
        {
            return;
        }

        // Weak hearsay about something the writer looks forward to (「合唱コンクールが話題になってるらしい。見に行きたい」)
        // is chatter, not a claim passed on as true.
        if (strong == 0 && !spread && Has(matches, "anticipation"))
        {
            return;
        }

        int strongest = IndexOf(matches, "hearsay-strong");
        if (strongest < 0)
        {
            strongest = IndexOf(matches, "hearsay-weak");
        }

        var hearsayMatch = matches[strongest];
        context.Report(HearsayDescriptor, hearsayMatch.Start, hearsayMatch.End);

        int reportedUntil = -1;
        foreach (var m in matches)
        {
            if (m.Term.Kind == "spread" && m.Start >= reportedUntil && !IsQuoted(context.Folded, m.Start, m.End))
            {
                context.Report(SpreadDescriptor, m.Start, m.End);
                reportedUntil = m.End;
            }
        }
    }
}
