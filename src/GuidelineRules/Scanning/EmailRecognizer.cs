namespace GuidelineRules.Scanning;

/// <summary>E-mail addresses: <c>name@host</c>, with ＠ (folded), <c>(at)</c>, <c>[at]</c> and アットマーク.</summary>
internal sealed class EmailRecognizer : TokenRecognizer
{
    public override TokenKinds Kind => TokenKinds.Email;

    public override IReadOnlyList<string> Triggers { get; } = ["@", "(at)", "[at]", "あっとまーく"];

    public override int TryRecognize(Workspace workspace, int triggerStart, int triggerEnd)
    {
        var text = workspace.Normalized.Span;
        int localStart = triggerStart;
        while (localStart > 0 && IsLocalChar(text[localStart - 1]))
        {
            localStart--;
        }

        // "@user" mentions have no local part; "a.@b" is not an address.
        if (localStart == triggerStart || text[triggerStart - 1] == '.')
        {
            return -1;
        }

        int hostFrom = triggerEnd;
        if (hostFrom < text.Length && text[hostFrom] == ' ' && triggerEnd - triggerStart > 1)
        {
            hostFrom++; // "taro (at) example.com"
        }

        int canonicalStart = workspace.BeginCanonical();
        workspace.AppendCanonical(text[localStart..triggerStart].TrimEnd(' '));
        workspace.AppendCanonical('@');
        int hostStart = workspace.CanonicalLength - canonicalStart;
        int end = HostParser.Parse(workspace, text, hostFrom, hasScheme: false, out _);
        if (end < 0)
        {
            workspace.RollbackCanonical(canonicalStart);
            return -1;
        }

        AddToken(workspace, Kind, localStart, end, canonicalStart, hostStart, workspace.CanonicalLength - canonicalStart - hostStart);
        return end;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
