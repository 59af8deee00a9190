namespace GuidelineRules;

/// <summary>
/// How <see cref="GuidelineRulesServiceCollectionExtensions.AddGuidelineRules"/> builds the shared analyzer: the
/// built-in rules or not, a configuration file, and the same settings as <see cref="GuidelinePipelineBuilder"/> in code.
/// </summary>
public sealed class GuidelineRulesOptions
{
    private readonly List<Action<GuidelinePipelineBuilder>> _pipelineActions = [];

    /// <summary>Whether the built-in rules are in (the default). Rules registered in the container are always added.</summary>
    public bool UseDefaultRules { get; set; } = true;

    /// <summary>A <c>guidelinerules.json</c> to apply, read when the analyzer is first resolved; none by default.</summary>
    public string? ConfigurationFile { get; set; }

    /// <summary>Pipeline settings (severities, allowlists, extra terms, language…), applied before the configuration file.</summary>
    public GuidelinePipelineOptions Pipeline { get; } = new();

    /// <summary>Anything else the builder offers (rules by instance, suppressors), applied last.</summary>
    public GuidelineRulesOptions ConfigurePipeline(Action<GuidelinePipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _pipelineActions.Add(configure);
        return this;
    }

    internal IReadOnlyList<Action<GuidelinePipelineBuilder>> PipelineActions => _pipelineActions;
}
