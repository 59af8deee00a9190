using System.Buffers;
using GuidelineRules.Text;

namespace GuidelineRules.Scanning;

/// <summary>
/// Runs of digits in groups: <c>090-1234-5678</c>, <c>(03)1234-5678</c>, <c>+81 90 1234 5678</c>,
/// <c>６２１４ ９８３２ ０２５７</c> (folded), <c>〇九〇の八七六五</c> (kanji numerals). The canonical text is
/// ASCII digits with <c>-</c> between groups and a leading <c>+</c> kept.
/// </summary>
internal sealed class DigitRunRecognizer : TokenRecognizer
{
    private const string KanjiDigits = "〇一二三四五六七八九";

    public override TokenKinds Kind => TokenKinds.DigitRun;

    /// <summary>Every character <see cref="DigitValue"/> knows: where digit runs start.</summary>
    private static readonly SearchValues<char> AnyDigit = SearchValues.Create("0123456789" + KanjiDigits + "零");

    public override IReadOnlyList<string> Triggers { get; } = [];

    public override bool TriggersOnDigitRuns => true;

    /// <summary>
    /// Adds to <paramref name="workspace"/> every run of ASCII digits and every run of kanji numerals in
    /// <paramref name="text"/>: a run that switches between the two starts a new one, so that a recognizer wanting
    /// only ASCII digits still sees the first of them.
    /// </summary>
    internal static void FindRuns(ReadOnlySpan<char> text, Workspace workspace)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOfAny(AnyDigit);
            if (at < 0)
            {
                return;
            }

            // Runs are short: a plain loop (IndexOfAnyExceptInRange on a slice was seen to allocate on .NET 10).
            int start = from + at;
            bool ascii = char.IsAsciiDigit(text[start]);
            int end = start + 1;
            while (end < text.Length && (ascii ? char.IsAsciiDigit(text[end]) : text[end] > '9' && AnyDigit.Contains(text[end])))
            {
                end++;
            }

            workspace.AddDigitRun(new PatternHit(-1, start, end));
            from = end;
        }
    }

    public override int TryRecognize(Workspace workspace, int triggerStart, int triggerEnd)
    {
        var text = workspace.Normalized.Span;
        int start = triggerStart;
        if (start > 0 && text[start - 1] == '(' )
        {
            start--;
        }
        else if (start > 0 && text[start - 1] == '+')
        {
            start--;
        }

        int canonicalStart = workspace.BeginCanonical();
        int i = start;
        int digits = 0;
        int lastDigitEnd = start;
        bool kanji = false;
        bool pendingSeparator = false;
        if (text[i] == '+')
        {
            workspace.AppendCanonical('+');
            i++;
        }

        while (i < text.Length)
        {
            char c = text[i];
            int value = DigitValue(c);
            if (value >= 0)
            {
                if (digits > 0 && pendingSeparator)
                {
                    workspace.AppendCanonical('-');
                }

                pendingSeparator = false;
                kanji |= c > '9';
                workspace.AppendCanonical((char)('0' + value));
                digits++;
                i++;
                lastDigitEnd = i;
                continue;
            }

            // One separator between groups; kanji numerals are also grouped with の.
            bool separator = c is '-' or ' ' or '(' or ')' or FoldTable.LongVowelMark || (kanji && c == 'の');
            if (separator && !pendingSeparator && i + 1 < text.Length && (DigitValue(text[i + 1]) >= 0 || (c == ')' && i + 2 < text.Length && text[i + 1] is '-' or ' ' && DigitValue(text[i + 2]) >= 0)))
            {
                pendingSeparator = true;
                i++;
                continue;
            }

            break;
        }

        // A lone kanji numeral (一人, 三日) is a word, not a number.
        if (digits < 2 || (kanji && digits < 4))
        {
            workspace.RollbackCanonical(canonicalStart);
            return lastDigitEnd;
        }

        AddToken(workspace, Kind, start, lastDigitEnd, canonicalStart);
        return lastDigitEnd;
    }

    /// <summary>The value of an ASCII, full-width-folded or kanji digit (〇一…九, 零), or -1.</summary>
    internal static int DigitValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        if (c == '零')
        {
            return 0;
        }

        int k = KanjiDigits.IndexOf(c, StringComparison.Ordinal);
        return k;
    }
}
