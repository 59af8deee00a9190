namespace GuidelineRules;

/// <summary>Kinds of tokens the scanner recognises for rules that subscribe to them.</summary>
[Flags]
public enum TokenKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>URLs and bare domains, defanged ones (hxxp, [.], ドット) included.</summary>
    Url = 1,

    /// <summary>E-mail addresses, ＠ and (at) included.</summary>
    Email = 2,

    /// <summary>Runs of digits with separators; full-width and kanji numerals folded.</summary>
    DigitRun = 4,

    /// <summary>IPv4 and IPv6 addresses.</summary>
    IPAddress = 8,
}

/// <summary>A recognised token. Offsets are in the folded text; <see cref="Span"/> is in the original.</summary>
public readonly struct Token
{
    internal Token(TokenKinds kind, int foldedStart, int foldedEnd, TextSpan span, int canonicalStart, int canonicalLength, int hostStart, int hostLength)
    {
        Kind = kind;
        FoldedStart = foldedStart;
        FoldedEnd = foldedEnd;
        Span = span;
        CanonicalStart = canonicalStart;
        CanonicalLength = canonicalLength;
        HostStart = hostStart;
        HostLength = hostLength;
    }

    /// <summary>The kind (a single flag).</summary>
    public TokenKinds Kind { get; }

    /// <summary>Start in the folded text.</summary>
    public int FoldedStart { get; }

    /// <summary>End (exclusive) in the folded text.</summary>
    public int FoldedEnd { get; }

    /// <summary>The token's range in the original text.</summary>
    public TextSpan Span { get; }

    internal int CanonicalStart { get; }

    internal int CanonicalLength { get; }

    /// <summary>For URLs and e-mail: start of the host inside the canonical text; otherwise 0.</summary>
    internal int HostStart { get; }

    /// <summary>For URLs and e-mail: length of the host inside the canonical text; otherwise 0.</summary>
    internal int HostLength { get; }
}
