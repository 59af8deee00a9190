namespace GuidelineRules.Rules;

/// <summary>
/// 5(3): information that helps an attacker (GR2013): private IP addresses of the office's systems (beside
/// 庁内, サーバー, 接続先…, not a home router), internal host names (*.local, jinji-db01, \\fs02\…), admitted
/// weaknesses (「SQLインジェクション通る」「死角になってる」「更新プログラム止まってる」) and guard or patrol
/// schedules. Security advice and training posts stay quiet.
/// </summary>
public sealed class SecurityExposureRule : EvidenceRule
{
    private const int HomeWindow = 25;
    private const int AdviceWindow = 30;
    private const int ScheduleWindow = 12;
    private const int GuardWindow = 30;

    /// <summary>GR2013.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.SecurityExposure,
        new("システム・庁舎のセキュリティ情報", "Internal systems or security weaknesses"),
        new("「{0}」: 内部のシステム情報や弱点など、市のセキュリティを脅かすおそれがある情報です", "'{0}' exposes internal systems or weaknesses and may threaten the city's security"),
        RuleCategories.Security,
        "5(3)",
        Severity.Error);

    /// <summary>Creates the rule.</summary>
    public SecurityExposureRule() : base("SecurityExposureRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc/>
    protected override RuleDescriptor? ExtraTermDescriptor => Descriptor;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterTokens(TokenKinds.IPAddress);
        base.Initialize(registration);
    }

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    // A suffix such as .lan or .corp ends a host name: in "options.Language" or "window.localStorage" it is the start of a word.
    private static bool IsCutSuffix(ReadOnlySpan<char> folded, in TermMatch m) =>
        folded[m.Start] == '.' && m.End < folded.Length && (char.IsAsciiLetterOrDigit(folded[m.End]) || folded[m.End] == '_');

    // A UNC path (\\fileserver01\share) names a host inside the network; two backslashes before anything shorter do not.
    private static bool IsBareUncPrefix(ReadOnlySpan<char> folded, in TermMatch m)
    {
        if (folded[m.Start] != '\\')
        {
            return false;
        }

        int end = m.End;
        while (end < folded.Length && IsHostChar(folded[end]))
        {
            end++;
        }

        // "\\n" in a snippet is an escape; a server's name starts with a letter and has a few characters.
        return end - m.End < 3 || !char.IsAsciiLetter(folded[m.End]);
    }

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        var folded = context.Folded;
        if (Has(matches, "internal"))
        {
            foreach (var token in context.Tokens)
            {
                if (token.Kind == TokenKinds.IPAddress && IsPrivate(context.GetCanonicalText(token))
                    && IndexNear(matches, token.FoldedStart, token.FoldedEnd, "home", HomeWindow) < 0)
                {
                    context.Report(Descriptor, token.Span, properties: Property("exposure", "ip-address"));
                    return;
                }
            }
        }

        foreach (var m in matches)
        {
            if (HasNear(matches, m, "advice", AdviceWindow))
            {
                continue;
            }

            switch (m.Term.Kind)
            {
                case "host" when !IsCutSuffix(folded, m) && !IsBareUncPrefix(folded, m):
                    // After a UNC path's backslashes, the name that follows them.
                    var (start, end) = ExtendToHostName(folded, folded[m.Start] == '\\' ? m.End : m.Start, m.End);
                    context.Report(Descriptor, start, end, properties: Property("exposure", "host"));
                    return;
                case "weakness":
                case "patrol" when HasTimeAfter(folded, m.End):
                    context.Report(Descriptor, m.Start, m.End, properties: Property("exposure", m.Term.Kind));
                    return;
                // 巡回 and 見回り are also public services (移動図書館の巡回, 地域の見回り): their timetable is
                // a guard schedule only beside a guard, the building at night, or an unguarded gap.
                case "round" when HasTimeAfter(folded, m.End) && HasNear(matches, m, "guarded", GuardWindow):
                    context.Report(Descriptor, m.Start, m.End, properties: Property("exposure", "patrol"));
                    return;
                default:
                    break;
            }
        }
    }

    // RFC 1918 ranges; loopback and link-local are harmless.
    private static bool IsPrivate(ReadOnlySpan<char> address)
    {
        Span<Range> parts = stackalloc Range[5];
        if (address.Split(parts, '.') != 4 || !int.TryParse(address[parts[0]], out int a) || !int.TryParse(address[parts[1]], out int b))
        {
            return false;
        }

        return a == 10 || (a == 172 && b is >= 16 and <= 31) || (a == 192 && b == 168);
    }

    private static bool HasTimeAfter(ReadOnlySpan<char> folded, int from)
    {
        var window = folded[from..Math.Min(folded.Length, from + ScheduleWindow)];
        int hour = window.IndexOf('時');
        return hour > 0 && char.IsAsciiDigit(window[hour - 1]);
    }

    // A host-name hint (.local, -db01) is reported as the whole name it sits in.
    private static (int Start, int End) ExtendToHostName(ReadOnlySpan<char> folded, int start, int end)
    {
        while (start > 0 && IsHostChar(folded[start - 1]))
        {
            start--;
        }

        while (end < folded.Length && IsHostChar(folded[end]))
        {
            end++;
        }

        while (end > start && folded[end - 1] is '.' or '-')
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
