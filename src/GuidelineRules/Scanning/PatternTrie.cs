using System.Runtime.CompilerServices;

namespace GuidelineRules.Scanning;

/// <summary>
/// A trie of patterns over an alphabet of only the characters that occur in them (class 0: none does).
/// The root has a dense row; every other state keeps its few children in one small shared array, and
/// outputs are the patterns that end exactly at a state. The matchers build on it.
/// </summary>
internal sealed class PatternTrie
{
    public readonly ushort[] ClassOf = new ushort[65536];
    public readonly int[] Root;
    public readonly int[] EdgeStart;
    public readonly ushort[] EdgeClass;
    public readonly int[] EdgeTarget;
    public readonly int[] OutputStart;
    public readonly int[] Outputs;
    public readonly int[] PatternLengths;

    public PatternTrie(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        PatternLengths = new int[patterns.Count];
        int alphabet = 1;
        for (int p = 0; p < patterns.Count; p++)
        {
            string pattern = patterns[p];
            if (pattern.Length == 0)
            {
                throw new ArgumentException($"Pattern {p} is empty.", nameof(patterns));
            }

            PatternLengths[p] = pattern.Length;
            foreach (char c in pattern)
            {
                if (ClassOf[c] == 0)
                {
                    if (alphabet == ushort.MaxValue)
                    {
                        throw new ArgumentException("Patterns use more distinct characters than the matcher supports.", nameof(patterns));
                    }

                    ClassOf[c] = (ushort)alphabet++;
                }
            }
        }

        AlphabetSize = alphabet;

        // Insertion looks children up in one hash map keyed by (state, class) and records edges and outputs in flat
        // lists; a sorted list per state cost two fifths of the build's allocations (an object and two arrays for
        // each of some twenty thousand states). States are numbered in insertion order either way, and each state's
        // edges are sorted by class below, so the arrays are the ones a sorted list per state produced.
        int totalChars = 0;
        for (int p = 0; p < patterns.Count; p++)
        {
            totalChars += patterns[p].Length;
        }

        var childOf = new Dictionary<long, int>(totalChars);
        var edgeParent = new List<int>(totalChars);
        var edgeClass = new List<ushort>(totalChars);
        var outputState = new int[patterns.Count];
        int stateCount = 1;
        for (int p = 0; p < patterns.Count; p++)
        {
            int state = 0;
            foreach (char c in patterns[p])
            {
                ushort cls = ClassOf[c];
                long key = ((long)state << 16) | cls;
                if (!childOf.TryGetValue(key, out int next))
                {
                    next = stateCount++;
                    childOf.Add(key, next);
                    edgeParent.Add(state);
                    edgeClass.Add(cls);
                }

                state = next;
            }

            outputState[p] = state;
        }

        StateCount = stateCount;
        Root = new int[alphabet];
        EdgeStart = new int[StateCount + 1];
        EdgeClass = new ushort[StateCount];
        EdgeTarget = new int[StateCount];
        OutputStart = new int[StateCount + 1];

        // Edge i leads to state i + 1. Count each state's edges, then place them by parent, each run sorted by class.
        for (int e = 0; e < edgeParent.Count; e++)
        {
            int parent = edgeParent[e];
            if (parent == 0)
            {
                Root[edgeClass[e]] = e + 1;
            }
            else
            {
                EdgeStart[parent + 1]++;
            }
        }

        for (int s = 0; s < StateCount; s++)
        {
            EdgeStart[s + 1] += EdgeStart[s];
        }

        var fill = new int[StateCount];
        for (int e = 0; e < edgeParent.Count; e++)
        {
            int parent = edgeParent[e];
            if (parent != 0)
            {
                int at = EdgeStart[parent] + fill[parent]++;
                EdgeClass[at] = edgeClass[e];
                EdgeTarget[at] = e + 1;
            }
        }

        for (int s = 1; s < StateCount; s++)
        {
            int start = EdgeStart[s], count = EdgeStart[s + 1] - start;
            if (count > 1)
            {
                EdgeClass.AsSpan(start, count).Sort(EdgeTarget.AsSpan(start, count));
            }
        }

        // Outputs: the patterns ending at each state, in pattern order.
        for (int p = 0; p < outputState.Length; p++)
        {
            OutputStart[outputState[p] + 1]++;
        }

        for (int s = 0; s < StateCount; s++)
        {
            OutputStart[s + 1] += OutputStart[s];
        }

        Outputs = new int[patterns.Count];
        Array.Clear(fill);
        for (int p = 0; p < outputState.Length; p++)
        {
            int state = outputState[p];
            Outputs[OutputStart[state] + fill[state]++] = p;
        }
    }

    public int StateCount { get; }

    public int AlphabetSize { get; }

    /// <summary>The child of <paramref name="state"/> on class <paramref name="cls"/>, or 0 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int state, int cls)
    {
        if (state == 0)
        {
            return Root[cls];
        }

        int end = EdgeStart[state + 1];
        for (int e = EdgeStart[state]; e < end; e++)
        {
            if (EdgeClass[e] == cls)
            {
                return EdgeTarget[e];
            }
        }

        return 0;
    }
}
