using System.Collections.Frozen;

namespace GuidelineRules.Rules;

/// <summary>
/// 4(3), 5(2): someone else's personal information (GR2002). Digit runs are judged by shape and check digit
/// (<see cref="NumberChecks"/>): a mobile number always, a fixed line beside exposing words (晒す, 連絡先), a My
/// Number when its check digit holds or the post names it, a Luhn-valid card number; a 法人番号 and business
/// numbers are public, and allowlisted office numbers (the city hall's by default) are fine. A street address
/// counts beside exposing words and away from public places (市役所の住所は…); an identifiable person's
/// health or welfare (「田中さん、うつ病で休職」) counts too, and so do a list of people handed out (「参加者名簿、貼っとく」)
/// and someone's contact details handed out before any digit is written (「〇〇さんの家の住所と電話番号、載せとく」).
/// The fix masks the digits.
/// </summary>
public sealed class PersonalInformationRule : EvidenceRule
{
    private const int KeywordWindow = 40;
    private const int PlaceLookBehind = 14;
    private const int PersonWindow = 30;
    private const int ShareWindow = 30;

    /// <summary>GR2002.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.PersonalInformation,
        new("他人の個人情報", "Another person's personal information"),
        new("「{0}」: 他人の個人情報（電話番号・住所・個人番号・健康状態など）を発信しています", "'{0}' discloses another person's personal information (phone number, address, My Number, health)"),
        RuleCategories.Rights,
        "4(3), 5(2)",
        Severity.Error)
    {
        FixDescription = "mask the digits",
    };

    /// <summary>Creates the rule.</summary>
    public PersonalInformationRule() : base("PersonalInformationRule")
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
        registration.RegisterTokens(TokenKinds.DigitRun);
        base.Initialize(registration);
    }

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration)
    {
        var allowed = registration.Options.AllowedPhoneNumbers
            .Select(n => new string(n.Where(char.IsAsciiDigit).ToArray()))
            .Where(n => n.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        return new Judge(allowed).Analyze;
    }

    private sealed class Judge(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> allowedPhones)
    {
        public void Analyze(ref RuleContext context)
        {
            var matches = context.Matches;
            bool exposing = Has(matches, "exposing");
            foreach (var token in context.Tokens)
            {
                if (token.Kind != TokenKinds.DigitRun || IsPartOfCode(context.Folded, token))
                {
                    continue;
                }

                var canonical = context.GetCanonicalText(token);
                string? kind = NumberChecks.Classify(canonical) switch
                {
                    NumberKind.MobilePhone when !IsAllowed(canonical) => "phone",
                    NumberKind.FixedPhone when exposing && !IsAllowed(canonical) => "phone",
                    NumberKind.MyNumberValid => "my-number",
                    NumberKind.MyNumberInvalid when HasKeywordNear(matches, token) => "my-number",
                    NumberKind.CardNumber => "card",
                    NumberKind.None when exposing && IsStreetNumber(context.Folded, token, canonical) && !HasPublicPlaceBefore(matches, token) => "address",
                    _ => null,
                };
                if (kind is not null)
                {
                    var span = kind == "address" ? ExtendToPlaceName(context, token) : token.Span;
                    context.Report(Descriptor, span, MaskDigits(context, span, keepFirstGroup: kind == "phone"), Property("kind", kind));
                    return; // one finding per post; the fix masks that one
                }
            }

            for (int i = 0; i < matches.Length; i++)
            {
                var m = matches[i];
                if (m.Term.Kind == "health" && HasBefore(matches, m.Start, "person", PersonWindow))
                {
                    context.Report(Descriptor, m.Start, m.End, properties: Property("kind", "health"));
                    return;
                }

                // Someone's contact details handed out: 「〇〇さんの家の住所と電話番号、載せとく」 gives away what the
                // digits would, before any digit is written; the city's own address beside 載せとく names no one.
                if (m.Term.Kind == "contact" && HasNear(matches, m, "share", ShareWindow) && HasBefore(matches, m.Start, "person", PersonWindow))
                {
                    context.Report(Descriptor, m.Start, m.End, properties: Property("kind", "contact"));
                    return;
                }

                // A list of people is theirs to share: 「参加者名簿、貼っとく」 hands it out, 「名簿を更新しました」 does not.
                if (m.Term.Kind == "roster" && HasNear(matches, m, "share", ShareWindow))
                {
                    context.Report(Descriptor, m.Start, m.End, properties: Property("kind", "roster"));
                    return;
                }
            }
        }

        private bool IsAllowed(ReadOnlySpan<char> canonical)
        {
            Span<char> digits = stackalloc char[canonical.Length];
            int n = 0;
            foreach (char c in canonical)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[n++] = c;
                }
            }

            return allowedPhones.Contains(digits[..n]);
        }
    }

    // A run glued to letters or a code separator is a product or reference code (ABC-090-1234-5678), not a number.
    private static bool IsPartOfCode(ReadOnlySpan<char> folded, in Token token)
    {
        int before = token.FoldedStart - 1;
        int after = token.FoldedEnd;
        if (before >= 0 && (char.IsAsciiLetter(folded[before]) || folded[before] is '-' or '_' or '/' or '#' or '.'))
        {
            return true;
        }

        if (after >= folded.Length)
        {
            return false;
        }

        char next = folded[after];
        bool decimalPart = next == '.' && after + 1 < folded.Length && char.IsAsciiDigit(folded[after + 1]);
        return char.IsAsciiLetterOrDigit(next) || next is '_' or '/' || decimalPart;
    }

    private static bool HasKeywordNear(ReadOnlySpan<TermMatch> matches, in Token token)
    {
        return IndexNear(matches, token.FoldedStart, token.FoldedEnd, "my-number-keyword", KeywordWindow) >= 0;
    }

    // 番地: 9-9-9 or 99-99 right after a place name (…区打瀬, …9丁目), or 12番地 / 3番5号.
    private static bool IsStreetNumber(ReadOnlySpan<char> folded, in Token token, ReadOnlySpan<char> canonical)
    {
        if (canonical.Contains('+') || canonical.Length > 14)
        {
            return false;
        }

        int from = Math.Max(0, token.FoldedStart - PlaceLookBehind);
        var before = folded[from..token.FoldedStart];
        int stop = before.LastIndexOfAny(" 、。,\n");
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        bool afterPlace = before.IndexOfAny("区町村丁") >= 0 || before.EndsWith("目");
        bool grouped = canonical.Contains('-');
        var after = folded[token.FoldedEnd..];
        bool banchi = after.StartsWith("番地") || after.StartsWith("番") || after.StartsWith("号");
        return afterPlace && (grouped || banchi);
    }

    private static bool HasPublicPlaceBefore(ReadOnlySpan<TermMatch> matches, in Token token) =>
        HasBefore(matches, token.FoldedStart, "public-place", PersonWindow);

    // The reported address starts at its place name: back over the letters before the number, to a space or punctuation.
    private static TextSpan ExtendToPlaceName(in RuleContext context, in Token token)
    {
        var folded = context.Folded;
        int start = token.FoldedStart;
        while (start > 0 && token.FoldedStart - start < 20 && folded[start - 1] is not (' ' or '、' or '。' or ',' or '\n' or ':' or '!' or '?'))
        {
            start--;
        }

        var head = context.ToOriginal(start, token.FoldedStart);
        return new TextSpan(head.Start, token.Span.End - head.Start);
    }

    private static SuggestedFix MaskDigits(in RuleContext context, TextSpan span, bool keepFirstGroup)
    {
        var text = context.Original.Slice(span.Start, span.Length);
        var masked = new char[text.Length];
        bool keeping = keepFirstGroup;
        bool seenDigit = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool digit = char.IsDigit(c) || Scanning.DigitRunRecognizer.DigitValue(c) >= 0;
            if (keeping && seenDigit && !digit && c != '+')
            {
                keeping = false;
            }

            seenDigit |= digit;
            masked[i] = digit && !keeping ? '*' : c;
        }

        string title = context.Language == MessageLanguage.English ? "Mask the number" : "番号を伏せる";
        return new SuggestedFix(title, [new TextEdit(span, new string(masked))]);
    }
}
