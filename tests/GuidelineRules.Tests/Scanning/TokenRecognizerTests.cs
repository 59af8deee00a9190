using System.Collections.Immutable;

namespace GuidelineRules.Tests.Scanning;

/// <summary>Recognizers seen through a probe rule that reports every token with its canonical text.</summary>
public class TokenRecognizerTests
{
    private static readonly IGuidelineAnalyzer Analyzer = GuidelinePipeline.CreateBuilder().AddRule<TokenProbeRule>().Build();

    private static List<(string Kind, string Original, string Canonical, string Host)> Tokens(string text) =>
        Analyzer.Analyze(text).Diagnostics
            .Select(d => (d.Properties["kind"], d.MatchedText, d.Properties["canonical"], d.Properties["host"]))
            .ToList();

    [TestCase("見て https://www.example.org/a?b=1 だよ", "https://www.example.org/a?b=1", "https://www.example.org/a?b=1", "www.example.org")]
    [TestCase("hxxp://www[.]sex-cam-live[.]com/japan ｗ", "hxxp://www[.]sex-cam-live[.]com/japan", "http://www.sex-cam-live.com/japan", "www.sex-cam-live.com")]
    [TestCase("hxxps://av-matome[.]adult/new 抜ける", "hxxps://av-matome[.]adult/new", "https://av-matome.adult/new", "av-matome.adult")]
    [TestCase("置いとく uncensored-jav ドット xxx", "uncensored-jav ドット xxx", "uncensored-jav.xxx", "uncensored-jav.xxx")]
    [TestCase("検索よけ hentai-manga . porn / free ←", "hentai-manga . porn / free", "hentai-manga.porn/free", "hentai-manga.porn")]
    [TestCase("→ ｗｗｗ．ｏｐｐａｉ－ｔｕｂｅ．ｐｏｒｎ", "ｗｗｗ．ｏｐｐａｉ－ｔｕｂｅ．ｐｏｒｎ", "www.oppai-tube.porn", "www.oppai-tube.porn")]
    [TestCase("DM: h t t p s : / / l i v e - e r o c h a t . a d u l t", "h t t p s : / / l i v e - e r o c h a t . a d u l t", "https://live-erochat.adult", "live-erochat.adult")]
    [TestCase("短縮 bit.ly/3eroJiDr ※", "bit.ly/3eroJiDr", "bit.ly/3erojidr", "bit.ly")]
    [TestCase("example(dot)com です", "example(dot)com", "example.com", "example.com")]
    public void Recognizes_urls_including_defanged_ones(string text, string original, string canonical, string host) =>
        Tokens(text).Should().ContainSingle(t => t.Kind == "Url")
            .Which.Should().Be(("Url", original, canonical, host));

    [TestCase("ｗｗｗ　この猫の動画")]
    [TestCase("ver.0.3 を共有")]
    [TestCase("P.a.s.s.w.0.r.d.1.2.3")]
    [TestCase("3.14 は円周率")]
    [TestCase("終わり.次の話")]
    public void Leaves_text_that_only_looks_like_a_url(string text) =>
        Tokens(text).Should().NotContain(t => t.Kind == "Url");

    [TestCase("連絡は taro.yamada@example.co.jp まで", "taro.yamada@example.co.jp")]
    [TestCase("連絡は ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ まで", "taro@example.jp")]
    [TestCase("連絡は taro(at)example.jp まで", "taro@example.jp")]
    public void Recognizes_email_addresses(string text, string canonical) =>
        Tokens(text).Should().ContainSingle(t => t.Kind == "Email").Which.Canonical.Should().Be(canonical);

    [Test]
    public void A_mention_is_not_an_email_address() =>
        Tokens("@chiba_taro_77 ありがとう").Should().NotContain(t => t.Kind == "Email");

    [TestCase("090-1234-5678 に", "090-1234-5678")]
    [TestCase("０８０－９８７６－５４３２ に", "080-9876-5432")]
    [TestCase("(03)1234-5678", "03-1234-5678")]
    [TestCase("+81 90 1234 5678", "+81-90-1234-5678")]
    [TestCase("四一〇二 八八三七 五五一九", "4102-8837-5519")]
    [TestCase("〇九〇の八七六五の四三二一", "090-8765-4321")]
    [TestCase("番号は123456789012です", "123456789012")]
    public void Recognizes_digit_runs(string text, string canonical) =>
        Tokens(text).Should().Contain(t => t.Kind == "DigitRun" && t.Canonical == canonical);

    [TestCase("一人で三日かけた")]
    [TestCase("5杯")]
    public void Single_numerals_are_not_digit_runs(string text) =>
        Tokens(text).Should().NotContain(t => t.Kind == "DigitRun");

    [TestCase("プリンタ（192.168.20.31）が速い", "192.168.20.31")]
    [TestCase("コアスイッチは10.0.0.1、", "10.0.0.1")]
    [TestCase("fd12:3456::1 に接続", "fd12:3456::1")]
    public void Recognizes_ip_addresses(string text, string canonical) =>
        Tokens(text).Should().ContainSingle(t => t.Kind == "IPAddress").Which.Canonical.Should().Be(canonical);

    [TestCase("1.2.3.4.5")]
    [TestCase("999.1.1.1")]
    [TestCase("ver1.2.3.4")]
    public void Leaves_dotted_numbers_that_are_not_addresses(string text) =>
        Tokens(text).Should().NotContain(t => t.Kind == "IPAddress");

    [Test]
    public void Digits_inside_an_ip_address_are_not_a_separate_digit_run() =>
        Tokens("接続先 10.20.3.15 です").Should().NotContain(t => t.Kind == "DigitRun");

    // Digits are found by a search for digit runs, not as patterns: a run that starts inside an earlier token
    // still yields the digits after it, and a switch between kanji numerals and ASCII digits starts a new run.
    [Test]
    public void A_phone_number_right_after_a_url_is_its_own_token()
    {
        var tokens = Tokens("https://example.jp/a 0901234567 まで");
        tokens.Should().ContainSingle(t => t.Kind == "DigitRun").Which.Canonical.Should().Be("0901234567");
    }

    [Test]
    public void An_ip_address_right_after_a_kanji_numeral_is_recognized() =>
        Tokens("第一192.168.1.1").Should().ContainSingle(t => t.Kind == "IPAddress").Which.Canonical.Should().Be("192.168.1.1");

    [Test]
    public void Digits_that_continue_after_an_email_address_are_a_digit_run()
    {
        // The email token ends at the first non-label character; the digits after the comma are the phone's.
        var tokens = Tokens("a1@example.jp,0312345678");
        tokens.Should().ContainSingle(t => t.Kind == "Email");
        tokens.Should().ContainSingle(t => t.Kind == "DigitRun").Which.Canonical.Should().Be("0312345678");
    }

    [Test]
    public void Every_run_in_a_long_text_is_seen()
    {
        string text = string.Concat(Enumerable.Repeat("電話 090-1234-5678 と 10.0.0.1 、", 50));
        var tokens = Tokens(text);
        tokens.Count(t => t.Kind == "DigitRun").Should().Be(50);
        tokens.Count(t => t.Kind == "IPAddress").Should().Be(50);
    }

    /// <summary>Reports every token; for tests only.</summary>
    private sealed class TokenProbeRule : IGuidelineRule
    {
        public static readonly RuleDescriptor Descriptor = new(
            "TEST0001", new("token", "token"), new("{0}", "{0}"), RuleCategories.Security, "test", Severity.Info);

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTokens(TokenKinds.Url | TokenKinds.Email | TokenKinds.DigitRun | TokenKinds.IPAddress);
            registration.RegisterMatchAction(static (ref RuleContext context) =>
            {
                foreach (var token in context.Tokens)
                {
                    var properties = ImmutableDictionary<string, string>.Empty
                        .Add("kind", token.Kind.ToString())
                        .Add("canonical", context.GetCanonicalText(token).ToString())
                        .Add("host", context.GetHost(token).ToString());
                    context.Report(Descriptor, token.Span, properties: properties);
                }
            });
        }
    }
}
