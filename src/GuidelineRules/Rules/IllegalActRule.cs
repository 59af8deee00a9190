namespace GuidelineRules.Rules;

/// <summary>
/// 4(6)③: admitting or encouraging illegal acts (GR1003): violence and threats, drugs, piracy, drunk driving,
/// speeding, fraud, trespass. A drug name is evidence only beside a use (「大麻…試してみな」), a drink only
/// before driving home; anything near a prevention or news word (「ダメ。ゼッタイ。」「防止」「逮捕」) stays quiet,
/// and so do the shrine's 大麻（おおぬさ） and しゃぶしゃぶ.
/// </summary>
public sealed class IllegalActRule : EvidenceRule
{
    private const int UseWindow = 40;
    private const int DrinkWindow = 60;
    private const int PreventionWindow = 25;

    /// <summary>GR1003.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.IllegalAct,
        new("違法行為・違法行為を煽る情報", "Illegal act or incitement to one"),
        new("「{0}」: 違法行為を告白する、または煽る内容です", "'{0}' admits or encourages an illegal act"),
        RuleCategories.Illegal,
        "4(6)③",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public IllegalActRule() : base("IllegalActRule")
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
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            string? act = m.Term.Kind switch
            {
                "act" => "act",
                "drug" when HasNear(matches, m, "use", UseWindow) => "drug",
                "drive" when HasBefore(matches, m.Start, "drink", DrinkWindow) => "drunk-driving",
                "insider" when Has(matches, "undisclosed") => "insider-trading",
                _ => null,
            };
            // A scene of a film or a game is a story, not an act or a threat.
            if (act is null || HasNear(matches, m, "prevention", PreventionWindow) || HasNear(matches, m, "fiction", PreventionWindow))
            {
                continue;
            }

            context.Report(Descriptor, m.Start, m.End, properties: Property("act", act));
            return; // one finding per post: the first act is enough to hold the post back
        }
    }
}
