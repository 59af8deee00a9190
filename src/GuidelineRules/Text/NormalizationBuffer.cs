namespace GuidelineRules.Text;

/// <summary>
/// Reusable storage for one folded text: the folded characters and, for each, the range of original
/// code units it came from. Reused across posts so that the hot path allocates nothing.
/// </summary>
internal sealed class NormalizationBuffer
{
    private const int InitialCapacity = 1024;

    public char[] Chars = new char[InitialCapacity];
    public int[] Starts = new int[InitialCapacity];
    public int[] Ends = new int[InitialCapacity];
    public int Length;

    public ReadOnlySpan<char> Span => Chars.AsSpan(0, Length);

    public void EnsureCapacity(int capacity)
    {
        if (Chars.Length >= capacity)
        {
            return;
        }

        int size = Math.Max(capacity, Chars.Length * 2);
        Array.Resize(ref Chars, size);
        Array.Resize(ref Starts, size);
        Array.Resize(ref Ends, size);
    }

    /// <summary>Maps a folded range to the original range it came from.</summary>
    public GuidelineRules.TextSpan MapToOriginal(int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart)
        {
            int at = foldedStart < Length ? Starts[foldedStart] : (Length == 0 ? 0 : Ends[Length - 1]);
            return new GuidelineRules.TextSpan(at, 0);
        }

        return GuidelineRules.TextSpan.FromBounds(Starts[foldedStart], Ends[foldedEnd - 1]);
    }
}
