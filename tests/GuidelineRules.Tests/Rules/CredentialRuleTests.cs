using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class CredentialRuleTests
{
    [TestCase("新人さん向けにパスワード書いとくね。{|GR2003:P.a.s.s.w.0.r.d.1.2.3|} 笑")]
    [TestCase("庁内Wi-Fiのパスワードやっと覚えた {|GR2003:Chiba_Office2024!|} 長すぎ")]
    [TestCase("ＩＤ：ｃｈｉｂａ０１２３　ＰＷ：{|GR2003:Ｓａｋｕｒａ＃８８|} で合ってるよね？")]
    [TestCase("職員通用口の暗証番号、4桁で {|GR2003:2580|} とか簡単すぎない？")]
    [TestCase("再起動は {|GR2003:admin / admin|} でいける")]
    [TestCase("AWS_SECRET_ACCESS_KEY={|GR2003:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|}")]
    [TestCase("VPNの{|GR2003:パスは誕生日|}")]
    [TestCase("サーバー室の金庫の{|GR2003:ダイヤル|}、右に三、左に七、右に一")]
    public Task Flags_secrets_after_a_keyword(string markup) => Verifier<CredentialRule>.VerifyAsync(markup);

    [TestCase("APIキー置いとく {|GR2003:sk-proj-Abc123XyZ456Def789Ghi012|}")]
    [TestCase("設定ファイルに {|GR2003:AKIAIOSFODNN7EXAMPLE1|} が入ったままだった")]
    [TestCase("GitHubのトークン {|GR2003:ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R|} を共有します")]
    [TestCase("Slack連携用 {|GR2003:ｘｏｘｂ－１２３４５６７８９０１２－ａｂｃｄｅｆ|}")]
    public Task Flags_vendor_shaped_keys(string markup) => Verifier<CredentialRule>.VerifyAsync(markup);

    [TestCase("Asianfoodfestivalcalendar2024 に行ってきた")]
    [TestCase("ghp_ で始まる文字列はGitHubのトークンです。絶対に公開しないようにしましょう")]
    [TestCase("AKIAという文字で始まるキーに注意")]
    [TestCase("sk-proj-abcdefghijklmnopqrstu のように英字だけの例")]
    [TestCase("KAKIAGE1234567890123456 は商品コード")]
    public Task Leaves_prefix_lookalikes_and_advice_alone(string text) => Verifier<CredentialRule>.VerifyAsync(text);

    [TestCase("パスワードの使い回しに注意しましょう。長くて推測されにくいものに")]
    [TestCase("スマホの暗証番号を誕生日にするのはやめよう")]
    [TestCase("パスワードは8文字以上、2024年4月から必須です")]
    [TestCase("家のルーターの初期パスワードは必ず変えよう")]
    [TestCase("『123456』や『password』は世界でよく使われている危険なパスワードです")]
    [TestCase("upward trend since 2020")]
    [TestCase("ドラクエの復活の呪文、子どもに『パスワードなげーよ』って笑われた")]
    [TestCase("パスタ 2500 円")]
    [TestCase("新人さん向けにパスワード書いとくね。******** 笑")]
    [TestCase("暗証番号は xxxx です（伏せてます）")]
    [TestCase("パスワード：＊＊＊＊＊＊")]
    public Task Leaves_security_advice_alone(string text) => Verifier<CredentialRule>.VerifyAsync(text);

    [Test]
    public void The_fix_masks_the_value()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule<CredentialRule>().Build();
        const string text = "初期パスワードは Welcome2024 で";
        var diagnostic = analyzer.Analyze(text).Diagnostics.Single();
        var edit = diagnostic.Fix!.Edits.Single();
        text.Substring(edit.Span.Start, edit.Span.Length).Should().Be("Welcome2024");
        edit.NewText.Should().Be("********");
    }

    // The eighth session's evidence: a code named early in the clause and set at its end; advice to avoid guessable codes.
    [TestCase("サーバ室の暗証番号、みんな覚えられないって言うから{|GR2003:7391|}に変更した")]
    [TestCase("暗証番号、桁が多くて覚えにくいって苦情が出たから{|GR2003:７３９１|}に変えた")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<CredentialRule>.VerifyAsync(markup);

    [TestCase("暗証番号は誕生日など推測されやすいものを避けましょう")]
    [TestCase("パスワードを12文字以上に変更した")]
    [TestCase("パスワードを新しいものに変えた")]
    [TestCase("暗証番号、みんな覚えられないって言うから。来週1234番の会議室に変えた")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<CredentialRule>.VerifyAsync(text);

    // A PIN read out in kanji digits is the same PIN.
    [TestCase("職員通用口の暗証番号、四桁で {|GR2003:二五八〇|} とか簡単すぎない？")]
    [TestCase("金庫の暗証番号は{|GR2003:〇八一五|}です")]
    public Task Flags_values_in_kanji_digits(string markup) => Verifier<CredentialRule>.VerifyAsync(markup);

    [TestCase("暗証番号を三回間違えるとロックされます")]
    [TestCase("パスワードは二〇二五年に変わりました")]
    [TestCase("暗証番号は一人ひとり違います")]
    public Task Leaves_kanji_counts_and_dates_after_a_keyword_alone(string text) => Verifier<CredentialRule>.VerifyAsync(text);

    // Tuned on challenge set 10: an electronic lock's code.
    [TestCase("庁舎の裏口、電子錠の番号は{|GR2003:1192|}。覚えやすいでしょ")]
    public Task Flags_challenge_set_10s_vocabulary(string markup) => Verifier<CredentialRule>.VerifyAsync(markup);

    [TestCase("電子錠の番号は定期的に変更しましょう")]
    public Task Leaves_challenge_set_10s_lookalikes_alone(string text) => Verifier<CredentialRule>.VerifyAsync(text);

    // Tuned on challenge set 13: a Wi-Fi キー with its value; キー as a word of its own, not in キーホルダー.
    [TestCase("庁内Wi-FiのSSIDはchiba-staff、キーは{|GR2003:chiba2024!|}です")]
    [TestCase("庁内Wi-FiのSSIDはchiba-staff、ｷｰは{|GR2003:chiba2024!|}です")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<CredentialRule>.VerifyAsync(markup);

    [TestCase("ロッカーのキーは受付で受け取ってください")]
    [TestCase("キーホルダーはchiba2024の記念品です")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<CredentialRule>.VerifyAsync(text);
}
