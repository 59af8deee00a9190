using GuidelineRules.Text;

namespace GuidelineRules.Tests.Text;

public class TextNormalizerTests
{
    [TestCase("ＡＢＣ１２３＠", "abc123@")]
    [TestCase("ﾊﾞｶ", "ばか")]
    [TestCase("ｾｯｸｽ", "せっくす")]
    [TestCase("バカ", "ばか")]
    [TestCase("BaKa", "baka")]
    [TestCase("ウェーーーイ", "うぇーい")]
    [TestCase("ば\u200Bか", "ばか")]
    [TestCase("馬\uFE00鹿", "馬鹿")]
    [TestCase("か\u3099", "が")]
    [TestCase("か゛", "が")]
    [TestCase("は゜", "ぱ")]
    [TestCase("⑳", "20")]
    [TestCase("㍿", "株式会社")]
    [TestCase("𝐛𝐚𝐤𝐚", "baka")]
    [TestCase("㊙", "㊙")]
    [TestCase("　", " ")]
    [TestCase("ｰ―─", "ー")]
    public void Folds_characters(string input, string expected) =>
        TextNormalizer.Normalize(input).Folded.Should().Be(expected);

    [TestCase("ば か", "ばか")]
    [TestCase("ば.か", "ばか")]
    [TestCase("ク ソ 野 郎", "くそ野郎")]
    [TestCase("キ チ ガ イ みたい", "きちがいみたい")]
    [TestCase("キ チ ガ イみたい", "きちがいみたい")]
    [TestCase("部 外 秘の資料", "部外秘の資料")]
    [TestCase("検.討.中の案", "検討中の案")]
    [TestCase("極．秘の資料", "極秘の資料")]
    [TestCase("バ・カ・な・の？", "ばかなの?")]
    [TestCase("P.a.s.s.w.0.r.d", "passw0rd")]
    [TestCase("h t t p s : / / e x . c o m", "https://ex . com")]
    [TestCase("リンク：h t t p s : / / e x . c o m", "りんく:https://ex . com")]
    [TestCase("ID：ｃｈｉｂａ", "id:chiba")]
    [TestCase("日付：2024-12-01", "日付:2024-12-01")]
    public void Joins_letters_spelled_out_one_by_one(string input, string expected) =>
        TextNormalizer.Normalize(input).Folded.Should().Be(expected);

    [TestCase("すれば、かなり", "すれば、かなり")]
    [TestCase("すれば かなり", "すれば かなり")]
    [TestCase("お前 ばかだ", "お前 ばかだ")]
    [TestCase("10.0.0.1", "10.0.0.1")]
    [TestCase("ver.0.3", "ver.0.3")]
    [TestCase("www.city.chiba.jp", "www.city.chiba.jp")]
    [TestCase("東京 大阪", "東京 大阪")]
    [TestCase("ｗｗｗ　この猫", "www この猫")]
    public void Keeps_real_word_boundaries(string input, string expected) =>
        TextNormalizer.Normalize(input).Folded.Should().Be(expected);

    [Test]
    public void Maps_folded_spans_back_to_the_original()
    {
        var text = TextNormalizer.Normalize("あいつは ﾊﾞ ｶ だ");
        int at = text.Folded.IndexOf("ばか", StringComparison.Ordinal);
        var span = text.MapToOriginal(at, 2);
        text.Original.Substring(span.Start, span.Length).Should().Be("ﾊﾞ ｶ");
    }

    [Test]
    public void Maps_expansions_to_their_single_source_character()
    {
        var text = TextNormalizer.Normalize("a㍿b");
        var span = text.MapToOriginal(1, 4);
        span.Should().Be(new TextSpan(1, 1));
    }

    [Test]
    public void Rejects_null() => FluentActions.Invoking(() => TextNormalizer.Normalize(null!)).Should().Throw<ArgumentNullException>();

    [Test]
    public void Empty_text_folds_to_empty() => TextNormalizer.Normalize(string.Empty).Folded.Should().BeEmpty();
}
