namespace GuidelineRules.Rules;

/// <summary>
/// 5(1): secrets of the city or of parties with interests in it (GR2001): classification markings
/// (部外秘, ㊙, 取扱注意), undisclosed bid information (予定価格, 最低制限価格), unpublished personnel moves
/// (内示前), "secret until the announcement", and an unpublished qualifier (公表前, ここだけの話) beside
/// an object worth keeping (figures, a partner's plans, contractors). 「極秘」 and 「マル秘」 count only
/// before a document word, so 「極秘で準備中」 and 「マル秘テクニック」 stay quiet; published results are fine.
/// </summary>
public sealed class ConfidentialInformationRule : EvidenceRule
{
    private const int QualifierWindow = 60;
    private const int DocumentWindow = 12;

    /// <summary>GR2001.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ConfidentialInformation,
        new("秘密情報の発信", "Confidential information"),
        new("「{0}」: 市や利害関係者の秘密に関する情報を発信しています", "'{0}': discloses secrets of the city or of parties with interests in it"),
        RuleCategories.Confidential,
        "5(1)",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public ConfidentialInformationRule() : base("ConfidentialInformationRule")
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
        bool published = Has(matches, "published");
        foreach (var m in matches)
        {
            bool secret = m.Term.Kind switch
            {
                "marking" or "personnel" or "secret-until" => true,
                "bid" => !published,
                // 「課内限定で回覧した資料は後日ホームページで公開します」 announces the document, it does not leak it.
                "secret-word" => !published && FindFollowing(matches, m.End, "document", DocumentWindow) >= 0,
                "qualifier" => !published && HasNear(matches, m, "object", QualifierWindow),
                _ => false,
            };
            if (secret)
            {
                context.Report(Descriptor, m.Start, m.End);
                return; // one finding per post: the first piece of evidence
            }
        }
    }
}
