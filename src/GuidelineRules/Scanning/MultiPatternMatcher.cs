using System.Runtime.CompilerServices;

namespace GuidelineRules.Scanning;

/// <summary>
/// Finds every occurrence of every pattern in one pass: a bigram prefilter, then trie verification.
/// An 8 KB bit set holds a hash of the first two characters of every pattern (and a bitmap the first
/// character of one-character patterns); a position whose bigram is not in it is skipped with one bit test.
/// A position that passes needs its bigram to be a whole pattern or its trigram to start one (two more 8 KB
/// sets), and only then is verified by walking the <see cref="PatternTrie"/> from that position. Measured here
/// against Aho-Corasick (dense DFA and compact) and SearchValues&lt;string&gt;: benchmarks/README.md.
/// </summary>
internal sealed class MultiPatternMatcher
{
    private const int BigramBits = 1 << 16;

    private readonly ulong[] _bigrams = new ulong[BigramBits / 64];

    // Second stage for positions that pass the bigram test: the bigram is a whole two-character pattern, or the
    // first three characters hash into the trigram set. Half the positions that passed the bigram test were the
    // start of a context word's bigram (「って」「して」「さん」…) followed by something else.
    private readonly ulong[] _pairs = new ulong[BigramBits / 64];
    private readonly ulong[] _trigrams = new ulong[BigramBits / 64];
    private readonly ulong[] _singles = new ulong[65536 / 64];
    private readonly PatternTrie _trie;

    public MultiPatternMatcher(IReadOnlyList<string> patterns)
    {
        _trie = new PatternTrie(patterns);
        foreach (string pattern in patterns)
        {
            if (pattern.Length == 1)
            {
                _singles[pattern[0] >> 6] |= 1UL << (pattern[0] & 63);
            }
            else
            {
                int h = Hash(pattern[0], pattern[1]);
                _bigrams[h >> 6] |= 1UL << (h & 63);
                if (pattern.Length == 2)
                {
                    _pairs[h >> 6] |= 1UL << (h & 63);
                }
                else
                {
                    int t = Hash(pattern[0], pattern[1], pattern[2]);
                    _trigrams[t >> 6] |= 1UL << (t & 63);
                }
            }
        }
    }

    /// <summary>Finds every occurrence of every pattern, overlapping ones included, in order of start position.</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var bigrams = _bigrams;
        var singles = _singles;
        int last = text.Length - 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool candidate = (singles[c >> 6] & (1UL << (c & 63))) != 0;
            if (!candidate && i < last)
            {
                int h = Hash(c, text[i + 1]);
                candidate = (bigrams[h >> 6] & (1UL << (h & 63))) != 0 && IsPairOrTrigram(text, i, h);
            }

            if (candidate)
            {
                Verify(text, i, ref sink);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(char first, char second) => (int)(((uint)first * 0x9E3779B1u) ^ second) & (BigramBits - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(char first, char second, char third) =>
        (int)(((((uint)first * 0x9E3779B1u) ^ second) * 0x85EBCA77u) ^ third) & (BigramBits - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPairOrTrigram(ReadOnlySpan<char> text, int i, int bigramHash)
    {
        if ((_pairs[bigramHash >> 6] & (1UL << (bigramHash & 63))) != 0)
        {
            return true;
        }

        if (i + 2 >= text.Length)
        {
            return false;
        }

        int t = Hash(text[i], text[i + 1], text[i + 2]);
        return (_trigrams[t >> 6] & (1UL << (t & 63))) != 0;
    }

    /// <summary>Walks the trie from <paramref name="start"/>, reporting every pattern that ends on the way.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Verify<TSink>(ReadOnlySpan<char> text, int start, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var trie = _trie;
        int state = 0;
        for (int j = start; j < text.Length; j++)
        {
            int cls = trie.ClassOf[text[j]];
            state = cls == 0 ? 0 : trie.Child(state, cls);
            if (state == 0)
            {
                return;
            }

            for (int k = trie.OutputStart[state]; k < trie.OutputStart[state + 1]; k++)
            {
                sink.OnMatch(trie.Outputs[k], start, j + 1);
            }
        }
    }
}

/// <summary>Receives matches from a matcher's <c>Scan</c>.</summary>
internal interface IMatchSink
{
    void OnMatch(int pattern, int start, int end);
}
