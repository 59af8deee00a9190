namespace GuidelineRules;

/// <summary>The static identity of one diagnostic a rule can report, as Roslyn's <c>DiagnosticDescriptor</c>.</summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor; every argument is validated.</summary>
    /// <exception cref="ArgumentException">An identifier, category or clause is empty.</exception>
    public RuleDescriptor(
        string id,
        LocalizableText title,
        LocalizableText messageFormat,
        string category,
        string clause,
        Severity defaultSeverity,
        bool isEnabledByDefault = true,
        LocalizableText? description = null,
        string? helpUri = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(clause);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        Clause = clause;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description;
        HelpUri = helpUri ?? RuleIds.GetHelpUri(id);
    }

    /// <summary>Stable identifier, e.g. <c>GR1004</c>.</summary>
    public string Id { get; }

    /// <summary>Short title.</summary>
    public LocalizableText Title { get; }

    /// <summary>A composite format string for the message; <c>{0}</c> is the matched text.</summary>
    public LocalizableText MessageFormat { get; }

    /// <summary>One of <see cref="RuleCategories"/>, the keys of the corpus schema.</summary>
    public string Category { get; }

    /// <summary>The guideline clause, e.g. <c>4(6)④</c>.</summary>
    public string Clause { get; }

    /// <summary>Severity when nothing is configured.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Whether the rule runs when nothing is configured.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>Longer description, if any.</summary>
    public LocalizableText? Description { get; }

    /// <summary>Relative link to the rule's documentation page.</summary>
    public string HelpUri { get; }

    /// <summary>What the rule's suggested fix does, in a few English words (for rule tables), or <see langword="null"/> when it offers none.</summary>
    public string? FixDescription { get; init; }
}
