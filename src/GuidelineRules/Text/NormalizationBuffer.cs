using System.Runtime.CompilerServices;

namespace GuidelineRules.Text;

/// <summary>
/// Reusable storage for one folded text: the folded characters and, for each, the range of original
/// code units it came from. Reused across posts so that the hot path allocates nothing.
/// </summary>
/// <remarks>
/// Most folded characters come from exactly one original code unit, and in long runs: every character of a
/// run of kanji, kana or ASCII sits at the same distance from its original. The map is therefore kept as
/// segments in folded order rather than two offsets per character. A unit segment maps each folded index f at
/// or after its start to [f + delta, f + delta + 1); any other character (a composed sound mark, a surrogate
/// pair, a character of an expansion) is a segment of its own with an explicit range. Writing a run costs one
/// comparison instead of two stores per character; reading an offset is a binary search over a few segments,
/// done only for hits.
/// </remarks>
internal sealed class NormalizationBuffer
{
    private const int InitialCapacity = 1024;

    // No open unit segment: no character continues one.
    internal const int NoUnitDelta = int.MinValue;

    public char[] Chars = new char[InitialCapacity];
    public int Length;

    private int[] _segmentFolded = new int[16];
    private int[] _segmentOriginal = new int[16];

    // The original end of a single-character segment, or -1 for a unit segment.
    private int[] _segmentEnd = new int[16];
    private int _segmentCount;

    public ReadOnlySpan<char> Span => Chars.AsSpan(0, Length);

    /// <summary>Segments in the map; a text whose folding only shifts characters in place has one.</summary>
    internal int SegmentCount => _segmentCount;

    public void EnsureCapacity(int capacity)
    {
        if (Chars.Length < capacity)
        {
            Array.Resize(ref Chars, Math.Max(capacity, Chars.Length * 2));
        }
    }

    /// <summary>Empties the text and its map.</summary>
    public void Clear()
    {
        Length = 0;
        _segmentCount = 0;
    }

    /// <summary>
    /// Records that the folded character at <paramref name="folded"/> comes from [<paramref name="start"/>, <paramref name="end"/>);
    /// returns the delta a following character must have to continue the segment, or <see cref="NoUnitDelta"/>.
    /// The writer calls it only when the character does not continue the open unit segment.
    /// </summary>
    public int StartSegment(int folded, int start, int end)
    {
        if (_segmentCount == _segmentFolded.Length)
        {
            int size = _segmentCount * 2;
            Array.Resize(ref _segmentFolded, size);
            Array.Resize(ref _segmentOriginal, size);
            Array.Resize(ref _segmentEnd, size);
        }

        bool unit = end == start + 1;
        _segmentFolded[_segmentCount] = folded;
        _segmentOriginal[_segmentCount] = start;
        _segmentEnd[_segmentCount] = unit ? -1 : end;
        _segmentCount++;
        return unit ? start - folded : NoUnitDelta;
    }

    /// <summary>
    /// Moves the original end of the folded character at <paramref name="folded"/>, the last one written (a sound
    /// mark composed into it, ーー folded into one); returns <see cref="NoUnitDelta"/>, as it closes the unit segment.
    /// </summary>
    public int ExtendEnd(int folded, int end)
    {
        int last = _segmentCount - 1;
        if (_segmentFolded[last] == folded)
        {
            _segmentEnd[last] = end;
            return NoUnitDelta;
        }

        // The character closes the unit segment it was written in and becomes one of its own.
        StartSegment(folded, _segmentOriginal[last] + (folded - _segmentFolded[last]), end);
        _segmentEnd[_segmentCount - 1] = end;
        return NoUnitDelta;
    }

    /// <summary>The start in the original of the folded character at <paramref name="folded"/>.</summary>
    public int OriginalStart(int folded)
    {
        int s = FindSegment(folded);
        return _segmentEnd[s] < 0 ? _segmentOriginal[s] + (folded - _segmentFolded[s]) : _segmentOriginal[s];
    }

    /// <summary>The end (exclusive) in the original of the folded character at <paramref name="folded"/>.</summary>
    public int OriginalEnd(int folded)
    {
        int s = FindSegment(folded);
        return _segmentEnd[s] < 0 ? _segmentOriginal[s] + (folded - _segmentFolded[s]) + 1 : _segmentEnd[s];
    }

    /// <summary>Maps a folded range to the original range it came from.</summary>
    public GuidelineRules.TextSpan MapToOriginal(int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart)
        {
            int at = foldedStart < Length ? OriginalStart(foldedStart) : (Length == 0 ? 0 : OriginalEnd(Length - 1));
            return new GuidelineRules.TextSpan(at, 0);
        }

        return GuidelineRules.TextSpan.FromBounds(OriginalStart(foldedStart), OriginalEnd(foldedEnd - 1));
    }

    /// <summary>The last segment that starts at or before <paramref name="folded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindSegment(int folded)
    {
        if ((uint)folded >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(folded), folded, "The index is outside the folded text.");
        }

        int lo = 0, hi = _segmentCount - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (_segmentFolded[mid] <= folded)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
