namespace GuidelineRules;

/// <summary>
/// Every rule identifier, in one place. <c>GR1pyz</c> covers clause 4 (conduct) and <c>GR2pyz</c> clause 5
/// (city information). The last digit is the item (4(6)①–⑥, 5(1)–(5)), the tens digit tells variants apart (9: the learned model's reading, <c>GR1091</c>–<c>GR2095</c>),
/// and the hundreds digit names another paragraph of clause 4 (<c>GR12yz</c> for 4(2), <c>GR15yz</c> for 4(5)).
/// </summary>
public static class RuleIds
{
    /// <summary>4(6)① an insult, contempt or profanity aimed at people.</summary>
    public const string Disrespect = "GR1001";

    /// <summary>4(5) a heated reply to a critic.</summary>
    public const string HostileReply = "GR1501";

    /// <summary>4(6)② a discriminatory term or slur.</summary>
    public const string DiscriminatoryTerm = "GR1002";

    /// <summary>4(6)② a discriminatory generalisation or exclusion.</summary>
    public const string DiscriminatoryStatement = "GR1012";

    /// <summary>4(6)③ admitting or encouraging an illegal act.</summary>
    public const string IllegalAct = "GR1003";

    /// <summary>4(6)④ hearsay or an unverified claim passed on as true.</summary>
    public const string Rumor = "GR1004";

    /// <summary>4(6)④ a request to spread unverified information.</summary>
    public const string RumorSpreadRequest = "GR1014";

    /// <summary>4(6)⑤ a link to an obscene site.</summary>
    public const string ObsceneLink = "GR1005";

    /// <summary>4(6)⑥ content against public order and morals: explicit sex, gore, encouraging self-harm.</summary>
    public const string PublicOrder = "GR1006";

    /// <summary>4(2), 地方公務員法 第36条: soliciting votes, support or signatures for political ends.</summary>
    public const string PoliticalActivity = "GR1201";

    /// <summary>5(1) a classification marking or secret information.</summary>
    public const string ConfidentialInformation = "GR2001";

    /// <summary>4(3), 5(2) another person's personal information (phone, address, My Number, card, health).</summary>
    public const string PersonalInformation = "GR2002";

    /// <summary>4(3), 5(2) reposting copyrighted works or photos of people without consent.</summary>
    public const string CopyrightOrPortrait = "GR2012";

    /// <summary>4(3), 5(2) defamation of an identifiable person or company.</summary>
    public const string Defamation = "GR2022";

    /// <summary>5(3) a password, PIN, door code, key or token.</summary>
    public const string Credential = "GR2003";

    /// <summary>5(3) internal hosts and addresses, admitted weaknesses, guard schedules.</summary>
    public const string SecurityExposure = "GR2013";

    /// <summary>5(4) information from decision-making still in progress.</summary>
    public const string DeliberativeInformation = "GR2004";

    /// <summary>5(5) an assertion about city affairs outside one's duty, stated as settled fact.</summary>
    public const string CityStatement = "GR2005";

    /// <summary>5(5) speaking as if for the city: "the city's official view", "as a city employee I assure you".</summary>
    public const string OfficialVoice = "GR2015";

    /// <summary>4(6)① the learned model reads the post as disrespectful.</summary>
    public const string LearnedDisrespect = "GR1091";

    /// <summary>4(6)② the learned model reads the post as discriminatory.</summary>
    public const string LearnedDiscrimination = "GR1092";

    /// <summary>4(6)③ the learned model reads the post as admitting or encouraging an illegal act.</summary>
    public const string LearnedIllegal = "GR1093";

    /// <summary>4(6)④ the learned model reads the post as a rumor passed on.</summary>
    public const string LearnedRumor = "GR1094";

    /// <summary>4(6)⑤ the learned model reads the post as linking to an obscene site.</summary>
    public const string LearnedObsceneLink = "GR1095";

    /// <summary>4(6)⑥ the learned model reads the post as against public order and morals.</summary>
    public const string LearnedPublicOrder = "GR1096";

    /// <summary>4(2) the learned model reads the post as political activity.</summary>
    public const string LearnedPolitical = "GR1291";

    /// <summary>5(1) the learned model reads the post as leaking secret information.</summary>
    public const string LearnedConfidential = "GR2091";

    /// <summary>4(3), 5(2) the learned model reads the post as infringing someone's privacy or rights.</summary>
    public const string LearnedRights = "GR2092";

    /// <summary>5(3) the learned model reads the post as exposing the city's security.</summary>
    public const string LearnedSecurity = "GR2093";

    /// <summary>5(4) the learned model reads the post as exposing decision-making still in progress.</summary>
    public const string LearnedDeliberative = "GR2094";

    /// <summary>5(5) the learned model reads the post as a statement readers would take as official.</summary>
    public const string LearnedCityStatement = "GR2095";

    /// <summary>The documentation page of a rule, relative to the repository root.</summary>
    public static string GetHelpUri(string id) => $"docs/rules/{id}.md";
}
