namespace GuidelineRules.Rules;

/// <summary>The rules <see cref="GuidelinePipelineBuilder.AddDefaultRules"/> adds.</summary>
internal static class BuiltInRules
{
    public static IEnumerable<IGuidelineRule> Create() =>
    [
        new DisrespectRule(),
        new DiscriminationRule(),
        new IllegalActRule(),
        new RumorRule(),
        new ObsceneLinkRule(),
        new PublicOrderRule(),
        new PoliticalActivityRule(),
        new ConfidentialInformationRule(),
        new PersonalInformationRule(),
        new RightsInfringementRule(),
        new CredentialRule(),
        new SecurityExposureRule(),
        new DeliberativeInformationRule(),
        new CityStatementRule(),

        // Last: it reports a category only where the rules above did not.
        new LearnedReadingRule(),
    ];
}
