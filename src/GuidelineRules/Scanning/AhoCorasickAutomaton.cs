using System.Runtime.CompilerServices;

namespace GuidelineRules.Scanning;

/// <summary>
/// A multi-pattern matcher compiled once: an Aho-Corasick automaton turned into a dense DFA over an
/// alphabet of only the characters that occur in patterns. Characters outside the alphabet (class 0)
/// send the automaton back to the root without a table read, which is most characters of most posts.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    private readonly ushort[] _classOf;
    private readonly int _alphabetSize;
    // State IDs fit in 16 bits (checked when building): half the table, twice the states in cache.
    private readonly ushort[] _delta;
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
                }
            }
        }

        _alphabetSize = alphabet;

        // Trie.
        var children = new List<Dictionary<ushort, int>> { new() };
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
        long cells = (long)stateCount * _alphabetSize;
        if (stateCount > ushort.MaxValue || cells > 256_000_000)
        {
            throw new ArgumentException($"The patterns compile to {stateCount} states × {_alphabetSize} characters, more than the scanner's table allows (65,535 states).", nameof(patterns));
        }

        // Breadth-first: failure links, the full transition table, and outputs merged along failure links.
        _delta = new ushort[cells];
        var fail = new int[stateCount];
        var outputs = new List<int>[stateCount];
        var order = new int[stateCount];
        int head = 0, tail = 0;
        outputs[0] = [];
        foreach (var (cls, child) in children[0])
        {
            _delta[cls] = (ushort)child;
            fail[child] = 0;
            order[tail++] = child;
        }

        while (head < tail)
        {
            int state = order[head++];
            outputs[state] = ownOutputs[state] is { } own ? [.. own] : [];
            outputs[state].AddRange(outputs[fail[state]]);

            int row = state * _alphabetSize;
            int failRow = fail[state] * _alphabetSize;
            Array.Copy(_delta, failRow, _delta, row, _alphabetSize);
            _delta[row] = 0;
            foreach (var (cls, child) in children[state])
            {
                fail[child] = _delta[failRow + cls];
                _delta[row + cls] = (ushort)child;
                order[tail++] = child;
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

        StateCount = stateCount;
    }

    public int StateCount { get; }

    public int AlphabetSize => _alphabetSize;

    public int PatternLength(int pattern) => _patternLengths[pattern];

    /// <summary>Finds every occurrence of every pattern, overlapping ones included, in order of end position.</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classOf = _classOf;
        var delta = _delta;
        var outputStart = _outputStart;
        int alphabetSize = _alphabetSize;
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cls = classOf[text[i]];
            if (cls == 0)
            {
                state = 0;
                continue;
            }

            state = delta[(state * alphabetSize) + cls];
            int from = outputStart[state];
            int to = outputStart[state + 1];
            if (from != to)
            {
                Emit(ref sink, from, to, i + 1);
            }
        }
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

/// <summary>Receives matches from <see cref="AhoCorasickAutomaton.Scan{TSink}"/>.</summary>
internal interface IMatchSink
{
    void OnMatch(int pattern, int start, int end);
}
