namespace GuidelineRules;

/// <summary>Settings a pipeline is built with. Validated and frozen by <see cref="GuidelinePipelineBuilder.Build"/>.</summary>
public sealed class GuidelinePipelineOptions
{
    /// <summary>The language of messages and fix titles. The default is Japanese.</summary>
    public MessageLanguage Language { get; set; } = MessageLanguage.Japanese;

    /// <summary>
    /// Severity per rule ID; <see langword="null"/> switches the rule off. IDs not listed keep their
    /// default. An unknown ID fails the build.
    /// </summary>
    public IDictionary<string, Severity?> RuleSeverities { get; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>Extra adult domains (a domain covers its subdomains), e.g. loaded from a hosts file.</summary>
    public ISet<string> AdultDomains { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
