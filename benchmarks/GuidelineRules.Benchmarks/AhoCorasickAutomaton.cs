using System.Runtime.CompilerServices;

using GuidelineRules.Scanning;

namespace GuidelineRules.Benchmarks;

/// <summary>
/// A multi-pattern matcher compiled once: an Aho-Corasick automaton over an alphabet of only the characters
/// that occur in patterns. The root has a dense row; every other state keeps its few children in one small
/// shared array and falls back along failure links. The whole automaton is a few kilobytes and stays in the
/// L1 cache, which measured faster here than a dense DFA whose rows miss the cache. Kept in the benchmarks as
/// the reference the library's <see cref="MultiPatternMatcher"/> was measured against (benchmarks/README.md).
/// Characters outside the alphabet (class 0) send the automaton back to the root without a table read.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    private readonly ushort[] _classOf;

    // One bit per character: "some pattern has it". 8 KB, so the common miss never touches _classOf.
    private readonly ulong[] _inAlphabet = new ulong[1024];
    private readonly int[] _root;
    private readonly int[] _edgeStart;
    private readonly ushort[] _edgeClass;
    private readonly int[] _edgeTarget;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;
    private readonly int[] _patternLengths;

    public AhoCorasickAutomaton(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _patternLengths = new int[patterns.Count];

        // Alphabet: class 0 is "no pattern has this character".
        _classOf = new ushort[65536];
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
                        throw new ArgumentException("Patterns use more distinct characters than the scanner supports.", nameof(patterns));
                    }

                    _classOf[c] = (ushort)alphabet++;
                    _inAlphabet[c >> 6] |= 1UL << (c & 63);
                }
            }
        }

        AlphabetSize = alphabet;

        // Trie.
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

        int stateCount = children.Count;
        StateCount = stateCount;
        _root = new int[alphabet];
        _edgeStart = new int[stateCount + 1];
        _edgeClass = new ushort[stateCount - 1];
        _edgeTarget = new int[stateCount - 1];
        int edges = 0;
        for (int s = 0; s < stateCount; s++)
        {
            _edgeStart[s] = edges;
            if (s == 0)
            {
                foreach (var (cls, child) in children[0])
                {
                    _root[cls] = child;
                }

                continue;
            }

            foreach (var (cls, child) in children[s])
            {
                _edgeClass[edges] = cls;
                _edgeTarget[edges] = child;
                edges++;
            }
        }

        _edgeStart[stateCount] = edges;

        // Breadth-first: failure links, and outputs merged along them.
        _fail = new int[stateCount];
        var outputs = new List<int>[stateCount];
        var order = new Queue<int>();
        outputs[0] = [];
        foreach (var (_, child) in children[0])
        {
            order.Enqueue(child);
        }

        while (order.Count > 0)
        {
            int state = order.Dequeue();
            outputs[state] = ownOutputs[state] is { } own ? [.. own] : [];
            outputs[state].AddRange(outputs[_fail[state]]);
            foreach (var (cls, child) in children[state])
            {
                _fail[child] = Step(_fail[state], cls);
                order.Enqueue(child);
            }
        }

        _outputStart = new int[stateCount + 1];
        int total = 0;
        for (int s = 0; s < stateCount; s++)
        {
            _outputStart[s] = total;
            total += outputs[s].Count;
        }

        _outputStart[stateCount] = total;
        _outputs = new int[total];
        for (int s = 0; s < stateCount; s++)
        {
            outputs[s].CopyTo(_outputs, _outputStart[s]);
        }
    }

    public int StateCount { get; }

    public int AlphabetSize { get; }

    public int PatternLength(int pattern) => _patternLengths[pattern];

    /// <summary>Finds every occurrence of every pattern, overlapping ones included, in order of end position.</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classOf = _classOf;
        var inAlphabet = _inAlphabet;
        var root = _root;
        var outputStart = _outputStart;
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((inAlphabet[c >> 6] & (1UL << (c & 63))) == 0)
            {
                state = 0;
                continue;
            }

            int cls = classOf[c];

            state = state == 0 ? root[cls] : Step(state, cls);
            int from = outputStart[state];
            int to = outputStart[state + 1];
            if (from != to)
            {
                Emit(ref sink, from, to, i + 1);
            }
        }
    }

    /// <summary>The state after reading a character of class <paramref name="cls"/> in <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step(int state, int cls)
    {
        var edgeStart = _edgeStart;
        var edgeClass = _edgeClass;
        while (state != 0)
        {
            int end = edgeStart[state + 1];
            for (int e = edgeStart[state]; e < end; e++)
            {
                if (edgeClass[e] == cls)
                {
                    return _edgeTarget[e];
                }
            }

            state = _fail[state];
        }

        return _root[cls];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Emit<TSink>(ref TSink sink, int from, int to, int end)
        where TSink : struct, IMatchSink
    {
        for (int k = from; k < to; k++)
        {
            int pattern = _outputs[k];
            sink.OnMatch(pattern, end - _patternLengths[pattern], end);
        }
    }
}
