using System.Globalization;
using System.Text;
using GuidelineRules.Rules;

namespace GuidelineRules.Tests.Rules;

/// <summary>
/// Properties of the digit-based detectors on random numbers, with a fixed seed so failures repeat
/// (PROP_SEED overrides it): every accepted spelling of a valid number is found with its exact span; numbers
/// inside longer digit runs, dates, prices and product codes are not.
/// </summary>
public class DigitDetectorPropertyTests
{
    private const int Iterations = 300;
    private const string KanjiDigits = "〇一二三四五六七八九";

    private static readonly IGuidelineAnalyzer PersonalInformation =
        GuidelinePipeline.CreateBuilder().AddRule<PersonalInformationRule>().Build();

    private static readonly IGuidelineAnalyzer SecurityExposure =
        GuidelinePipeline.CreateBuilder().AddRule<SecurityExposureRule>().Build();

    private static Random NewRandom() =>
        new(int.Parse(Environment.GetEnvironmentVariable("PROP_SEED") ?? "20261124", CultureInfo.InvariantCulture));

    private static string Digits(Random random, int count)
    {
        var sb = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            sb.Append((char)('0' + random.Next(10)));
        }

        return sb.ToString();
    }

    private static string FullWidth(string s) =>
        string.Concat(s.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '-' ? '－' : c));

    private static string Kanji(string s, char separator) =>
        string.Concat(s.Select(c => c is >= '0' and <= '9' ? KanjiDigits[c - '0'] : c == '-' ? separator : c));

    private static string MobileNumber(Random random) =>
        $"0{"789"[random.Next(3)]}0-{random.Next(1, 10)}{Digits(random, 3)}-{Digits(random, 4)}";

    private static IEnumerable<string> Spellings(string grouped)
    {
        string plain = grouped.Replace("-", string.Empty, StringComparison.Ordinal);
        yield return grouped;
        yield return plain;
        yield return grouped.Replace('-', ' ');
        yield return grouped.Replace('-', 'ー');
        yield return FullWidth(grouped);
        yield return Kanji(grouped, 'の');
    }

    private static void ShouldFindExactly(IGuidelineAnalyzer analyzer, string prefix, string number, string suffix)
    {
        string text = prefix + number + suffix;
        var diagnostics = analyzer.Analyze(text).Diagnostics;
        diagnostics.Should().ContainSingle($"「{text}」 has one number");
        diagnostics[0].Span.Should().Be(new TextSpan(prefix.Length, number.Length), $"the span of 「{number}」 in 「{text}」");
    }

    [Test]
    public void Mobile_numbers_are_found_in_every_spelling()
    {
        var random = NewRandom();
        for (int n = 0; n < Iterations; n++)
        {
            string number = MobileNumber(random);
            foreach (string spelling in Spellings(number))
            {
                ShouldFindExactly(PersonalInformation, "連絡はこちら ", spelling, " まで");
            }

            string international = "+81-" + number[1..];
            ShouldFindExactly(PersonalInformation, "連絡はこちら ", international, " まで");
            ShouldFindExactly(PersonalInformation, "連絡はこちら ", international.Replace('-', ' '), " まで");
        }
    }

    [Test]
    public void Valid_my_numbers_are_found_in_every_spelling()
    {
        var random = NewRandom();
        for (int n = 0; n < Iterations; n++)
        {
            string payload = Digits(random, 11);
            string number = payload + CheckDigit(payload);
            NumberChecks.IsValidMyNumber(number).Should().BeTrue();
            string grouped = $"{number[..4]}-{number[4..8]}-{number[8..]}";
            foreach (string spelling in Spellings(grouped))
            {
                ShouldFindExactly(PersonalInformation, "書いてあった番号、", spelling, " だった");
            }
        }
    }

    [Test]
    public void Invalid_my_numbers_need_the_keyword()
    {
        var random = NewRandom();
        for (int n = 0; n < Iterations; n++)
        {
            string payload = Digits(random, 11);
            string number = payload + (char)('0' + ((CheckDigit(payload) - '0' + 1 + random.Next(9)) % 10));
            NumberChecks.IsValidMyNumber(number).Should().BeFalse();
            PersonalInformation.Analyze($"受付番号 {number} です").IsClean.Should().BeTrue(number);
            ShouldFindExactly(PersonalInformation, "マイナンバーは ", number, " です");
        }
    }

    [Test]
    public void Luhn_valid_card_numbers_are_found_and_invalid_ones_are_not()
    {
        var random = NewRandom();
        for (int n = 0; n < Iterations; n++)
        {
            string payload = "4" + Digits(random, 14);
            string number = payload + LuhnDigit(payload);
            string grouped = $"{number[..4]} {number[4..8]} {number[8..12]} {number[12..]}";
            ShouldFindExactly(PersonalInformation, "拾ったカード ", grouped, " だった");
            ShouldFindExactly(PersonalInformation, "拾ったカード ", FullWidth(number), " だった");
            string wrong = payload + (char)('0' + ((LuhnDigit(payload) - '0' + 1 + random.Next(9)) % 10));
            PersonalInformation.Analyze($"拾ったカード {wrong} だった").IsClean.Should().BeTrue(wrong);
        }
    }

    [Test]
    public void Numbers_inside_longer_runs_dates_prices_and_codes_are_not_reported()
    {
        var random = NewRandom();
        for (int n = 0; n < Iterations; n++)
        {
            string mobile = MobileNumber(random).Replace("-", string.Empty, StringComparison.Ordinal);
            string[] innocent =
            [
                $"伝票番号 1{Digits(random, random.Next(1, 9))}{mobile}{Digits(random, random.Next(1, 4))} です",
                $"型番 ABC-{MobileNumber(random)} を注文",
                $"品番 {MobileNumber(random)}X を注文",
                $"{2000 + random.Next(40)}-{random.Next(1, 13):00}-{random.Next(1, 29):00} 開催",
                $"{2000 + random.Next(40)}年{random.Next(1, 13)}月{random.Next(1, 29)}日に開催",
                $"予算は {random.Next(1, 999)},{Digits(random, 3)},{Digits(random, 3)} 円です",
                $"金額 ¥{random.Next(1, 99)},{Digits(random, 3)},{Digits(random, 3)}",
                $"https://example.com/items/{mobile}",
            ];
            foreach (string text in innocent)
            {
                PersonalInformation.Analyze(text).IsClean.Should().BeTrue($"「{text}」 has no personal number");
            }
        }
    }

    [Test]
    public void Private_addresses_of_office_systems_are_found_and_public_ones_are_not()
    {
        var random = NewRandom();
        for (int n = 0; n < Iterations; n++)
        {
            string[] privateAddresses =
            [
                $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}",
                $"172.{random.Next(16, 32)}.{random.Next(256)}.{random.Next(1, 255)}",
                $"192.168.{random.Next(256)}.{random.Next(1, 255)}",
            ];
            foreach (string address in privateAddresses)
            {
                ShouldFindExactly(SecurityExposure, "庁内サーバーは ", address, " です");
                ShouldFindExactly(SecurityExposure, "庁内サーバーは ", FullWidth(address).Replace('.', '．'), " です");
            }

            string publicAddress = $"{random.Next(11, 100)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}";
            SecurityExposure.Analyze($"庁内サーバーは {publicAddress} です").IsClean.Should().BeTrue(publicAddress);
        }
    }

    // The check digit the way the ministerial ordinance states it, written independently of NumberChecks:
    // P1..P11 counted from the right, Qn = n+1 for n ≤ 6, n−5 above.
    private static char CheckDigit(string payload)
    {
        int sum = 0;
        for (int n = 1; n <= 11; n++)
        {
            int p = payload[11 - n] - '0';
            sum += p * (n <= 6 ? n + 1 : n - 5);
        }

        int r = sum % 11;
        return (char)('0' + (r <= 1 ? 0 : 11 - r));
    }

    private static char LuhnDigit(string payload)
    {
        int sum = 0;
        for (int i = 0; i < payload.Length; i++)
        {
            int d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
