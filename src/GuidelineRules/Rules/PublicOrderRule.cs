namespace GuidelineRules.Rules;

/// <summary>
/// 4(6)⑥: other content against public order and morals (GR1006): explicit sexual text, gore, and encouraging
/// self-harm. A corpse is gore only beside a photo or an offer to show it; self-harm wording is left alone in a post
/// that points to help (相談, 予防, いのちの電話), and gore near fiction words (映画, 小説, ゲーム) is a review, not a report; sexual
/// words beside a caution (やめましょう, 被害, 防止) are a warning. Frames whose second word is as common as 写真 call the rule
/// through their first word instead (the data's "frame-anchor" group, which reports nothing itself), so that a photo
/// alone does not. 「ぐちゃぐちゃ」 beside a picture counts only where a body is in the post (a scene word: 轢かれた, 遺体); these
/// frames may offer the picture in the next sentence.
/// </summary>
public sealed class PublicOrderRule : EvidenceRule
{
    private const int CaptureWindow = 30;
    private const int FictionWindow = 30;
    private const int CautionWindow = 30;

    /// <summary>GR1006.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.PublicOrder,
        new("公序良俗に反する情報", "Content against public order and morals"),
        new("「{0}」: 公序良俗に反する内容です（性的・残虐な表現、自傷の勧め）", "'{0}' is against public order and morals (explicit sex, gore, encouraging self-harm)"),
        RuleCategories.PublicOrder,
        "4(6)⑥",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public PublicOrderRule() : base("PublicOrderRule")
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
        bool help = Has(matches, "help");
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            string? content = m.Term.Kind switch
            {
                // 「子どもの裸の写真を載せないで」 warns against what it names.
                "sexual" when !HasNear(matches, m, "caution", CautionWindow) => "sexual",
                "gore" when !HasNear(matches, m, "fiction", FictionWindow) => "gore",
                // 「ぐちゃぐちゃ」 beside a picture is a messy room or a squashed cake unless a body is in the post.
                "mangled" when Has(matches, "scene") && !HasNear(matches, m, "fiction", FictionWindow) => "gore",
                "corpse" when HasNear(matches, m, "capture", CaptureWindow) && !HasNear(matches, m, "fiction", FictionWindow) => "gore",
                "self-harm" when !help => "self-harm",
                _ => null,
            };
            if (content is null || IsQuoted(context.Folded, m.Start, m.End))
            {
                continue;
            }

            context.Report(Descriptor, m.Start, m.End, properties: Property("content", content));
            return; // one finding per post
        }
    }
}
