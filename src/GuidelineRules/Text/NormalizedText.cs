namespace GuidelineRules.Text;

/// <summary>A folded text and, for each folded character, the range of the original it came from.</summary>
public sealed class NormalizedText
{
    private readonly NormalizationBuffer _buffer;

    internal NormalizedText(string original, NormalizationBuffer buffer)
    {
        Original = original;
        Folded = new string(buffer.Span);
        _buffer = buffer;
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
        return _buffer.MapToOriginal(start, start + length);
    }
}
