using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GuidelineRules.Scanning;

/// <summary>
/// Finds every occurrence of every pattern in two passes over blocks of the text. The first pass is
/// branch-free: for every position it tests a hash of the two characters there against an 8 KB bit set of
/// the patterns' first two characters and writes the position to a candidate list whatever the answer,
/// advancing the list only when the bit is set. Japanese text passes that test at one position in eight, at
/// random, so a branch on it was mispredicted at most candidates. One-character patterns are few and found by
/// their own vectorized search, merged in order with the candidates. The second pass drops a candidate unless
/// its bigram is a whole pattern or its trigram starts one (one more bit set: most candidates are a context
/// word's first two characters, 「して」「って」, followed by something else), then looks the exact first two
/// characters up in a small hash table of the trie states they lead to and walks on by comparing characters
/// with the few edges of each state: no table indexed by character, so verification stays in a few kilobytes of
/// cache. Measured against Aho-Corasick (dense DFA and compact) and SearchValues&lt;string&gt;: benchmarks/README.md.
/// </summary>
internal sealed class MultiPatternMatcher
{
    private const int BigramBits = 1 << 16;

    // Candidates found by the first pass before the second pass takes them.
    internal const int BlockSize = 512;

    // Hashes of the first two characters of every pattern.
    private readonly ulong[] _bigramBits = new ulong[BigramBits / 64];

    // Hashes of two-character patterns and of the first three characters of longer ones, both in one 8 KB set:
    // with the bigram set, the bit sets the hot loops read stay well within the first-level cache, where four
    // 8 KB sets had filled it.
    private readonly ulong[] _pairOrTrigramBits = new ulong[BigramBits / 64];

    // One-character patterns are few and found by their own vectorized search, merged with the candidates: a
    // bitmap of them tested at every position cost a load per character and 8 KB of the first-level cache.
    private readonly SearchValues<char> _singleChars;

    // Open addressing: the exact first two characters of a pattern (first << 16 | second) -> the state after them,
    // and whether a pattern ends there.
    private readonly PairEntry[] _pairs;
    private readonly int _pairMask;
    private readonly bool _hasSingles;

    // The state after the first character, for one-character patterns only (a handful).
    private readonly Dictionary<char, int> _singleStates = [];

    // States (0 is the root) with their outgoing edges labelled by character, and their own outputs.
    // A step of the walk reads a state's record, then its edges: two dependent loads, where separate arrays
    // of starts, characters and targets took three.
    private readonly StateRecord[] _states;
    private readonly Edge[] _edges;
    private readonly int[] _outputs;

    public MultiPatternMatcher(IReadOnlyList<string> patterns)
    {
        var trie = new PatternTrie(patterns);
        var charOfClass = new char[trie.AlphabetSize];
        foreach (string pattern in patterns)
        {
            foreach (char c in pattern)
            {
                charOfClass[trie.ClassOf[c]] = c;
            }
        }

        _edges = new Edge[trie.EdgeClass.Length];
        for (int e = 0; e < _edges.Length; e++)
        {
            _edges[e] = new Edge(charOfClass[trie.EdgeClass[e]], trie.EdgeTarget[e]);
        }

        _states = new StateRecord[trie.StateCount];
        for (int state = 0; state < _states.Length; state++)
        {
            _states[state] = new StateRecord(trie.EdgeStart[state], trie.EdgeStart[state + 1], trie.OutputStart[state], trie.OutputStart[state + 1]);
        }

        _outputs = trie.Outputs;

        var pairs = new Dictionary<uint, int>();
        for (int cls = 1; cls < trie.AlphabetSize; cls++)
        {
            int first = trie.Root[cls];
            if (first == 0)
            {
                continue;
            }

            char c0 = charOfClass[cls];
            if (_states[first].EndsPattern)
            {
                _singleStates[c0] = first;
            }

            for (int e = _states[first].EdgeStart; e < _states[first].EdgeEnd; e++)
            {
                char c1 = _edges[e].Char;
                int second = _edges[e].Target;
                pairs[(uint)c0 << 16 | c1] = second;
                int h2 = Hash(c0, c1);
                _bigramBits[h2 >> 6] |= 1UL << (h2 & 63);
                if (_states[second].EndsPattern)
                {
                    _pairOrTrigramBits[h2 >> 6] |= 1UL << (h2 & 63);
                }

                for (int e3 = _states[second].EdgeStart; e3 < _states[second].EdgeEnd; e3++)
                {
                    int h = Hash(c0, c1, _edges[e3].Char);
                    _pairOrTrigramBits[h >> 6] |= 1UL << (h & 63);
                }
            }
        }

        int size = 16;
        while (size < pairs.Count * 2)
        {
            size <<= 1;
        }

        _pairs = new PairEntry[size];
        _pairMask = size - 1;
        foreach (var (key, state) in pairs)
        {
            int slot = PairSlot(key);
            while (_pairs[slot].State != 0)
            {
                slot = (slot + 1) & _pairMask;
            }

            _pairs[slot] = new PairEntry(key, state, _states[state].EndsPattern);
        }

        _hasSingles = _singleStates.Count > 0;
        _singleChars = SearchValues.Create([.. _singleStates.Keys]);
    }

    /// <summary>
    /// Finds every occurrence of every pattern, overlapping ones included, in order of start, then end. Allocates its
    /// scratch: for tests and one-off use; the pipeline passes its own.
    /// </summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink =>
        Scan(text, ref sink, new int[BlockSize]);

    /// <summary>
    /// As <see cref="Scan{TSink}(ReadOnlySpan{char}, ref TSink)"/>, with the caller's scratch for candidate positions
    /// (at least <see cref="BlockSize"/> long): the hot path reuses one per thread, where stack space would be zeroed on every call.
    /// </summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink, int[] candidates)
        where TSink : struct, IMatchSink
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates.Length, BlockSize);
        int single = NextSingle(text, 0);
        for (int from = 0; from < text.Length; from += BlockSize)
        {
            int to = Math.Min(text.Length, from + BlockSize);
            int count = FindCandidates(text, from, to, candidates);
            int k = 0;
            while (true)
            {
                // The two lists merged in order of position; a position on both is verified once.
                int candidate = k < count ? candidates[k] : int.MaxValue;
                if (single < to && single <= candidate)
                {
                    if (single == candidate)
                    {
                        k++;
                    }

                    Report(_singleStates[text[single]], single, single + 1, ref sink);
                    if (single == candidate)
                    {
                        VerifyLonger(text, single, ref sink);
                    }

                    single = NextSingle(text, single + 1);
                }
                else if (k < count)
                {
                    k++;
                    VerifyLonger(text, candidate, ref sink);
                }
                else
                {
                    break;
                }
            }
        }
    }

    /// <summary>The position of the next one-character pattern at or after <paramref name="from"/>, or <see cref="int.MaxValue"/>.</summary>
    private int NextSingle(ReadOnlySpan<char> text, int from)
    {
        if (!_hasSingles || from >= text.Length)
        {
            return int.MaxValue;
        }

        int at = text[from..].IndexOfAny(_singleChars);
        return at < 0 ? int.MaxValue : from + at;
    }

    /// <summary>The first pass over positions [<paramref name="from"/>, <paramref name="to"/>): every position where a pattern may start.</summary>
    private int FindCandidates(ReadOnlySpan<char> text, int from, int to, Span<int> candidates)
    {
        ref ulong bigrams = ref MemoryMarshal.GetArrayDataReference(_bigramBits);
        ref int candidate = ref MemoryMarshal.GetReference(candidates);
        int count = 0;
        int i = from;
        int pairedEnd = Math.Min(to, text.Length - 1);
        if (i < pairedEnd)
        {
            uint first = text[i];
            for (; i < pairedEnd; i++)
            {
                uint second = text[i + 1];
                int h = (int)(((first * 0x9E3779B1u) ^ second) & (BigramBits - 1));

                // Indices are below 1024 by construction (16-bit values shifted by 6); shifts of a ulong take their count mod 64.
                ulong bit = Unsafe.Add(ref bigrams, h >> 6) >> h;
                Unsafe.Add(ref candidate, count) = i;
                count += (int)(bit & 1);
                first = second;
            }
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(char first, char second, char third) =>
        (int)(((((uint)first * 0x9E3779B1u) ^ second) * 0x85EBCA77u) ^ third) & (BigramBits - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(char first, char second) => (int)(((uint)first * 0x9E3779B1u) ^ second) & (BigramBits - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int PairSlot(uint key) => (int)((key * 0x9E3779B1u) >> 16) & _pairMask;

    /// <summary>Reports every pattern of two or more characters that starts at <paramref name="start"/> (a candidate, so not the last position), shortest first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void VerifyLonger<TSink>(ReadOnlySpan<char> text, int start, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        char first = text[start];

        // Most candidates are a context word's first two characters followed by something else, and two bit tests
        // (the bigram is a whole pattern; the trigram starts one) say so before the table is looked at.
        char second = text[start + 1];
        int h2 = Hash(first, second);
        bool pairPattern = (_pairOrTrigramBits[h2 >> 6] & (1UL << (h2 & 63))) != 0;
        bool longer = start + 2 < text.Length && IsTrigram(first, second, text[start + 2]);
        if (!pairPattern && !longer)
        {
            return;
        }

        uint key = (uint)first << 16 | second;
        var pairs = _pairs;
        int slot = PairSlot(key);
        while (true)
        {
            ref readonly var pair = ref pairs[slot];
            if (pair.State == 0)
            {
                return; // the hashes collided with a pattern's; no pattern starts with these two characters
            }

            if (pair.Key == key)
            {
                if (pair.EndsPattern)
                {
                    Report(pair.State, start, start + 2, ref sink);
                }

                if (longer)
                {
                    Walk(text, pair.State, start, ref sink);
                }

                return;
            }

            slot = (slot + 1) & _pairMask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsTrigram(char first, char second, char third)
    {
        int h = Hash(first, second, third);
        return (_pairOrTrigramBits[h >> 6] & (1UL << (h & 63))) != 0;
    }

    /// <summary>Walks on from the state after the first two characters, reporting every pattern that ends on the way.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Walk<TSink>(ReadOnlySpan<char> text, int state, int start, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var states = _states;
        var edges = _edges;
        for (int j = start + 2; j < text.Length; j++)
        {
            char c = text[j];
            ref readonly var record = ref states[state];
            int next = 0;
            for (int e = record.EdgeStart; e < record.EdgeEnd; e++)
            {
                if (edges[e].Char == c)
                {
                    next = edges[e].Target;
                    break;
                }
            }

            if (next == 0)
            {
                return;
            }

            state = next;
            Report(state, start, j + 1, ref sink);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Report<TSink>(int state, int start, int end, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        ref readonly var record = ref _states[state];
        for (int k = record.OutputStart; k < record.OutputEnd; k++)
        {
            sink.OnMatch(_outputs[k], start, end);
        }
    }
}

/// <param name="Key">The first two characters, first &lt;&lt; 16 | second.</param>
/// <param name="State">The trie state after them; 0 marks an empty slot.</param>
/// <param name="EndsPattern">Whether they are a whole pattern (the state's record knows too; kept here to spare a dependent load).</param>
internal readonly record struct PairEntry(uint Key, int State, bool EndsPattern);

/// <summary>A state of the matcher's trie: its edges and the patterns that end at it, as ranges.</summary>
internal readonly record struct StateRecord(int EdgeStart, int EdgeEnd, int OutputStart, int OutputEnd)
{
    public bool EndsPattern => OutputStart < OutputEnd;
}

/// <summary>An edge of the matcher's trie, labelled by the character it takes.</summary>
internal readonly record struct Edge(char Char, int Target);

/// <summary>Receives matches from a matcher's <c>Scan</c>.</summary>
internal interface IMatchSink
{
    void OnMatch(int pattern, int start, int end);
}
