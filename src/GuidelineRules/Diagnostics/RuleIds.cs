namespace GuidelineRules;

/// <summary>
/// Every rule identifier, in one place. <c>GR1xyz</c> covers clause 4 (conduct) and <c>GR2xyz</c> clause 5
/// (city information); the last digit is the clause item and the tens digit tells variants apart.
/// </summary>
public static class RuleIds
{
    /// <summary>4(6)② a discriminatory term or slur.</summary>
    public const string DiscriminatoryTerm = "GR1002";

    /// <summary>4(6)② a discriminatory generalisation or exclusion.</summary>
    public const string DiscriminatoryStatement = "GR1012";

    /// <summary>4(6)④ hearsay or an unverified claim passed on as true.</summary>
    public const string Rumor = "GR1004";

    /// <summary>4(6)④ a request to spread unverified information.</summary>
    public const string RumorSpreadRequest = "GR1014";

    /// <summary>4(6)⑤ a link to an obscene site.</summary>
    public const string ObsceneLink = "GR1005";

    /// <summary>5(1) a classification marking or secret information.</summary>
    public const string ConfidentialInformation = "GR2001";

    /// <summary>5(4) information from decision-making still in progress.</summary>
    public const string DeliberativeInformation = "GR2004";

    /// <summary>The documentation page of a rule, relative to the repository root.</summary>
    public static string GetHelpUri(string id) => $"docs/rules/{id}.md";
}
