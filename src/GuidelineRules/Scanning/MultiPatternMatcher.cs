using System.Runtime.CompilerServices;

namespace GuidelineRules.Scanning;

/// <summary>
/// Finds every occurrence of every pattern in one pass: a bigram prefilter, then trie verification.
/// An 8 KB bit set holds a hash of the first two characters of every pattern (and a bitmap the first
/// character of one-character patterns); a position whose bigram is not in it is skipped with one bit test,
/// and the others are verified by walking a trie from that position. Measured here against Aho-Corasick
/// (dense DFA and compact) and SearchValues&lt;string&gt;: benchmarks/README.md.
/// </summary>
internal sealed class MultiPatternMatcher
{
    private const int BigramBits = 1 << 16;

    private readonly ulong[] _bigrams = new ulong[BigramBits / 64];
    private readonly ulong[] _singles = new ulong[65536 / 64];
    private readonly ushort[] _classOf = new ushort[65536];
    private readonly int[] _root;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeClass;
    private readonly int[] _edgeTarget;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;
    private readonly int[] _patternLengths;

    public MultiPatternMatcher(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patternLengths = new int[patterns.Count];
        int alphabet = 1;
        for (int p = 0; p < patterns.Count; p++)
        {
            string pattern = patterns[p];
            if (pattern.Length == 0)
            {
                throw new ArgumentException($"Pattern {p} is empty.", nameof(patterns));
            }

            _patternLengths[p] = pattern.Length;
            foreach (char c in pattern)
            {
                if (_classOf[c] == 0)
                {
                    if (alphabet == ushort.MaxValue)
                    {
                        throw new ArgumentException("Patterns use more distinct characters than the matcher supports.", nameof(patterns));
                    }

                    _classOf[c] = (ushort)alphabet++;
                }
            }

            if (pattern.Length == 1)
            {
                _singles[pattern[0] >> 6] |= 1UL << (pattern[0] & 63);
            }
            else
            {
                int h = Hash(pattern[0], pattern[1]);
                _bigrams[h >> 6] |= 1UL << (h & 63);
            }
        }

        AlphabetSize = alphabet;

        // Trie with outputs only where a pattern ends.
        var children = new List<SortedList<ushort, int>> { new() };
        var ownOutputs = new List<List<int>?> { null };
        for (int p = 0; p < patterns.Count; p++)
        {
            int state = 0;
            foreach (char c in patterns[p])
            {
                ushort cls = _classOf[c];
                if (!children[state].TryGetValue(cls, out int next))
                {
                    next = children.Count;
                    children.Add([]);
                    ownOutputs.Add(null);
                    children[state][cls] = next;
                }

                state = next;
            }

            (ownOutputs[state] ??= []).Add(p);
        }

        StateCount = children.Count;
        _root = new int[alphabet];
        _edgeStart = new int[StateCount + 1];
        _edgeClass = new ushort[StateCount];
        _edgeTarget = new int[StateCount];
        _outputStart = new int[StateCount + 1];
        var outputs = new List<int>();
        int edges = 0;
        for (int s = 0; s < StateCount; s++)
        {
            _edgeStart[s] = edges;
            _outputStart[s] = outputs.Count;
            if (ownOutputs[s] is { } own)
            {
                outputs.AddRange(own);
            }

            foreach (var (cls, child) in children[s])
            {
                if (s == 0)
                {
                    _root[cls] = child;
                }
                else
                {
                    _edgeClass[edges] = cls;
                    _edgeTarget[edges] = child;
                    edges++;
                }
            }
        }

        _edgeStart[StateCount] = edges;
        _outputStart[StateCount] = outputs.Count;
        _outputs = [.. outputs];
    }

    public int StateCount { get; }

    public int AlphabetSize { get; }

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
                candidate = (bigrams[h >> 6] & (1UL << (h & 63))) != 0;
            }

            if (candidate)
            {
                Verify(text, i, ref sink);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(char first, char second) => (int)(((uint)first * 0x9E3779B1u) ^ second) & (BigramBits - 1);

    /// <summary>Walks the trie from <paramref name="start"/>, reporting every pattern that ends on the way.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Verify<TSink>(ReadOnlySpan<char> text, int start, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        int state = 0;
        for (int j = start; j < text.Length; j++)
        {
            int cls = _classOf[text[j]];
            if (cls == 0)
            {
                return;
            }

            if (state == 0)
            {
                state = _root[cls];
            }
            else
            {
                int next = 0;
                int end = _edgeStart[state + 1];
                for (int e = _edgeStart[state]; e < end; e++)
                {
                    if (_edgeClass[e] == cls)
                    {
                        next = _edgeTarget[e];
                        break;
                    }
                }

                state = next;
            }

            if (state == 0)
            {
                return;
            }

            for (int k = _outputStart[state]; k < _outputStart[state + 1]; k++)
            {
                int pattern = _outputs[k];
                sink.OnMatch(pattern, start, j + 1);
            }
        }
    }
}

/// <summary>Receives matches from <see cref="MultiPatternMatcher.Scan{TSink}"/>.</summary>
internal interface IMatchSink
{
    void OnMatch(int pattern, int start, int end);
}
