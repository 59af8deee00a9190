namespace GuidelineRules.Learning;

/// <summary>The features the model reads: every 2- and 3-character sequence of the folded text, packed into one number.</summary>
internal static class NgramKeys
{
    /// <summary>The lengths of the sequences counted; a post shorter than the shortest has no features.</summary>
    public const int Shortest = 2;

    public const int Longest = 3;

    // The length sits above the 48 bits of characters, so no bigram key equals a trigram key, and no key is 0 (empty).
    public static ulong Bigram(char a, char b) => (2UL << 48) | ((ulong)a << 16) | b;

    public static ulong Trigram(char a, char b, char c) => (3UL << 48) | ((ulong)a << 32) | ((ulong)b << 16) | c;

    public static ulong Of(ReadOnlySpan<char> ngram) => ngram.Length switch
    {
        2 => Bigram(ngram[0], ngram[1]),
        3 => Trigram(ngram[0], ngram[1], ngram[2]),
        _ => throw new ArgumentException($"An n-gram has {Shortest} or {Longest} characters, not {ngram.Length}.", nameof(ngram)),
    };
}
