using GuidelineRules.Scanning;

namespace GuidelineRules.Rules;

/// <summary>
/// 5(3): passwords, PINs, door codes, keys and tokens (GR2003), found the way gitleaks finds them: a keyword
/// (パスワード, 暗証番号, PW, AWS_SECRET_ACCESS_KEY) followed closely by a value of secret shape (4+ ASCII
/// characters or kanji digits, not a count or a date: 「8文字以上」「2024年」 are not secrets). There is no entropy threshold,
/// because human passwords (Welcome2024, 0815) are low-entropy. Known default pairs (admin / admin), hints that
/// give the secret away (パスは誕生日) and safe-dial combinations count alone. Public advice
/// (「パスワードの使い回しはやめましょう」) stays quiet. The fix masks the value.
/// </summary>
public sealed class CredentialRule : EvidenceRule
{
    private const int ValueWindow = 16;
    private const int MinimumValueLength = 4;
    private const int SetToWindow = 40;
    private const int AdviceWindow = 30;
    private const int DialWindow = 12;
    private const int MinimumKeyLength = 16;

    /// <summary>GR2003.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.Credential,
        new("パスワード・暗証番号などの秘密情報", "Password, PIN or secret key"),
        new("「{0}」: パスワードや暗証番号など、市のセキュリティを脅かす情報です", "'{0}' is a password, PIN or key that threatens the city's security"),
        RuleCategories.Security,
        "5(3)",
        Severity.Error)
    {
        FixDescription = "mask the secret",
    };

    /// <summary>Creates the rule.</summary>
    public CredentialRule() : base("CredentialRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration) => Analyze;

    private static void Analyze(ref RuleContext context)
    {
        var matches = context.Matches;
        var folded = context.Folded;
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            if (HasNear(matches, m, "advice", AdviceWindow) || IsQuoted(folded, m.Start, m.End))
            {
                continue;
            }

            switch (m.Term.Kind)
            {
                case "keyword" when IsWordBoundary(folded, m.Start, m.End):
                    var (start, end) = FindValue(folded, m.End);
                    if (start < 0)
                    {
                        (start, end) = FindValueSetLater(matches, folded, m.End);
                    }

                    if (start >= 0)
                    {
                        var span = context.ToOriginal(start, end);
                        context.Report(Descriptor, span, Mask(context, span), Property("secret", "value"));
                        return;
                    }

                    break;
                case "key-prefix" when (m.Start == 0 || !IsKeyChar(folded[m.Start - 1])) && KeyEnd(folded, m.End) is int keyEnd and > 0:
                    var key = context.ToOriginal(m.Start, keyEnd);
                    context.Report(Descriptor, key, Mask(context, key), Property("secret", "key"));
                    return;
                case "giveaway":
                case "dial" when FindFollowing(matches, m.End, "dial-turn", DialWindow) >= 0:
                    context.Report(Descriptor, m.Start, m.End, properties: Property("secret", m.Term.Kind));
                    return;
                default:
                    break;
            }
        }
    }

    // An ASCII keyword (pw, pin) must stand alone: not the end of "upward" or the start of "pinterest".
    private static bool IsWordBoundary(ReadOnlySpan<char> folded, int start, int end) =>
        !char.IsAsciiLetter(folded[start]) ||
        ((start == 0 || !char.IsAsciiLetter(folded[start - 1])) && (end >= folded.Length || !char.IsAsciiLetter(folded[end])));

    // gitleaks-style shape: a vendor prefix (AKIA, ghp_, sk-proj-, xoxb-) followed by a long run of key characters
    // with a digit in it; a word that merely starts with the prefix letters ("Asian") has neither.
    private static int KeyEnd(ReadOnlySpan<char> folded, int from)
    {
        int end = from;
        bool digit = false;
        while (end < folded.Length && IsKeyChar(folded[end]))
        {
            digit |= char.IsAsciiDigit(folded[end]);
            end++;
        }

        return end - from >= MinimumKeyLength && digit ? end : -1;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>The first secret-shaped value starting within <see cref="ValueWindow"/> characters after a keyword, or (-1, -1).</summary>
    private static (int Start, int End) FindValue(ReadOnlySpan<char> folded, int from)
    {
        int limit = Math.Min(folded.Length, from + ValueWindow);
        int i = from;
        while (i < limit)
        {
            if (!IsValueChar(folded[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < folded.Length && IsValueChar(folded[i]))
            {
                i++;
            }

            // A leading ':' or '=' joins the keyword to the value; trailing punctuation closes the sentence.
            while (start < i && folded[start] is ':' or '=')
            {
                start++;
            }

            int end = i;
            while (end > start && folded[end - 1] is '.' or ',' or ')')
            {
                end--;
            }

            bool counted = i < folded.Length && folded[i] is '文' or '桁' or '年' or '月' or '日' or '回' or '時' or '分' or '円' or '歳' or '人' or '件' or '個';
            if (end - start >= MinimumValueLength && !counted && !IsWord(folded[start..end]) && !IsMasked(folded[start..end]))
            {
                return (start, end);
            }
        }

        return (-1, -1);
    }

    // 「暗証番号、…1234に変えた」: the value comes at the end of the clause, right before a verb of setting it.
    private static (int Start, int End) FindValueSetLater(ReadOnlySpan<TermMatch> matches, ReadOnlySpan<char> folded, int from)
    {
        int setTo = FindFollowing(matches, from, "set-to", SetToWindow);
        if (setTo < 0)
        {
            return (-1, -1);
        }

        int end = matches[setTo].Start;
        int start = end;
        while (start > from && IsValueChar(folded[start - 1]))
        {
            start--;
        }

        bool sameSentence = folded[from..start].IndexOfAny('。', '\n') < 0;
        return sameSentence && end - start >= MinimumValueLength && !IsWord(folded[start..end]) && !IsMasked(folded[start..end]) ? (start, end) : (-1, -1);
    }

    // ASCII, or kanji digits (「暗証番号は二五八〇」): a PIN read out in kanji is the same PIN.
    private static bool IsValueChar(char c) =>
        (c is > ' ' and < '\u007F' && c is not ('(' or '「' or '『')) || (c > '\u007F' && DigitRunRecognizer.DigitValue(c) >= 0);

    // A plain English word after the keyword ("password reset", "pin code") is prose, not a secret: a value has a digit or a symbol.
    private static bool IsWord(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // A value already hidden (********, xxxx, ●●●●: the fix's own output, or a careful poster) is no secret.
    private static bool IsMasked(ReadOnlySpan<char> value) =>
        value.IndexOfAnyExcept('*') < 0 || value.IndexOfAnyExcept('x') < 0 || value.IndexOfAnyExcept('#') < 0;

    private static SuggestedFix Mask(in RuleContext context, TextSpan span) =>
        new(context.Language == MessageLanguage.English ? "Mask the secret" : "秘密情報を伏せる", [new TextEdit(span, "********")]);
}
