namespace GuidelineRules;

/// <summary>
/// The IDs and categories a set of rules declares (with the pipeline's own GR0001/GR0002), and the checks of settings
/// against them: one place for the pipeline's build and for a configuration file, which adds the file's line.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly Dictionary<string, IGuidelineRule?> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _categories = new(StringComparer.OrdinalIgnoreCase) { PipelineDescriptors.Category };

    public RuleCatalog(IEnumerable<IGuidelineRule> rules)
    {
        foreach (var descriptor in PipelineDescriptors.All)
        {
            _owners[descriptor.Id] = null;
        }

        foreach (var rule in rules)
        {
            foreach (var descriptor in rule.Descriptors)
            {
                _owners.TryAdd(descriptor.Id, rule);
                _categories.Add(descriptor.Category);
            }
        }
    }

    /// <summary>Why <paramref name="id"/> cannot be configured, or null when it can.</summary>
    public string? CheckId(string id) =>
        _owners.ContainsKey(id) ? null : $"unknown rule ID '{id}'. Known IDs: {string.Join(", ", _owners.Keys.Order(StringComparer.Ordinal))}.";

    /// <summary>Why <paramref name="category"/> cannot be configured, or null when it can.</summary>
    public string? CheckCategory(string category) =>
        _categories.Contains(category) ? null : $"unknown category '{category}'. Known categories: {string.Join(", ", _categories.Order(StringComparer.Ordinal))}.";

    /// <summary>Why option <paramref name="name"/> cannot be set on rule <paramref name="id"/>, or null when it can.</summary>
    public string? CheckOption(string id, string name)
    {
        if (CheckId(id) is { } unknown)
        {
            return unknown;
        }

        var supported = _owners[id]?.SupportedOptions ?? [];
        return supported.Contains(name, StringComparer.Ordinal)
            ? null
            : $"rule {id} has no option '{name}'. Its options: {(supported.Count == 0 ? "none" : string.Join(", ", supported))}.";
    }
}
