using System.Diagnostics.CodeAnalysis;

namespace GuidelineRules;

/// <summary>Called once per analyzed text with everything a rule registered for; see <see cref="RuleContext"/>.</summary>
public delegate void RuleAction(ref RuleContext context);

/// <summary>What a rule registers in <see cref="IGuidelineRule.Initialize"/>; compiled once into the pipeline's scanner.</summary>
public sealed class RuleRegistration
{
    private readonly List<Term> _terms = [];
    private bool _frozen;

    internal RuleRegistration(IGuidelineRule rule, GuidelinePipelineOptions options)
    {
        Rule = rule;
        Options = options;
    }

    /// <summary>The options the pipeline is being built with (language, allowlists, extra lists).</summary>
    public GuidelinePipelineOptions Options { get; }

    internal IGuidelineRule Rule { get; }

    internal IReadOnlyList<Term> Terms => _terms;

    internal TokenKinds TokenKinds { get; private set; }

    internal RuleAction? MatchAction { get; private set; }

    internal bool RunsOnEveryText { get; private set; }

    /// <summary>Categories whose <see cref="GuidelinePipelineOptions.ExtraTerms"/> this rule took.</summary>
    internal HashSet<string> TakenExtraTermCategories { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads an option configured for this rule (<see cref="GuidelinePipelineOptions.RuleOptions"/>, under any of
    /// the rule's IDs). The name must be one of <see cref="IGuidelineRule.SupportedOptions"/>.
    /// </summary>
    public bool TryGetOption(string name, [NotNullWhen(true)] out string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var descriptor in Rule.Descriptors)
        {
            if (Options.RuleOptions.TryGetValue(descriptor.Id, out var options) && options.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>
    /// The configured extra terms of <paramref name="category"/>, as terms of <paramref name="kind"/>; the rule
    /// that calls this reports them. Registers nothing by itself.
    /// </summary>
    public IReadOnlyList<Term> TakeExtraTerms(string category, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ThrowIfFrozen();
        TakenExtraTermCategories.Add(category);
        var terms = new List<Term>();
        foreach (var extra in Options.ExtraTerms)
        {
            if (string.Equals(extra.Category, category, StringComparison.OrdinalIgnoreCase))
            {
                terms.Add(new Term(extra.Text, kind)
                {
                    Exceptions = [.. extra.Exceptions],
                    Alternatives = [.. extra.Alternatives],
                });
            }
        }

        return terms;
    }

    /// <summary>Adds terms the scanner should find for this rule.</summary>
    public void RegisterTerms(IEnumerable<Term> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ThrowIfFrozen();
        foreach (var term in terms)
        {
            ArgumentNullException.ThrowIfNull(term, nameof(terms));
            _terms.Add(term);
        }
    }

    /// <summary>Asks for tokens of <paramref name="kinds"/>; the rule's action runs when one is found.</summary>
    public void RegisterTokens(TokenKinds kinds)
    {
        ThrowIfFrozen();
        TokenKinds |= kinds;
    }

    /// <summary>
    /// Sets the action that judges the rule's matches. It runs once per text in which at least one trigger
    /// term or one subscribed token was found, and sees all of the rule's matches at once.
    /// </summary>
    public void RegisterMatchAction(RuleAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ThrowIfFrozen();
        MatchAction = action;
    }

    /// <summary>The rare exception: an action that runs on every text, found terms or not.</summary>
    public void RegisterTextAction(RuleAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ThrowIfFrozen();
        MatchAction = action;
        RunsOnEveryText = true;
    }

    internal void Freeze() => _frozen = true;

    private void ThrowIfFrozen()
    {
        if (_frozen)
        {
            throw new InvalidOperationException("Registrations are only accepted during IGuidelineRule.Initialize.");
        }
    }
}
