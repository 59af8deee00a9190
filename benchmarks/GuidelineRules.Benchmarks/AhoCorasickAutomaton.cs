using System.Runtime.CompilerServices;
using GuidelineRules.Scanning;

namespace GuidelineRules.Benchmarks;

/// <summary>
/// Aho-Corasick over the library's <see cref="PatternTrie"/>: failure links and outputs merged along them.
/// The reference the library's <see cref="MultiPatternMatcher"/> was measured against (benchmarks/README.md);
/// a dense-DFA variant measured slower still, its rows missing the cache.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    private readonly PatternTrie _trie;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputs;

    public AhoCorasickAutomaton(IReadOnlyList<string> patterns)
    {
        _trie = new PatternTrie(patterns);
        int states = _trie.StateCount;
        _fail = new int[states];
        var outputs = new List<int>[states];
        outputs[0] = [];
        var queue = new Queue<int>();
        for (int cls = 1; cls < _trie.AlphabetSize; cls++)
        {
            if (_trie.Root[cls] != 0)
            {
                queue.Enqueue(_trie.Root[cls]);
            }
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            outputs[state] = [.. _trie.Outputs.AsSpan(_trie.OutputStart[state], _trie.OutputStart[state + 1] - _trie.OutputStart[state])];
            outputs[state].AddRange(outputs[_fail[state]]);
            for (int e = _trie.EdgeStart[state]; e < _trie.EdgeStart[state + 1]; e++)
            {
                int child = _trie.EdgeTarget[e];
                _fail[child] = Step(_fail[state], _trie.EdgeClass[e]);
                queue.Enqueue(child);
            }
        }

        _outputStart = new int[states + 1];
        var flat = new List<int>();
        for (int s = 0; s < states; s++)
        {
            _outputStart[s] = flat.Count;
            flat.AddRange(outputs[s]);
        }

        _outputStart[states] = flat.Count;
        _outputs = [.. flat];
    }

    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IMatchSink
    {
        var classOf = _trie.ClassOf;
        int state = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int cls = classOf[text[i]];
            state = cls == 0 ? 0 : Step(state, cls);
            for (int k = _outputStart[state]; k < _outputStart[state + 1]; k++)
            {
                int pattern = _outputs[k];
                sink.OnMatch(pattern, i + 1 - _trie.PatternLengths[pattern], i + 1);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step(int state, int cls)
    {
        while (true)
        {
            int next = _trie.Child(state, cls);
            if (next != 0 || state == 0)
            {
                return next;
            }

            state = _fail[state];
        }
    }
}
