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
        var children = new List<SortedList<ushort, int>> { new() };
        var ownOutputs = new List<List<int>?> { null };
        for (int p = 0; p < patterns.Count; p++)
        {
            int state = 0;
            foreach (char c in patterns[p])
            {
                ushort cls = ClassOf[c];
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
        Root = new int[alphabet];
        EdgeStart = new int[StateCount + 1];
        EdgeClass = new ushort[StateCount];
        EdgeTarget = new int[StateCount];
        OutputStart = new int[StateCount + 1];
        var outputs = new List<int>();
        int edges = 0;
        for (int s = 0; s < StateCount; s++)
        {
            EdgeStart[s] = edges;
            OutputStart[s] = outputs.Count;
            if (ownOutputs[s] is { } own)
            {
                outputs.AddRange(own);
            }

            foreach (var (cls, child) in children[s])
            {
                if (s == 0)
                {
                    Root[cls] = child;
                }
                else
                {
                    EdgeClass[edges] = cls;
                    EdgeTarget[edges] = child;
                    edges++;
                }
            }
        }

        EdgeStart[StateCount] = edges;
        OutputStart[StateCount] = outputs.Count;
        Outputs = [.. outputs];
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
