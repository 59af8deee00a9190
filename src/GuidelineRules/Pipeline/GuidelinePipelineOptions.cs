namespace GuidelineRules;

/// <summary>
/// Settings a pipeline is built with. Validated when <see cref="GuidelinePipelineBuilder.Build"/> runs; the built
/// analyzer keeps its own copy, so changing the options afterwards does not change it.
/// </summary>
public sealed class GuidelinePipelineOptions
{
    /// <summary>The key of <see cref="CategorySeverities"/> that sets every rule at once (Roslyn's <c>dotnet_analyzer_diagnostic.severity</c>).</summary>
    public const string AllCategories = "*";

    /// <summary>The language of messages and fix titles. The default is Japanese.</summary>
    public MessageLanguage Language { get; set; } = MessageLanguage.Japanese;

    /// <summary>
    /// Severity per rule ID; <see langword="null"/> switches the rule off. IDs not listed keep what their category
    /// or <see cref="AllCategories"/> sets, or their default. An unknown ID fails the build.
    /// </summary>
    public IDictionary<string, Severity?> RuleSeverities { get; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Severity per category key (<see cref="RuleCategories"/>), or for every rule under the key
    /// <see cref="AllCategories"/>; <see langword="null"/> switches the rules off. A rule ID setting wins over its
    /// category, and a category over <see cref="AllCategories"/>. As in Roslyn, these bulk settings do not switch on
    /// a rule that is disabled by default. An unknown category fails the build.
    /// </summary>
    public IDictionary<string, Severity?> CategorySeverities { get; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Extra terms reported under the main rule of their category (for example <c>rumor</c> → GR1004), with their own
    /// exceptions and neutral alternatives. A category without a rule that takes extra terms fails the build.
    /// </summary>
    public IList<ExtraTerm> ExtraTerms { get; } = [];

    /// <summary>
    /// Words that are never a term of any rule: a term found inside an occurrence of one of them is not reported
    /// (e.g. a place or product name that contains a flagged word).
    /// </summary>
    public ISet<string> AllowedWords { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Domains whose links are never reported; a domain covers its subdomains. The default holds the city's
    /// own domain and the Japanese government domains.
    /// </summary>
    public ISet<string> AllowedDomains { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "city.chiba.jp", "city.chiba.lg.jp", "lg.jp", "go.jp",
    };

    /// <summary>
    /// Public telephone numbers that are never personal information: offices, help lines. Compared by their
    /// digits, so <c>043-245-5111</c> also allows <c>０４３（２４５）５１１１</c>. The city hall's main number is in
    /// by default.
    /// </summary>
    public ISet<string> AllowedPhoneNumbers { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "043-245-5111",
    };

    /// <summary>Extra adult domains (a domain covers its subdomains), e.g. loaded from a hosts file with <see cref="DomainListReader"/>.</summary>
    public ISet<string> AdultDomains { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Options of individual rules, by rule ID then option name (see each rule's docs page). A name the rule
    /// does not declare in <see cref="IGuidelineRule.SupportedOptions"/> fails the build.
    /// </summary>
    public IDictionary<string, IDictionary<string, string>> RuleOptions { get; } = new Dictionary<string, IDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <c>guideline-disable</c> comments in the text switch rules off for the lines they cover (see the README).
    /// On by default; a host that analyzes only what people type can switch it off.
    /// </summary>
    public bool InlineSuppressions { get; set; } = true;

    /// <summary>Copies every setting into <paramref name="target"/>: scalars replace, dictionaries and lists add (replacing equal keys).</summary>
    public void CopyTo(GuidelinePipelineOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Language = Language;
        target.InlineSuppressions = InlineSuppressions;
        foreach (var (id, severity) in RuleSeverities)
        {
            target.RuleSeverities[id] = severity;
        }

        foreach (var (category, severity) in CategorySeverities)
        {
            target.CategorySeverities[category] = severity;
        }

        foreach (var term in ExtraTerms)
        {
            target.ExtraTerms.Add(term);
        }

        target.AllowedWords.UnionWith(AllowedWords);
        target.AllowedDomains.UnionWith(AllowedDomains);
        target.AllowedPhoneNumbers.UnionWith(AllowedPhoneNumbers);
        target.AdultDomains.UnionWith(AdultDomains);
        foreach (var (id, options) in RuleOptions)
        {
            if (!target.RuleOptions.TryGetValue(id, out var existing))
            {
                existing = new Dictionary<string, string>(StringComparer.Ordinal);
                target.RuleOptions[id] = existing;
            }

            foreach (var (name, value) in options)
            {
                existing[name] = value;
            }
        }
    }
}

/// <summary>An extra term of a category, from configuration.</summary>
/// <param name="Category">A category key (<see cref="RuleCategories"/>).</param>
/// <param name="Text">The term; matched folded, like built-in terms.</param>
public sealed record ExtraTerm(string Category, string Text)
{
    /// <summary>Longer phrases containing the term in which it is not reported.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>Neutral alternatives offered as a fix.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];
}
