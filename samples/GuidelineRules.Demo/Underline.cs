namespace GuidelineRules.Demo;

/// <summary>Writes a source line and a ^~~~ underline beneath a diagnostic, counting wide (CJK) characters as two columns.</summary>
internal static class Underline
{
    public static void Write(TextWriter writer, string line, Diagnostic diagnostic)
    {
        int start = diagnostic.Start.Column - 1;
        int end = diagnostic.End.Line == diagnostic.Start.Line ? diagnostic.End.Column - 1 : line.Length;
        writer.WriteLine($"    {line}");
        writer.Write("    ");
        writer.Write(new string(' ', Width(line.AsSpan(0, Math.Min(start, line.Length)))));
        int width = Math.Max(1, Width(line.AsSpan(Math.Min(start, line.Length), Math.Max(0, Math.Min(end, line.Length) - start))));
        writer.WriteLine("^" + new string('~', width - 1));
    }

    private static int Width(ReadOnlySpan<char> text)
    {
        int width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                width += 2;
                i++;
            }
            else
            {
                width += IsWide(c) ? 2 : 1;
            }
        }

        return width;
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
