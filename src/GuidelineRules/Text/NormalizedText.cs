namespace GuidelineRules.Text;

/// <summary>A folded text and, for each folded character, the range of the original it came from.</summary>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    internal NormalizedText(string original, string folded, int[] starts, int[] ends)
    {
        Original = original;
        Folded = folded;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded text, for matching only.</summary>
    public string Folded { get; }

    /// <summary>Maps the folded range [<paramref name="start"/>, <paramref name="start"/>+<paramref name="length"/>) to the original.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is not inside <see cref="Folded"/>.</exception>
    public TextSpan MapToOriginal(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Folded.Length);
        if (length == 0)
        {
            int at = start < _starts.Length ? _starts[start] : Original.Length;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(_starts[start], _ends[start + length - 1]);
    }
}
