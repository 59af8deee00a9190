namespace GuidelineRules.Rules;

/// <summary>
/// 4(6)① and 4(5): insults, contempt and profanity aimed at people (GR1001), and heated replies to critics
/// (GR1501: 「黙れ」「お前こそ」「文句あるなら」). Short, ambiguous words count only in their insulting shapes
/// (「マジでゴミ」, not 「ゴミの分別」; katakana 「カス」, not 「カスタム」 or 「カスハラ」), and a word quoted or talked
/// about (「『バカ』って言われた子ども」, 「〜という言葉はやめよう」) is a mention, not a use.
/// </summary>
public sealed class DisrespectRule : EvidenceRule
{
    private const int MentionWindow = 12;

    // How far before an insult a protected group may stand for the insult to be about the group (same clause).
    private const int GroupWindow = 16;

    private const string ProtectedGroupKind = "protected-group";

    /// <summary>GR1001.</summary>
    public static readonly RuleDescriptor InsultDescriptor = new(
        RuleIds.Disrespect,
        new("不敬・侮辱的な表現", "Insult or contempt"),
        new("「{0}」: 人を侮辱する不敬な表現です", "'{0}' insults or shows contempt for people"),
        RuleCategories.Disrespect,
        "4(6)①",
        Severity.Warning);

    /// <summary>GR1501.</summary>
    public static readonly RuleDescriptor HostileReplyDescriptor = new(
        RuleIds.HostileReply,
        new("批判への攻撃的な応答", "Heated reply to a critic"),
        new("「{0}」: 批判には冷静に対応し、無用な議論は避けてください", "'{0}': answer criticism calmly and avoid pointless arguments"),
        RuleCategories.Disrespect,
        "4(5)",
        Severity.Warning);

    /// <summary>Creates the rule.</summary>
    public DisrespectRule() : base("DisrespectRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [InsultDescriptor, HostileReplyDescriptor];

    /// <inheritdoc/>
    protected override RuleDescriptor? ExtraTermDescriptor => InsultDescriptor;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        base.Initialize(registration);

        registration.RegisterTerms(ProtectedGroups.Value);
    }

    // Contempt for a whole group (「信者ってみんな頭おかしい」「オカマっぽくてキモい」) is discrimination, 4(6)②, and
    // reported there; this rule is for insults aimed at people as individuals. The group words and slurs are the
    // discrimination rule's own data, read here as context so that the two lists cannot drift apart.
    private static readonly Lazy<Term[]> ProtectedGroups = new(() =>
    {
        var groups = new List<Term>();
        foreach (var term in RuleData.LoadEmbedded("DiscriminationRule").ToTerms())
        {
            if (term.Kind is "group" or "slur")
            {
                groups.Add(new Term(term.Text, ProtectedGroupKind) { IsTrigger = false });
            }
        }

        return groups.ToArray();
    });

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    // 「バカみたいに暑い」「アホほど食べた」「頭おかしいくらい辛い」: an insult word before 「みたいに」, 「ほど」 or
    // 「くらい」 says "terribly", of anything.
    private static bool IsIntensifier(ReadOnlySpan<char> folded, int end)
    {
        var after = folded[end..];
        return after.StartsWith("みたいに", StringComparison.Ordinal) || after.StartsWith("ほど", StringComparison.Ordinal)
            || after.StartsWith("くらい", StringComparison.Ordinal) || after.StartsWith("ぐらい", StringComparison.Ordinal);
    }

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        bool insultReported = false;
        bool replyReported = false;
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            bool insult = m.Term.Kind == "insult";
            if ((!insult && m.Term.Kind != "hostile") || (insult ? insultReported : replyReported) || IsInsideLongerMatch(matches, i))
            {
                continue;
            }

            if (IsQuoted(context.Folded, m.Start, m.End) || HasNear(matches, m, "mention", MentionWindow)
                || (insult && IsIntensifier(context.Folded, m.End))
                || (insult && HasBefore(matches, m.Start, ProtectedGroupKind, GroupWindow)))
            {
                continue;
            }

            context.Report(insult ? InsultDescriptor : HostileReplyDescriptor, m.Start, m.End);
            insultReported |= insult;
            replyReported |= !insult;
        }
    }
}
