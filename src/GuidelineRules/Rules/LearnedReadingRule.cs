using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using GuidelineRules.Learning;

namespace GuidelineRules.Rules;

/// <summary>
/// Every category, read by a model trained on labeled posts rather than by word lists (GR1091–GR2095): for each
/// category, a logistic regression over the 2- and 3-character sequences of the folded post
/// (<see cref="LearnedModelTrainer"/>), embedded as <c>LearnedReadingRule.model.json</c>. Word and phrase evidence
/// misses wordings it has not seen; the model weighs every sequence of the post, so it also reads new wordings of
/// what it was shown. It reports a category only when no rule that ran before it reported that category in the
/// same post, over the run of characters that weighed most, with the probability as the property
/// <c>probability</c>. Option <c>threshold</c> (on any of its IDs): the probability at or above which it reports,
/// 0.5 by default.
/// </summary>
public sealed class LearnedReadingRule : IGuidelineRule
{
    private const string ThresholdOption = "threshold";
    private const string ModelResource = "GuidelineRules.Rules.LearnedReadingRule.model.json";
    private const double DefaultThreshold = 0.5;

    private static readonly string FoldedMarker = Text.TextNormalizer.Normalize(InlineSuppressions.Marker).Folded;

    // One model for the process: it is immutable, and reading it again for every pipeline would double a build.
    private static readonly Lazy<LearnedModel> BuiltInModel = new(LoadBuiltInModel);

    /// <summary>GR1091.</summary>
    public static readonly RuleDescriptor Disrespect = Create(RuleIds.LearnedDisrespect, RuleCategories.Disrespect, "4(6)①", "侮辱・中傷", "disrespect");

    /// <summary>GR1092.</summary>
    public static readonly RuleDescriptor Discrimination = Create(RuleIds.LearnedDiscrimination, RuleCategories.Discrimination, "4(6)②", "差別", "discrimination");

    /// <summary>GR1093.</summary>
    public static readonly RuleDescriptor Illegal = Create(RuleIds.LearnedIllegal, RuleCategories.Illegal, "4(6)③", "違法行為", "an illegal act");

    /// <summary>GR1094.</summary>
    public static readonly RuleDescriptor Rumor = Create(RuleIds.LearnedRumor, RuleCategories.Rumor, "4(6)④", "うわさ・未確認情報の拡散", "a rumor passed on");

    /// <summary>GR1095.</summary>
    public static readonly RuleDescriptor ObsceneLink = Create(RuleIds.LearnedObsceneLink, RuleCategories.ObsceneLink, "4(6)⑤", "わいせつサイトへのリンク", "a link to an obscene site");

    /// <summary>GR1096.</summary>
    public static readonly RuleDescriptor PublicOrder = Create(RuleIds.LearnedPublicOrder, RuleCategories.PublicOrder, "4(6)⑥", "公序良俗に反する内容", "content against public order");

    /// <summary>GR1291.</summary>
    public static readonly RuleDescriptor Political = Create(RuleIds.LearnedPolitical, RuleCategories.Political, "4(2)", "政治的行為", "political activity");

    /// <summary>GR2091.</summary>
    public static readonly RuleDescriptor Confidential = Create(RuleIds.LearnedConfidential, RuleCategories.Confidential, "5(1)", "秘密情報の漏えい", "leaked secret information");

    /// <summary>GR2092.</summary>
    public static readonly RuleDescriptor Rights = Create(RuleIds.LearnedRights, RuleCategories.Rights, "4(3), 5(2)", "人権・プライバシー・著作権の侵害", "an infringement of privacy or rights");

    /// <summary>GR2093.</summary>
    public static readonly RuleDescriptor Security = Create(RuleIds.LearnedSecurity, RuleCategories.Security, "5(3)", "セキュリティを脅かす情報", "information that threatens security");

    /// <summary>GR2094.</summary>
    public static readonly RuleDescriptor Deliberative = Create(RuleIds.LearnedDeliberative, RuleCategories.Deliberative, "5(4)", "意思形成過程の情報", "information from decision-making in progress");

    /// <summary>GR2095.</summary>
    public static readonly RuleDescriptor CityStatement = Create(RuleIds.LearnedCityStatement, RuleCategories.CityStatement, "5(5)", "公式見解と受け取られる発信", "a statement readers would take as official", Severity.Info);

    /// <summary>The embedded model, for the benchmark that times it alone.</summary>
    internal static LearnedModel BuiltInModelForBenchmark => BuiltInModel.Value;

    /// <inheritdoc/>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        Disrespect, Discrimination, Illegal, Rumor, ObsceneLink, PublicOrder,
        Political, Confidential, Rights, Security, Deliberative, CityStatement,
    ];

    /// <inheritdoc/>
    public IReadOnlyList<string> SupportedOptions { get; } = [ThresholdOption];

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The <c>threshold</c> option is not a probability between 0 and 1.</exception>
    public void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        double threshold = DefaultThreshold;
        if (registration.TryGetOption(ThresholdOption, out string? configured)
            && !(double.TryParse(configured, NumberStyles.Float, CultureInfo.InvariantCulture, out threshold) && threshold > 0 && threshold < 1))
        {
            throw new ArgumentException($"Option '{ThresholdOption}' of {RuleIds.LearnedDisrespect}–{RuleIds.LearnedCityStatement} must be a probability between 0 and 1 (exclusive), not '{configured}'.");
        }

        var model = BuiltInModel.Value;
        var descriptors = new RuleDescriptor[model.Categories.Length];
        for (int c = 0; c < descriptors.Length; c++)
        {
            descriptors[c] = FindDescriptor(model.Categories[c]);
        }

        // A reading is reported when its log-odds reach the threshold's.
        double minimumLogit = Math.Log(threshold / (1 - threshold));
        var allowedDomains = ObsceneLinkRule.Lookup(registration.Options.AllowedDomains);
        registration.RegisterTokens(TokenKinds.Url);
        registration.RegisterTextAction((ref RuleContext context) => Analyze(ref context, model, descriptors, minimumLogit, allowedDomains));
    }

    private static void Analyze(ref RuleContext context, LearnedModel model, RuleDescriptor[] descriptors, double minimumLogit, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> allowedDomains)
    {
        var folded = context.Folded;
        if (folded.Length < NgramKeys.Shortest)
        {
            return;
        }

        // A suppression comment is an instruction to the checker, not part of the post: its lines are not read
        // (the letters and digits of 「<!-- guideline-enable GR2002 -->」 read like a credential).
        Span<(int Start, int End)> whole = [(0, folded.Length)];
        ReadOnlySpan<(int Start, int End)> ranges = context.SawSuppressionMarker ? LinesWithoutMarker(folded) : whole;
        Span<int> totals = stackalloc int[descriptors.Length];
        Span<int> rangeTotals = stackalloc int[descriptors.Length];
        totals.Clear();
        foreach (var (rangeStart, rangeEnd) in ranges)
        {
            model.Accumulate(folded[rangeStart..rangeEnd], rangeTotals);
            for (int c = 0; c < totals.Length; c++)
            {
                totals[c] = (int)Math.Clamp((long)totals[c] + rangeTotals[c], int.MinValue, int.MaxValue);
            }
        }

        for (int c = 0; c < descriptors.Length; c++)
        {
            double logit = model.Logit(c, totals[c]);
            if (logit < minimumLogit || context.HasEarlierReport(descriptors[c].Category))
            {
                continue;
            }

            // An obscene link needs a link: words alone are other categories' business, and Latin letters in a
            // post without one (code, a config line) must not read as one. The city's and government links are fine.
            if (descriptors[c].Category == RuleCategories.ObsceneLink && !HasLinkOutside(ref context, allowedDomains))
            {
                continue;
            }

            var (start, end) = StrongestRange(model, folded, c, ranges);
            double probability = 1 / (1 + Math.Exp(-logit));
            context.Report(
                descriptors[c],
                start,
                end,
                properties: ImmutableDictionary<string, string>.Empty.Add("probability", probability.ToString("0.00", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The strongest run of characters for <paramref name="category"/> in any of the ranges read.</summary>
    private static (int Start, int End) StrongestRange(LearnedModel model, ReadOnlySpan<char> folded, int category, ReadOnlySpan<(int Start, int End)> ranges)
    {
        (int Start, int End) best = (0, folded.Length);
        long bestScore = long.MinValue;
        foreach (var (rangeStart, rangeEnd) in ranges)
        {
            var (start, end, score) = model.StrongestRange(folded[rangeStart..rangeEnd], category);
            if (score > bestScore)
            {
                bestScore = score;
                best = (rangeStart + start, rangeStart + end);
            }
        }

        return best;
    }

    /// <summary>The lines of the folded text that do not hold a <c>guideline-</c> marker.</summary>
    private static (int Start, int End)[] LinesWithoutMarker(ReadOnlySpan<char> folded)
    {
        var lines = new List<(int Start, int End)>();
        int start = 0;
        while (start <= folded.Length)
        {
            int length = folded[start..].IndexOf('\n');
            int end = length < 0 ? folded.Length : start + length;
            if (!folded[start..end].Contains(FoldedMarker, StringComparison.Ordinal))
            {
                lines.Add((start, end));
            }

            start = end + 1;
        }

        return [.. lines];
    }

    private static bool HasLinkOutside(ref RuleContext context, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> allowedDomains)
    {
        foreach (var token in context.Tokens)
        {
            if (token.Kind == TokenKinds.Url && !ObsceneLinkRule.MatchesDomainOrParent(allowedDomains, context.GetHost(token)))
            {
                return true;
            }
        }

        return false;
    }

    private RuleDescriptor FindDescriptor(string category)
    {
        foreach (var descriptor in Descriptors)
        {
            if (descriptor.Category == category)
            {
                return descriptor;
            }
        }

        throw new InvalidOperationException($"The learned model has a category '{category}' no descriptor reports.");
    }

    internal static LearnedModel LoadBuiltInModel()
    {
        using var stream = typeof(LearnedReadingRule).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"Embedded model '{ModelResource}' is missing.");
        try
        {
            return LearnedModel.Load(stream, ModelResource);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidOperationException($"Embedded model '{ModelResource}' is not valid: {ex.Message}", ex);
        }
    }

    private static RuleDescriptor Create(string id, string category, string clause, string japanese, string english, Severity severity = Severity.Warning) =>
        new(
            id,
            new($"学習モデルの読み: {japanese}", $"Learned reading: {english}"),
            new($"「{{0}}」: 学習したモデルの読みでは、{japanese}（{clause}）に当たるおそれがあります", $"'{{0}}' reads to the learned model as {english} ({clause})"),
            category,
            clause,
            severity);
}
