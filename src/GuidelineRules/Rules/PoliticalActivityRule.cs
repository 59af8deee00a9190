namespace GuidelineRules.Rules;

/// <summary>
/// 4(2) and 地方公務員法 第36条: soliciting votes or support for a candidate or party, campaign help and
/// money, and collecting signatures for political ends (GR1201). A request (「〜に入れてください」「〜さんに一票を」)
/// counts only in a post about an election or a party, so 「ご当地グルメ総選挙…に一票」 and the election commission's
/// 「ぜひ一票を」 stay quiet; campaign acts (後援会, 清き一票) count alone, and campaign activities (選挙運動, ビラ配り,
/// 個人演説会) when the post joins them or asks others to, so notices about the rules for them stay quiet.
/// </summary>
public sealed class PoliticalActivityRule : EvidenceRule
{
    private const int CollectWindow = 25;
    private const int ReportedSpeechWindow = 4;

    // 「選挙運動」「ビラ配り」 name an activity; a post counts when it joins or asks others to join it nearby
    // (「ビラ配り手伝って」), not when it names the rules (「職員は選挙運動ができません」).
    private const int JoinWindow = 20;
    private const int RefusalWindow = 15;
    private const int CampaignRefusalWindow = 40;

    /// <summary>GR1201.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.PoliticalActivity,
        new("政治的行為（投票・支援・署名の勧誘）", "Political activity: soliciting votes, support or signatures"),
        new("「{0}」: 職員に制限された政治的行為（投票や支援、署名の勧誘）にあたるおそれがあります", "'{0}' may be political activity restricted for local public servants (soliciting votes, support or signatures)"),
        RuleCategories.Political,
        "4(2)",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public PoliticalActivityRule() : base("PoliticalActivityRule")
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
        bool political = Has(matches, "election");
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            bool solicits = m.Term.Kind switch
            {
                // 「励ます会のチケットを職員に売るのは…禁止です」 states the rule against the act it names.
                "campaign" => !HasNear(matches, m, "refusal", CampaignRefusalWindow),
                "activity" => political && HasNear(matches, m, "join", JoinWindow) && !HasNear(matches, m, "refusal", RefusalWindow),
                // 「選挙運動への職員の動員は法律で禁止されています」 states the law against the request it names. Only a
                // prohibition counts, not every refusal word: 「参加しないで」 beside a request is part of the request.
                "request" => political && !HasNear(matches, m, "prohibition", CampaignRefusalWindow),
                "signature" => (political || Has(matches, "cause")) && HasNear(matches, m, "collect", CollectWindow),
                _ => false,
            };
            // 「入党しませんか、と勧誘されても応じられません」 reports someone else's words in order to refuse them.
            if (solicits && !HasNear(matches, m, "reported-speech", ReportedSpeechWindow))
            {
                context.Report(Descriptor, m.Start, m.End);
                return; // one finding per post
            }
        }
    }
}
