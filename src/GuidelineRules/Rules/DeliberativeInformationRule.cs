namespace GuidelineRules.Rules;

/// <summary>
/// 5(4): information from decision-making still in progress in one's own work (GR2004): drafts (素案,
/// ドラフト版), internal meetings (庁議, 課内会議), budget assessments, options narrowed down, "not decided yet".
/// 「検討中」 counts only with a work context and no private one (「家族旅行、検討中」 stays quiet); drafts
/// published for public comment and announced decisions are fine. Tentative words (調整中, 最有力) need a second piece of evidence.
/// </summary>
public sealed class DeliberativeInformationRule : EvidenceRule
{
    /// <summary>GR2004.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.DeliberativeInformation,
        new("意思形成過程の情報の発信", "Information from decision-making in progress"),
        new("「{0}」: 意思決定前の検討中の情報を発信しています", "'{0}': discloses information from decision-making still in progress"),
        RuleCategories.Deliberative,
        "5(4)",
        Severity.Warning);

    /// <summary>Creates the rule.</summary>
    public DeliberativeInformationRule() : base("DeliberativeInformationRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc/>
    protected override RuleDescriptor? ExtraTermDescriptor => Descriptor;

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        if (Has(matches, "published"))
        {
            return;
        }

        // 「決める方向で詰めてる」 or 「日程はまだ確定じゃない」 about one's family or trip is not a policy: in a post about
        // private life, leaning words count only beside a draft, and a draft only beside work.
        int draft = Score(matches, "draft");
        if (Has(matches, "private") && (draft == 0 || !Has(matches, "work")))
        {
            return;
        }

        int score = draft + Score(matches, "tentative");
        int considering = IndexOf(matches, "considering");
        if (considering >= 0 && Has(matches, "work") && !Has(matches, "private"))
        {
            score += 2;
        }

        if (score < 2)
        {
            return;
        }

        // Report at the strongest piece of evidence.
        int at = IndexOf(matches, "draft");
        if (at < 0)
        {
            at = considering >= 0 && Has(matches, "work") ? considering : IndexOf(matches, "tentative");
        }

        context.Report(Descriptor, matches[at].Start, matches[at].End);
    }
}
