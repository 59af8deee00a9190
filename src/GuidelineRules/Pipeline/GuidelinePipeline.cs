namespace GuidelineRules;

/// <summary>Entry point: <c>GuidelinePipeline.CreateBuilder().AddDefaultRules().Build()</c>.</summary>
public static class GuidelinePipeline
{
    /// <summary>Creates an empty builder.</summary>
    public static GuidelinePipelineBuilder CreateBuilder() => new();

    /// <summary>Builds an analyzer with every built-in rule and default options.</summary>
    public static IGuidelineAnalyzer CreateDefault() => CreateBuilder().AddDefaultRules().Build();
}
