namespace GuidelineRules;

/// <summary>One match of a rule's term; offsets are in the folded text.</summary>
public readonly struct TermMatch
{
    internal TermMatch(Term term, int start, int end)
    {
        Term = term;
        Start = start;
        End = end;
    }

    /// <summary>The term that matched.</summary>
    public Term Term { get; }

    /// <summary>Start in the folded text.</summary>
    public int Start { get; }

    /// <summary>End (exclusive) in the folded text.</summary>
    public int End { get; }

    /// <summary>Shorthand for <c>Term.Kind</c>.</summary>
    public string Kind => Term.Kind;

    /// <inheritdoc/>
    public override string ToString() => $"{Term.Kind}:{Term.Text}@{Start}";
}
