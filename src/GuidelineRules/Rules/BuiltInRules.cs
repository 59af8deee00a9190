namespace GuidelineRules.Rules;

/// <summary>The rules <see cref="GuidelinePipelineBuilder.AddDefaultRules"/> adds.</summary>
internal static class BuiltInRules
{
    public static IEnumerable<IGuidelineRule> Create() =>
    [
        new DiscriminationRule(),
        new RumorRule(),
        new ObsceneLinkRule(),
        new ConfidentialInformationRule(),
        new DeliberativeInformationRule(),
    ];
}
