namespace GuidelineRules;

/// <summary>
/// The <c>guideline-disable</c> / <c>guideline-enable</c> / <c>guideline-disable-next-line</c> comments of a text, in
/// HTML or Markdown comments (<c>&lt;!-- … --&gt;</c>) or in lines starting with <c>#</c> or <c>//</c>, with the
/// ranges of the text each one switches rules off in.
/// </summary>
internal sealed class InlineSuppressions
{
    public const string Marker = "guideline-";
    private const string DisableNextLine = "disable-next-line";
    private const string Disable = "disable";
    private const string Enable = "enable";

    private InlineSuppressions()
    {
    }

    public List<Directive> Directives { get; } = [];

    public List<SuppressedRange> Ranges { get; } = [];

    /// <summary>An ID a directive names that no rule of the pipeline declares.</summary>
    public List<(TextSpan Span, string Id)> UnknownIds { get; } = [];

    /// <summary>Finds the directives of <paramref name="text"/>; IDs not in <paramref name="knownIds"/> are collected, not applied.</summary>
    public static InlineSuppressions Parse(ReadOnlySpan<char> text, Func<string, bool> knownIds)
    {
        var result = new InlineSuppressions();
        var open = new List<SuppressedRange>();
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            at += from;
            from = at + Marker.Length;
            int commentEnd = CommentEnd(text, at);
            if (commentEnd < 0)
            {
                continue; // the words outside a comment are just words
            }

            var rest = text[from..commentEnd];
            string kind = rest.StartsWith(DisableNextLine, StringComparison.Ordinal) ? DisableNextLine
                : rest.StartsWith(Disable, StringComparison.Ordinal) ? Disable
                : rest.StartsWith(Enable, StringComparison.Ordinal) ? Enable
                : string.Empty;
            if (kind.Length == 0 || (rest.Length > kind.Length && !IsSeparator(rest[kind.Length])))
            {
                continue;
            }

            // IDs: words of letters then digits, separated by spaces or commas, up to the end of the comment or a "--".
            var ids = new List<string>();
            int unknown = 0;
            int i = from + kind.Length;
            int directiveEnd = i;
            while (i < commentEnd)
            {
                while (i < commentEnd && IsSeparator(text[i]))
                {
                    i++;
                }

                int start = i;
                while (i < commentEnd && !IsSeparator(text[i]) && !(text[i] == '-' && i + 1 < commentEnd && text[i + 1] == '-'))
                {
                    i++;
                }

                var word = text[start..i];
                if (word.IsEmpty)
                {
                    break;
                }

                directiveEnd = i;
                string id = word.ToString().ToUpperInvariant();
                if (knownIds(id))
                {
                    ids.Add(id);
                }
                else
                {
                    result.UnknownIds.Add((new TextSpan(start, i - start), word.ToString()));
                    unknown++;
                }
            }

            if (ids.Count == 0 && unknown > 0)
            {
                continue; // only unknown IDs: switching every rule off instead would hide more than asked
            }

            var directive = new Directive(result.Directives.Count, kind, ids.Count == 0 ? null : ids, TextSpan.FromBounds(at, directiveEnd), LineOf(text, at));
            result.Directives.Add(directive);
            switch (kind)
            {
                case DisableNextLine:
                    int next = NextLineStart(text, commentEnd);
                    if (next < text.Length)
                    {
                        result.Ranges.Add(new SuppressedRange(next, LineEnd(text, next), directive, null));
                    }

                    break;
                case Disable:
                    open.Add(new SuppressedRange(commentEnd, text.Length, directive, null));
                    break;
                default:
                    Close(open, result.Ranges, at, directive.Ids);
                    break;
            }
        }

        result.Ranges.AddRange(open);
        return result;
    }

    /// <summary>The range that switches <paramref name="diagnostic"/> off, or <see langword="null"/>.</summary>
    public SuppressedRange? Find(Diagnostic diagnostic)
    {
        foreach (var range in Ranges)
        {
            if (diagnostic.Span.Start >= range.Start && diagnostic.Span.Start < range.End && range.Covers(diagnostic.Id))
            {
                return range;
            }
        }

        return null;
    }

    // An enable closes what it names: the whole of an open range, or some IDs of it (the rest goes on).
    private static void Close(List<SuppressedRange> open, List<SuppressedRange> closed, int at, List<string>? ids)
    {
        for (int r = open.Count - 1; r >= 0; r--)
        {
            var range = open[r];
            var enabled = ids is null ? null : ids.Where(range.Covers).ToList();
            if (ids is not null && enabled!.Count == 0)
            {
                continue;
            }

            open.RemoveAt(r);
            closed.Add(range with { End = at });
            if (ids is not null)
            {
                var excluded = new HashSet<string>(range.Excluded ?? [], StringComparer.Ordinal);
                excluded.UnionWith(enabled!);
                var rest = new SuppressedRange(at, range.End, range.Directive, excluded);
                if (range.Directive.Ids is null || range.Directive.Ids.Any(rest.Covers))
                {
                    open.Add(rest);
                }
            }
        }
    }

    // Where the comment holding the marker at "at" ends, or -1 when the marker is not in a comment.
    private static int CommentEnd(ReadOnlySpan<char> text, int at)
    {
        int lineStart = text[..at].LastIndexOfAny('\n', '\r') + 1;
        int lineEnd = LineEnd(text, at);
        var head = text[lineStart..at].TrimStart();
        if (head.StartsWith("#", StringComparison.Ordinal) || head.StartsWith("//", StringComparison.Ordinal))
        {
            return lineEnd;
        }

        int htmlOpen = text[..at].LastIndexOf("<!--", StringComparison.Ordinal);
        if (htmlOpen < 0 || text[htmlOpen..at].Contains("-->", StringComparison.Ordinal))
        {
            return -1;
        }

        int close = text[at..].IndexOf("-->", StringComparison.Ordinal);
        return close < 0 ? text.Length : at + close + 3;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == ',';

    private static int LineEnd(ReadOnlySpan<char> text, int from)
    {
        int end = text[from..].IndexOfAny('\n', '\r');
        return end < 0 ? text.Length : from + end;
    }

    private static int NextLineStart(ReadOnlySpan<char> text, int from)
    {
        int end = LineEnd(text, from);
        if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n')
        {
            return end + 2;
        }

        return Math.Min(end + 1, text.Length);
    }

    private static int LineOf(ReadOnlySpan<char> text, int at) => text[..at].Count('\n') + 1;

    /// <summary>One comment: its kind, the IDs it names (null: every rule), where it is.</summary>
    internal sealed record Directive(int Index, string Kind, List<string>? Ids, TextSpan Span, int Line)
    {
        public string Justification => Ids is null ? $"guideline-{Kind} (line {Line})" : $"guideline-{Kind} {string.Join(' ', Ids)} (line {Line})";
    }

    /// <summary>Offsets [Start, End) where a directive switches its IDs (minus the re-enabled ones) off.</summary>
    internal sealed record SuppressedRange(int Start, int End, Directive Directive, HashSet<string>? Excluded)
    {
        public bool Covers(string id) =>
            (Directive.Ids is null || Directive.Ids.Contains(id, StringComparer.OrdinalIgnoreCase)) && !(Excluded?.Contains(id) ?? false);
    }
}
