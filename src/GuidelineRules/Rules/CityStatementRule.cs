using System.Buffers;

namespace GuidelineRules.Rules;

/// <summary>
/// 5(5): assertions about city administration outside one's own duty that readers would take as official.
/// GR2005 (Info) is a staff member's settled-fact claim about the city (「市職員です。…廃止になります」);
/// GR2015 (Warning) is speaking as the city itself (「市としての公式見解」「職員の私が言うのだから間違いありません」).
/// A personal-view disclaimer, the official source (記者発表, ホームページ, 公表) or one's own section's notice
/// (担当課として) makes the post fine. The fix appends a disclaimer.
/// </summary>
public sealed class CityStatementRule : EvidenceRule
{
    private const int SubjectWindow = 30;
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n");

    /// <summary>GR2005.</summary>
    public static readonly RuleDescriptor SettledClaimDescriptor = new(
        RuleIds.CityStatement,
        new("市政に関する断定的な発信", "Settled-fact claim about city affairs"),
        new("「{0}」: 職員の発言として公式情報と受け取られるおそれがあります。個人の見解である旨や公式情報へのリンクを添えてください", "'{0}': readers may take a staff member's claim as official; say it is a personal view or link the official source"),
        RuleCategories.CityStatement,
        "5(5)",
        Severity.Info)
    {
        FixDescription = "append a personal-view disclaimer",
    };

    /// <summary>GR2015.</summary>
    public static readonly RuleDescriptor OfficialVoiceDescriptor = new(
        RuleIds.OfficialVoice,
        new("市の公式見解であるかのような発信", "Speaking as if for the city"),
        new("「{0}」: 市の公式見解であるかのように発信しています", "'{0}' speaks as if it were the city's official position"),
        RuleCategories.CityStatement,
        "5(5)",
        Severity.Warning)
    {
        FixDescription = "append a personal-view disclaimer",
    };

    /// <summary>Creates the rule.</summary>
    public CityStatementRule() : base("CityStatementRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [SettledClaimDescriptor, OfficialVoiceDescriptor];

    /// <inheritdoc/>
    protected override RuleDescriptor? ExtraTermDescriptor => OfficialVoiceDescriptor;

    /// <inheritdoc/>
    public override IReadOnlyList<string> SupportedOptions { get; } = [DisclaimerOption];

    /// <summary>The option that replaces the disclaimer the fix appends (e.g. the department's own wording).</summary>
    public const string DisclaimerOption = "disclaimer";

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        string? disclaimer = registration.TryGetOption(DisclaimerOption, out string? configured) ? configured.Trim() : null;
        if (string.IsNullOrEmpty(disclaimer))
        {
            disclaimer = null;
        }
        else
        {
            // The post's own disclaimer is evidence the rule reads: the configured one must count as one too, or
            // the fix would not fix. Its opening words are enough to recognise it.
            registration.RegisterTerms([new Term(disclaimer[..Math.Min(disclaimer.Length, 24)], "disclaimer") { IsTrigger = false }]);
        }

        return (ref RuleContext context) => Analyze(ref context, disclaimer);
    }

    private static void Analyze(ref RuleContext context, string? configuredDisclaimer)
    {
        var matches = context.Matches;
        if (Has(matches, "disclaimer") || Has(matches, "official-source"))
        {
            return;
        }

        // 「市の方針としては」 over 「市の方針として」: the whole phrase, not a shorter one inside it.
        int voice = -1;
        for (int i = 0; i < matches.Length && voice < 0; i++)
        {
            if (matches[i].Term.Kind == "official-voice" && !IsInsideLongerMatch(matches, i))
            {
                voice = i;
            }
        }

        int claim = IndexOf(matches, "settled");
        var fix = AppendDisclaimer(context, configuredDisclaimer);
        if (voice >= 0)
        {
            context.Report(OfficialVoiceDescriptor, matches[voice].Start, matches[voice].End, fix);
        }
        else if (claim >= 0 && (Has(matches, "staff") || HasCitySubjectBefore(matches, context.Folded, matches[claim].Start)))
        {
            context.Report(SettledClaimDescriptor, matches[claim].Start, matches[claim].End, fix);
        }
    }

    /// <summary>
    /// Whether 「市は」 opens the claim's sentence within <see cref="SubjectWindow"/> characters: the city as the subject
    /// of a settled claim (「市は待機児童問題を完全に解決しました」) reads as official even without 「職員です」. The 市 must
    /// start a word or follow 千葉 / 本, so 都市は, 朝市は and 政令市は are not the city.
    /// </summary>
    private static bool HasCitySubjectBefore(ReadOnlySpan<TermMatch> matches, ReadOnlySpan<char> folded, int claimStart)
    {
        for (int i = FirstAtOrAfter(matches, claimStart - SubjectWindow - Term.MaxFoldedLength); i < matches.Length && matches[i].Start < claimStart; i++)
        {
            var m = matches[i];
            if (m.Term.Kind != "city-subject" || claimStart - m.End > SubjectWindow || folded[m.Start..claimStart].ContainsAny(SentenceEnds))
            {
                continue;
            }

            var before = folded[..m.Start];
            if (before.IsEmpty || !char.IsLetter(before[^1]) || before.EndsWith("千葉") || before.EndsWith("本"))
            {
                return true;
            }
        }

        return false;
    }

    private static SuggestedFix AppendDisclaimer(in RuleContext context, string? configuredDisclaimer)
    {
        bool english = context.Language == MessageLanguage.English;
        string disclaimer = configuredDisclaimer is not null ? "\n" + configuredDisclaimer : english
            ? "\n(Personal view, not the city's official position. See the city's website for official information.)"
            : "\n※個人の見解であり、市の公式見解ではありません。正式な情報は市のホームページをご覧ください。";
        return new SuggestedFix(english ? "Add a personal-view disclaimer" : "個人の見解である旨を添える", [new TextEdit(new TextSpan(context.Original.Length, 0), disclaimer)]);
    }
}
