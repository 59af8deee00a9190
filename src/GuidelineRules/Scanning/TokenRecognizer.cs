namespace GuidelineRules.Scanning;

/// <summary>
/// Recognises one kind of token around a trigger the automaton found. Triggers come in text order; a
/// recognizer returns the folded end of the token it produced so that later triggers inside it are skipped.
/// </summary>
internal abstract class TokenRecognizer
{
    public abstract TokenKinds Kind { get; }

    /// <summary>Folded strings whose matches make this recognizer look.</summary>
    public abstract IReadOnlyList<string> Triggers { get; }

    /// <summary>
    /// Whether the recognizer also looks at the start of every run of digits. Digits are not patterns of the
    /// matcher: as ten one-character patterns they made every date and time in a post a hit to verify, expand
    /// and dispatch, where one vectorized search finds the runs.
    /// </summary>
    public virtual bool TriggersOnDigitRuns => false;

    /// <summary>Tries to recognise a token around a trigger at [<paramref name="triggerStart"/>, <paramref name="triggerEnd"/>).</summary>
    /// <returns>The folded end of the token, or -1.</returns>
    public abstract int TryRecognize(Workspace workspace, int triggerStart, int triggerEnd);

    protected static void AddToken(Workspace workspace, TokenKinds kind, int start, int end, int canonicalStart, int hostStart = 0, int hostLength = 0) =>
        workspace.AddToken(new Token(
            kind,
            start,
            end,
            workspace.Normalized.MapToOriginal(start, end),
            canonicalStart,
            workspace.CanonicalLength - canonicalStart,
            hostStart,
            hostLength));

    /// <summary>A character of a host label (the same test <see cref="HostParser"/> uses).</summary>
    protected static bool IsLabelChar(char c) => HostParser.IsLabelChar(c);
}
