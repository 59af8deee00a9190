using System.Collections.Immutable;

namespace GuidelineRules;

/// <summary>
/// What a rule's action sees for one text: its own term matches, the tokens found, the folded and the
/// original text, and a way to report. Offsets of matches and tokens are in the folded text.
/// </summary>
public ref struct RuleContext
{
    private readonly Workspace _workspace;
    private readonly int _ruleIndex;

    internal RuleContext(Workspace workspace, int ruleIndex, ReadOnlySpan<TermMatch> matches, ReadOnlySpan<char> original, MessageLanguage language, CancellationToken cancellationToken)
    {
        _workspace = workspace;
        _ruleIndex = ruleIndex;
        Matches = matches;
        Original = original;
        Language = language;
        CancellationToken = cancellationToken;
    }

    /// <summary>The rule's term matches (trigger and context terms), ordered by start, exceptions removed.</summary>
    public ReadOnlySpan<TermMatch> Matches { get; }

    /// <summary>Every token found in the text, ordered by start.</summary>
    public readonly ReadOnlySpan<Token> Tokens => _workspace.Tokens.AsSpan(0, _workspace.TokenCount);

    /// <summary>The folded text the offsets refer to.</summary>
    public readonly ReadOnlySpan<char> Folded => _workspace.Normalized.Span;

    /// <summary>The text as given.</summary>
    public ReadOnlySpan<char> Original { get; }

    /// <summary>The message language.</summary>
    public MessageLanguage Language { get; }

    /// <summary>Cancellation for long texts.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The same text and rule with other matches: for the pairing step of evidence rules.</summary>
    internal readonly RuleContext WithMatches(ReadOnlySpan<TermMatch> matches) =>
        new(_workspace, _ruleIndex, matches, Original, Language, CancellationToken);

    /// <summary>Scratch for a rule's matches with pairs added, at least <paramref name="count"/> long, reused per thread.</summary>
    internal readonly TermMatch[] RentComposedMatches(int count) => _workspace.RentComposedMatches(count);

    /// <summary>Whether the text has a <c>guideline-</c> marker (a suppression comment, or the word in passing).</summary>
    internal readonly bool SawSuppressionMarker => _workspace.SawSuppressionMarker;

    /// <summary>Whether a rule that ran before this one reported a diagnostic of <paramref name="category"/> in this text.</summary>
    internal readonly bool HasEarlierReport(string category)
    {
        var reports = _workspace.Reports;
        for (int i = 0; i < _workspace.ReportCount; i++)
        {
            if (string.Equals(reports[i].Descriptor.Category, category, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maps a folded range to the original text.</summary>
    public readonly TextSpan ToOriginal(int foldedStart, int foldedEnd) => _workspace.Normalized.MapToOriginal(foldedStart, foldedEnd);

    /// <summary>The canonical text of a token: a fanged lower-case URL, an e-mail address, ASCII digits.</summary>
    public readonly ReadOnlySpan<char> GetCanonicalText(in Token token) =>
        _workspace.CanonicalChars.AsSpan(token.CanonicalStart, token.CanonicalLength);

    /// <summary>The host of a URL or e-mail token, lower case and fanged; empty for other tokens.</summary>
    public readonly ReadOnlySpan<char> GetHost(in Token token) =>
        _workspace.CanonicalChars.AsSpan(token.CanonicalStart + token.HostStart, token.HostLength);

    /// <summary>Reports a diagnostic over a folded range.</summary>
    public readonly void Report(RuleDescriptor descriptor, int foldedStart, int foldedEnd, SuggestedFix? fix = null, ImmutableDictionary<string, string>? properties = null, string? argument = null) =>
        Report(descriptor, ToOriginal(foldedStart, foldedEnd), fix, properties, argument);

    /// <summary>Reports a diagnostic over a range of the original text.</summary>
    /// <exception cref="ArgumentException">The descriptor is not one of the rule's, or the span is outside the text.</exception>
    public readonly void Report(RuleDescriptor descriptor, TextSpan span, SuggestedFix? fix = null, ImmutableDictionary<string, string>? properties = null, string? argument = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (span.Start < 0 || span.End > Original.Length || span.Length < 0)
        {
            throw new ArgumentException($"Span {span} is outside the text (length {Original.Length}).", nameof(span));
        }

        _workspace.AddReport(_ruleIndex, descriptor, span, fix, properties, argument);
    }
}
