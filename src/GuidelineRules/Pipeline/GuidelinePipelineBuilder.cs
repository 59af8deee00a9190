using GuidelineRules.Rules;

namespace GuidelineRules;

/// <summary>
/// Composes rules and options into an immutable analyzer, in the manner of Polly's pipeline builder:
/// options are validated when <see cref="Build"/> runs, and the result no longer depends on the builder.
/// </summary>
public sealed class GuidelinePipelineBuilder
{
    private readonly List<IGuidelineRule> _rules = [];
    private readonly List<GuidelineConfiguration> _configurations = [];
    private readonly List<IGuidelineSuppressor> _suppressors = [];

    internal GuidelinePipelineBuilder()
    {
    }

    /// <summary>The options the pipeline will be built with.</summary>
    public GuidelinePipelineOptions Options { get; } = new();

    /// <summary>Adds every built-in rule.</summary>
    public GuidelinePipelineBuilder AddDefaultRules()
    {
        foreach (var rule in BuiltInRules.Create())
        {
            AddRule(rule);
        }

        return this;
    }

    /// <summary>Adds a rule by type.</summary>
    public GuidelinePipelineBuilder AddRule<TRule>()
        where TRule : IGuidelineRule, new() => AddRule(new TRule());

    /// <summary>Adds a rule instance.</summary>
    /// <exception cref="ArgumentException">A rule of the same type, or with one of the same IDs, was already added.</exception>
    public GuidelinePipelineBuilder AddRule(IGuidelineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var existing in _rules)
        {
            if (existing.GetType() == rule.GetType())
            {
                throw new ArgumentException($"A rule of type {rule.GetType().Name} was already added.", nameof(rule));
            }
        }

        _rules.Add(rule);
        return this;
    }

    /// <summary>Whether a rule of type <paramref name="ruleType"/> was added.</summary>
    public bool ContainsRule(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        foreach (var rule in _rules)
        {
            if (rule.GetType() == ruleType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Changes options with a callback.</summary>
    public GuidelinePipelineBuilder Configure(Action<GuidelinePipelineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Options);
        return this;
    }

    /// <summary>Sets the message language.</summary>
    public GuidelinePipelineBuilder WithLanguage(MessageLanguage language)
    {
        Options.Language = language;
        return this;
    }

    /// <summary>Sets a rule's severity; <see langword="null"/> switches it off.</summary>
    public GuidelinePipelineBuilder WithSeverity(string ruleId, Severity? severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        Options.RuleSeverities[ruleId] = severity;
        return this;
    }

    /// <summary>
    /// Applies a configuration file's settings when the pipeline is built, over the settings made in code (a file
    /// adds to lists and overrides the severities it names); several files apply in the order given.
    /// </summary>
    public GuidelinePipelineBuilder UseConfiguration(GuidelineConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _configurations.Add(configuration);
        return this;
    }

    /// <summary>Reads <paramref name="path"/> (a <c>guidelinerules.json</c>) and applies it; see <see cref="UseConfiguration"/>.</summary>
    /// <exception cref="GuidelineConfigurationException">The file cannot be read or is not valid.</exception>
    public GuidelinePipelineBuilder UseConfigurationFile(string path) => UseConfiguration(GuidelineConfiguration.Load(path));

    /// <summary>Adds a suppressor: a stage that can suppress diagnostics after the rules ran (Roslyn's DiagnosticSuppressor).</summary>
    public GuidelinePipelineBuilder AddSuppressor(IGuidelineSuppressor suppressor)
    {
        ArgumentNullException.ThrowIfNull(suppressor);
        _suppressors.Add(suppressor);
        return this;
    }

    /// <summary>Compiles every rule's registrations into one scanner and returns the analyzer.</summary>
    /// <exception cref="InvalidOperationException">No rule was added.</exception>
    /// <exception cref="PlatformNotSupportedException">The process cannot normalize Unicode (InvariantGlobalization).</exception>
    /// <exception cref="ArgumentException">Options name an unknown rule ID, or two rules share an ID.</exception>
    /// <exception cref="GuidelineConfigurationException">A configuration file names an unknown rule ID, category or option.</exception>
    /// <exception cref="GuidelineRuleException">A rule failed in <see cref="IGuidelineRule.Initialize"/>.</exception>
    public IGuidelineAnalyzer Build()
    {
        if (_rules.Count == 0)
        {
            throw new InvalidOperationException("Add at least one rule (AddDefaultRules or AddRule) before Build.");
        }

        foreach (var configuration in _configurations)
        {
            configuration.ApplyTo(Options, _rules);
        }

        _configurations.Clear(); // applied once: building twice must not add extra terms twice
        return new GuidelineAnalyzer(_rules.ToArray(), Options, _suppressors.ToArray());
    }
}
