using System.Net;

namespace GuidelineRules.Scanning;

/// <summary>IPv4 (dotted quad, each part 0-255) and IPv6 addresses, with digit lookarounds instead of \b.</summary>
internal sealed class IPAddressRecognizer : TokenRecognizer
{
    public override TokenKinds Kind => TokenKinds.IPAddress;

    public override IReadOnlyList<string> Triggers { get; } = ["::"];

    // An IPv4 address starts where a run of ASCII digits does: a digit after a digit is refused below anyway.
    public override bool TriggersOnDigitRuns => true;

    public override int TryRecognize(Workspace workspace, int triggerStart, int triggerEnd)
    {
        var text = workspace.Normalized.Span;
        return triggerEnd - triggerStart == 2 ? TryIPv6(workspace, text, triggerStart) : TryIPv4(workspace, text, triggerStart);
    }

    private int TryIPv4(Workspace workspace, ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.' || char.IsAsciiLetter(text[start - 1])))
        {
            return -1;
        }

        int i = start;
        for (int part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return -1;
                }

                i++;
            }

            int value = 0, digits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 4)
            {
                value = (value * 10) + (text[i] - '0');
                digits++;
                i++;
            }

            if (digits is 0 or > 3 || value > 255)
            {
                return -1;
            }
        }

        // "1.2.3.4.5" or "1.2.3.4a" is something else.
        if (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return -1;
        }

        int canonicalStart = workspace.BeginCanonical();
        workspace.AppendCanonical(text[start..i]);
        AddToken(workspace, Kind, start, i, canonicalStart);
        return i;
    }

    private int TryIPv6(Workspace workspace, ReadOnlySpan<char> text, int triggerStart)
    {
        int start = triggerStart;
        while (start > 0 && (char.IsAsciiHexDigit(text[start - 1]) || text[start - 1] == ':'))
        {
            start--;
        }

        int end = triggerStart;
        while (end < text.Length && (char.IsAsciiHexDigit(text[end]) || text[end] == ':'))
        {
            end++;
        }

        var candidate = text[start..end];
        if (candidate.Length < 3 || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) || !IPAddress.TryParse(candidate, out var address)
            || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return -1;
        }

        int canonicalStart = workspace.BeginCanonical();
        workspace.AppendCanonical(candidate);
        AddToken(workspace, Kind, start, end, canonicalStart);
        return end;
    }
}
