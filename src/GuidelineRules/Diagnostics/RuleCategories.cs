namespace GuidelineRules;

/// <summary>The category keys of the corpus schema, each tied to a clause of the guideline.</summary>
public static class RuleCategories
{
    /// <summary>4(6)① and 4(5): insulting, contemptuous or hostile language.</summary>
    public const string Disrespect = "disrespect";

    /// <summary>4(6)②: discrimination or encouraging it.</summary>
    public const string Discrimination = "discrimination";

    /// <summary>4(6)③: illegal acts or encouraging them.</summary>
    public const string Illegal = "illegal";

    /// <summary>4(6)④: rumors and encouraging them to spread.</summary>
    public const string Rumor = "rumor";

    /// <summary>4(6)⑤: links to obscene sites.</summary>
    public const string ObsceneLink = "obscene-link";

    /// <summary>4(6)⑥: anything else against public order and morals.</summary>
    public const string PublicOrder = "public-order";

    /// <summary>4(2): political acts restricted for local public servants.</summary>
    public const string Political = "political";

    /// <summary>5(1): secrets of the city or its partners.</summary>
    public const string Confidential = "confidential";

    /// <summary>4(3), 5(2): rights of the city and of others.</summary>
    public const string Rights = "rights";

    /// <summary>5(3): information that threatens the city's security.</summary>
    public const string Security = "security";

    /// <summary>5(4): information from decision-making in progress.</summary>
    public const string Deliberative = "deliberative";

    /// <summary>5(5): statements on city affairs that read as official.</summary>
    public const string CityStatement = "city-statement";

    /// <summary>Every category key, in schema order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Disrespect, Discrimination, Illegal, Rumor, ObsceneLink, PublicOrder,
        Political, Confidential, Rights, Security, Deliberative, CityStatement,
    ];
}
