namespace GuidelineRules.Scanning;

/// <summary>
/// URLs and bare domains, including defanged ones: <c>hxxp://</c>, <c>ttp://</c>, <c>[.]</c>, <c>(dot)</c>, <c>ドット</c>,
/// spaced dots (<c>example . porn</c>), full-width and spelled-out forms (folded before we see them).
/// The canonical text is the fanged, lower-case URL; the host is kept apart for domain lists.
/// </summary>
internal sealed class UrlRecognizer : TokenRecognizer
{
    // "ttp://" drops the h so that the link is not made clickable, an old forum habit; the host's dot finds it.
    private static readonly string[] SchemeSpellings = ["http", "hxxp", "h**p", "h__p", "ttp"];

    public override TokenKinds Kind => TokenKinds.Url;

    public override IReadOnlyList<string> Triggers { get; } = ["http", "hxxp", "h**p", "h__p", ".", "[.]", "(.)", "[dot]", "(dot)", "どっと"];

    public override int TryRecognize(Workspace workspace, int triggerStart, int triggerEnd)
    {
        var text = workspace.Normalized.Span;
        int start = FindStart(text, triggerStart);
        if (start < 0)
        {
            return -1;
        }

        int canonicalStart = workspace.BeginCanonical();
        int i = start;
        bool hasScheme = false;
        foreach (string scheme in SchemeSpellings)
        {
            if (text[i..].StartsWith(scheme, StringComparison.Ordinal))
            {
                int j = i + scheme.Length;
                bool secure = j < text.Length && text[j] == 's';
                if (secure)
                {
                    j++;
                }

                int separator = MatchSchemeSeparator(text, j);
                if (separator > 0)
                {
                    workspace.AppendCanonical(secure ? "https://" : "http://");
                    i = j + separator;
                    hasScheme = true;
                }

                break;
            }
        }

        int hostStart = workspace.CanonicalLength - canonicalStart;
        int hostEnd = HostParser.Parse(workspace, text, i, hasScheme, out bool defanged);
        if (hostEnd < 0)
        {
            workspace.RollbackCanonical(canonicalStart);
            return -1;
        }

        int hostLength = workspace.CanonicalLength - canonicalStart - hostStart;
        i = hostEnd;

        // Port.
        if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            workspace.AppendCanonical(':');
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                workspace.AppendCanonical(text[i++]);
            }
        }

        // Path, query and fragment: printable ASCII up to white space or a closing bracket.
        int pathStart = i;
        if (defanged && i + 2 < text.Length && text[i] == ' ' && text[i + 1] == '/' && text[i + 2] == ' ')
        {
            i += 3; // "example . porn / free"
            workspace.AppendCanonical('/');
            pathStart = i;
        }
        else if (i < text.Length && (text[i] == '/' || text[i] == '?'))
        {
            pathStart = i;
        }
        else
        {
            pathStart = -1;
        }

        if (pathStart >= 0)
        {
            while (i < text.Length && IsPathChar(text[i]))
            {
                workspace.AppendCanonical(text[i++]);
            }
        }

        AddToken(workspace, Kind, start, i, canonicalStart, hostStart, hostLength);
        return i;
    }

    private static int FindStart(ReadOnlySpan<char> text, int triggerStart)
    {
        if (text[triggerStart] == 'h')
        {
            // A scheme inside a longer word ("xhttp") is not a scheme.
            return triggerStart > 0 && char.IsAsciiLetterOrDigit(text[triggerStart - 1]) ? -1 : triggerStart;
        }

        // A dot: the URL starts at the label before it (and at a scheme before that).
        int s = triggerStart;
        if (s > 0 && text[s - 1] == ' ')
        {
            s--; // spaced dot
        }

        int labelEnd = s;
        while (s > 0 && IsLabelChar(text[s - 1]))
        {
            s--;
        }

        if (s == labelEnd)
        {
            return -1;
        }

        int schemeEnd = s;
        int separator = 0;
        if (schemeEnd >= 3 && text[(schemeEnd - 3)..schemeEnd].SequenceEqual("://"))
        {
            separator = 3;
        }
        else if (schemeEnd >= 5 && text[(schemeEnd - 5)..schemeEnd].SequenceEqual("[:]//"))
        {
            separator = 5;
        }

        if (separator > 0)
        {
            int schemeStart = schemeEnd - separator;
            while (schemeStart > 0 && (char.IsAsciiLetter(text[schemeStart - 1]) || text[schemeStart - 1] is '*' or '_'))
            {
                schemeStart--;
            }

            if (schemeStart < schemeEnd - separator)
            {
                return schemeStart;
            }
        }

        return s;
    }

    private static int MatchSchemeSeparator(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..];
        if (rest.StartsWith("://", StringComparison.Ordinal))
        {
            return 3;
        }

        return rest.StartsWith("[:]//", StringComparison.Ordinal) ? 5 : 0;
    }

    private static bool IsPathChar(char c) => c is > ' ' and < '\u007F' and not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}');
}
