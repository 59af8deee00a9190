namespace GuidelineRules.Rules;

/// <summary>What a run of digits is, judged by the Japanese numbering plan and the check digits of ID numbers.</summary>
internal enum NumberKind
{
    None,

    /// <summary>070/080/090/060 mobile or 050 IP phone: a person's own line.</summary>
    MobilePhone,

    /// <summary>A 10-digit fixed line (home or business).</summary>
    FixedPhone,

    /// <summary>0120/0800 toll-free, 0570 navi-dial, 0990: business numbers, public by design.</summary>
    BusinessPhone,

    /// <summary>12 digits with a valid My Number (個人番号) check digit.</summary>
    MyNumberValid,

    /// <summary>12 digits that fail the My Number check digit: a My Number only if the post says so.</summary>
    MyNumberInvalid,

    /// <summary>13 digits with a valid 法人番号 check digit: public data.</summary>
    CorporateNumber,

    /// <summary>A card brand's prefix and length, passing Luhn.</summary>
    CardNumber,
}

/// <summary>
/// Classifies canonical digit runs (<c>090-1234-5678</c>, <c>+81-90-1234-5678</c>, <c>621498320257</c>): grouping,
/// length and prefix by the numbering plan (libphonenumber's JP metadata), mod-11 for My Number
/// (総務省令第八十五号 第五条), mod-9 for 法人番号, Luhn for cards.
/// </summary>
internal static class NumberChecks
{
    /// <summary>Classifies <paramref name="canonical"/>: ASCII digits, <c>-</c> between groups, an optional leading <c>+</c>.</summary>
    public static NumberKind Classify(ReadOnlySpan<char> canonical)
    {
        Span<char> digits = stackalloc char[24];
        Span<int> groups = stackalloc int[8];
        int count = 0, groupCount = 0, groupLength = 0;
        bool international = canonical.Length > 0 && canonical[0] == '+';
        foreach (char c in canonical)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return NumberKind.None;
                }

                digits[count++] = c;
                groupLength++;
            }
            else if (c == '-')
            {
                if (groupCount == groups.Length - 1)
                {
                    return NumberKind.None;
                }

                groups[groupCount++] = groupLength;
                groupLength = 0;
            }
        }

        groups[groupCount++] = groupLength;
        return Classify(digits[..count], groups[..groupCount], international);
    }

    private static NumberKind Classify(ReadOnlySpan<char> digits, ReadOnlySpan<int> groups, bool international)
    {
        if (international)
        {
            // +81 then the national number without its trunk 0 (a stray 0 after +81 is tolerated).
            if (!digits.StartsWith("81") || groups[0] != 2)
            {
                return NumberKind.None;
            }

            Span<char> national = stackalloc char[digits.Length];
            national[0] = '0';
            var rest = digits[2..];
            if (rest.Length > 0 && rest[0] == '0')
            {
                rest = rest[1..];
            }

            rest.CopyTo(national[1..]);
            return ClassifyPhone(national[..(rest.Length + 1)], groups[1..]);
        }

        if (digits.Length is 10 or 11 && digits[0] == '0')
        {
            return ClassifyPhone(digits, groups);
        }

        if (digits.Length == 12 && IsEvenlyGrouped(groups, 4))
        {
            return IsValidMyNumber(digits) ? NumberKind.MyNumberValid : NumberKind.MyNumberInvalid;
        }

        if (digits.Length == 13 && (groups.Length == 1 || groups[0] == 1) && IsValidCorporateNumber(digits))
        {
            return NumberKind.CorporateNumber;
        }

        if (IsCardShape(digits) && IsCardGrouping(groups) && IsLuhnValid(digits))
        {
            return NumberKind.CardNumber;
        }

        return NumberKind.None;
    }

    private static NumberKind ClassifyPhone(ReadOnlySpan<char> national, ReadOnlySpan<int> groups)
    {
        if (national.Length < 10 || national[1] == '0')
        {
            return NumberKind.None;
        }

        // Written in groups, the subscriber number (the last group) has 4 digits, or 3 for business numbers.
        int last = groups[^1];
        bool grouped = groups.Length > 1;
        if (grouped && (groups.Length > 3 || groups[0] > 5))
        {
            return NumberKind.None;
        }

        if (national.StartsWith("0120") || national.StartsWith("0570") || national.StartsWith("0990") || national.StartsWith("0800"))
        {
            return !grouped || last is 3 or 4 ? NumberKind.BusinessPhone : NumberKind.None;
        }

        if (grouped && last != 4)
        {
            return NumberKind.None;
        }

        if (national.Length == 11)
        {
            bool mobile = national[1] is >= '5' and <= '9' && national[2] == '0' && national[3] != '0';
            return mobile ? NumberKind.MobilePhone : NumberKind.None;
        }

        return NumberKind.FixedPhone;
    }

    // Issuer prefixes and lengths of the card brands used in Japan: Visa, Mastercard, JCB, American Express,
    // Diners, Discover, UnionPay. A Luhn pass alone is one in ten of all digit strings.
    private static bool IsCardShape(ReadOnlySpan<char> digits)
    {
        int length = digits.Length;
        if (length is < 13 or > 19)
        {
            return false;
        }

        int two = ((digits[0] - '0') * 10) + (digits[1] - '0');
        return digits[0] switch
        {
            '4' => length is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 && length == 16,
            '2' => int.Parse(digits[..4], provider: System.Globalization.CultureInfo.InvariantCulture) is >= 2221 and <= 2720 && length == 16,
            '3' => (two is 34 or 37 && length == 15) || (two == 35 && length is >= 16 and <= 19) || (two is 30 or 36 or 38 && length == 14),
            '6' => length is >= 16 and <= 19,
            _ => false,
        };
    }

    private static bool IsEvenlyGrouped(ReadOnlySpan<int> groups, int size)
    {
        if (groups.Length == 1)
        {
            return true;
        }

        foreach (int g in groups)
        {
            if (g != size)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCardGrouping(ReadOnlySpan<int> groups)
    {
        if (groups.Length == 1)
        {
            return true;
        }

        // 4-4-4-4 (and 4-4-4-1..7), or American Express 4-6-5.
        if (groups.Length == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] == 5)
        {
            return true;
        }

        for (int i = 0; i < groups.Length - 1; i++)
        {
            if (groups[i] != 4)
            {
                return false;
            }
        }

        return groups[^1] is >= 1 and <= 7;
    }

    /// <summary>My Number: weights 6 5 4 3 2 7 6 5 4 3 2 over the first 11 digits; check = 11 − (Σ mod 11), 0 when that remainder is 0 or 1.</summary>
    public static bool IsValidMyNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 12)
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 11; i++)
        {
            int weight = i < 5 ? 6 - i : 12 - i;
            sum += (digits[i] - '0') * weight;
        }

        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] - '0' == check;
    }

    /// <summary>法人番号: check digit first; 9 − (Σ of the 12 base digits weighted 1,2,1,2… from the right, mod 9).</summary>
    public static bool IsValidCorporateNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 13)
        {
            return false;
        }

        int sum = 0;
        for (int n = 1; n <= 12; n++)
        {
            int digit = digits[13 - n] - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }

        return digits[0] - '0' == 9 - (sum % 9);
    }

    /// <summary>Luhn: double every second digit from the right; the digit sum is a multiple of 10.</summary>
    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
