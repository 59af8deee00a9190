using System.Collections.Frozen;

namespace GuidelineRules.Scanning;

/// <summary>Reads a host name in folded text, fanging defanged dots ([.], (dot), ドット, spaced dots) as it goes.</summary>
internal static class HostParser
{
    // Longer-than-two-letter TLDs a bare domain may end with; every two-letter label is taken as a ccTLD.
    private static readonly FrozenSet<string> KnownTopLevelDomains = FrozenSet.ToFrozenSet(
    [
        "com", "net", "org", "info", "biz", "xyz", "app", "dev", "site", "online", "top", "club", "shop", "store",
        "live", "tech", "blog", "link", "click", "page", "asia", "mobi", "name", "pro", "jobs", "travel", "tokyo",
        "osaka", "nagoya", "yokohama", "moe", "xxx", "porn", "adult", "sex", "sexy", "cam", "webcam", "dating",
        "love", "gov", "edu", "int", "mil", "fun", "icu", "vip", "work", "tube", "video", "media", "news", "wiki",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownLookup =
        KnownTopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] DotTokens = ["[.]", "(.)", "[dot]", "(dot)", "どっと", "."];

    /// <summary>Whether a defanged or spaced dot starts at <paramref name="at"/>; returns its length or 0.</summary>
    public static int MatchDot(ReadOnlySpan<char> text, int at, out bool defanged)
    {
        defanged = false;
        int i = at;
        bool spaced = i < text.Length && text[i] == ' ';
        if (spaced)
        {
            i++;
        }

        foreach (string dot in DotTokens)
        {
            if (text[i..].StartsWith(dot, StringComparison.Ordinal))
            {
                int end = i + dot.Length;
                bool trailingSpace = end < text.Length && text[end] == ' ';
                if (spaced != trailingSpace)
                {
                    return 0; // "a .b" or "a. b" is prose, not a host
                }

                if (trailingSpace)
                {
                    end++;
                }

                defanged = spaced || dot.Length > 1;
                return end - at;
            }
        }

        return 0;
    }

    /// <summary>
    /// Parses labels from <paramref name="start"/>, writing the fanged host to the workspace's canonical text.
    /// </summary>
    /// <returns>The folded end of the host, or -1 when it is not a plausible host.</returns>
    public static int Parse(Workspace workspace, ReadOnlySpan<char> text, int start, bool hasScheme, out bool defanged)
    {
        defanged = false;
        int i = start;
        int labels = 0;
        int lastLabelCanonicalStart = 0;
        while (true)
        {
            int labelStart = i;
            while (i < text.Length && IsLabelChar(text[i]))
            {
                i++;
            }

            if (i == labelStart)
            {
                return -1;
            }

            lastLabelCanonicalStart = workspace.CanonicalLength;
            workspace.AppendCanonical(text[labelStart..i]);
            labels++;

            if (i >= text.Length)
            {
                break;
            }

            int dot = MatchDot(text, i, out bool dotDefanged);
            if (dot == 0 || i + dot >= text.Length || !IsLabelChar(text[i + dot]))
            {
                break;
            }

            defanged |= dotDefanged;
            workspace.AppendCanonical('.');
            i += dot;
        }

        if (labels < 2)
        {
            return -1;
        }

        var tld = workspace.CanonicalChars.AsSpan(lastLabelCanonicalStart, workspace.CanonicalLength - lastLabelCanonicalStart);
        foreach (char c in tld)
        {
            if (!char.IsAsciiLetter(c))
            {
                return -1;
            }
        }

        bool plausible = KnownLookup.Contains(tld) || tld.Length == 2 || (hasScheme && tld.Length > 2);
        if (!plausible)
        {
            return -1;
        }

        return i;
    }

    public static bool IsLabelChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
