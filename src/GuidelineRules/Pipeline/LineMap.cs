namespace GuidelineRules;

/// <summary>Line starts of a text, for 1-based line and UTF-16 column positions (\n, \r\n and \r end lines).</summary>
internal readonly struct LineMap
{
    private readonly List<int> _lineStarts;

    public LineMap(ReadOnlySpan<char> text)
    {
        _lineStarts = [0];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public LinePosition GetPosition(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }
}
