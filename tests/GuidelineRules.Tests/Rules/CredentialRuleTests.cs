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
}
