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
    [TestCase("xvidеоs.соm", "xvideos.com")]
    [TestCase("ХХХ", "xxx")]
    [TestCase("α版", "a版")]
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

    // What the disguise measurement (DisguiseRobustnessTests) found spelled-out words to be written with besides one space.
    [TestCase("ク  ソ  野  郎", "くそ野郎")]
    [TestCase("ク\u3000\u3000ソ", "くそ")]
    [TestCase("極 ． 秘", "極秘")]
    [TestCase("大 . 麻って", "大麻って")]
    [TestCase("バ ・ カ", "ばか")]
    [TestCase("暗 証 番 号 、 4 桁 で 2 5 8 0", "暗証番号、4桁で2580")]
    [TestCase("死 ね ば ？ 楽 に な れ る よ", "死ねば?楽になれるよ")]
    [TestCase("辛いなら死 ね ば ？", "辛いなら死ねば?")]
    [TestCase("入札の最 低 制 限 価 格", "入札の最低制限価格")]
    [TestCase("の署 名 、 オ ン ラ イ ン で", "の署名、おんらいんで")]
    [TestCase("〇 九 〇 の 八 七 六 五", "〇九〇の八七六五")]
    [TestCase("携帯が0 9 0 - 1 2 3 4", "携帯が090-1234")]
    [TestCase("1 0 . 0 . 0 . 1", "10.0.0.1")]
    [TestCase("カ ス タ マ ー ハ ラ 。 『 カ ス ハ ラ 』 の 定 義", "かすたまーはら。『かすはら』の定義")]
    public void Joins_spelled_out_letters_across_runs_of_separators_and_punctuation(string input, string expected) =>
        TextNormalizer.Normalize(input).Folded.Should().Be(expected);

    [TestCase("すれば、かなり", "すれば、かなり")]
    [TestCase("すれば かなり", "すれば かなり")]
    [TestCase("お前 ばかだ", "お前 ばかだ")]
    [TestCase("10.0.0.1", "10.0.0.1")]
    [TestCase("ver.0.3", "ver.0.3")]
    [TestCase("www.city.chiba.jp", "www.city.chiba.jp")]
    [TestCase("東京 大阪", "東京 大阪")]
    [TestCase("ｗｗｗ　この猫", "www この猫")]
    [TestCase("千葉市 の イベント", "千葉市 の いべんと")]
    [TestCase("1月 2 日", "1月 2日")]
    [TestCase("お知らせ  です", "お知らせ  です")]
    [TestCase("そうですね...まあ", "そうですね...まあ")]
    [TestCase("そうですね…まあ", "そうですね…まあ")]
    [TestCase("ば…か", "ば…か")]
    [TestCase("すれば . かなり", "すれば . かなり")]
    [TestCase("e x . c o m", "ex . com")]
    [TestCase("w w w [ . ] e x", "www[.]ex")]
    [TestCase("(詳しくは こちら)", "(詳しくは こちら)")]
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
    public void A_long_vowel_merged_across_an_ignorable_maps_from_its_first_mark_to_its_last()
    {
        // ―, a variation selector (dropped), ― again: one ー that covers all four code units.
        var text = TextNormalizer.Normalize("９―\uDB40\uDD00―");
        text.Folded.Should().Be("9ー");
        text.MapToOriginal(1, 1).Should().Be(new TextSpan(1, 4));
    }

    [Test]
    public void Maps_every_character_of_a_long_mixed_text_to_its_own_code_units()
    {
        // Runs of kanji and kana, a half-width kana with a sound mark, a dropped zero-width space and a surrogate pair:
        // each folded character maps to exactly the code units it came from, however the map stores them.
        string original = "千葉市のカフェ\u200Bでｶﾞｲﾄﾞを😀読む";
        var text = TextNormalizer.Normalize(original);
        text.Folded.Should().Be("千葉市のかふぇでがいどを😀読む");
        string[] expected = ["千", "葉", "市", "の", "カ", "フ", "ェ", "で", "ｶﾞ", "ｲ", "ﾄﾞ", "を", "😀", "😀", "読", "む"];
        for (int i = 0; i < text.Folded.Length; i++)
        {
            var span = text.MapToOriginal(i, 1);
            original.Substring(span.Start, span.Length).Should().Be(expected[i], "folded character {0}", i);
        }
    }

    [Test]
    public void Rejects_null() => FluentActions.Invoking(() => TextNormalizer.Normalize(null!)).Should().Throw<ArgumentNullException>();

    [Test]
    public void Empty_text_folds_to_empty() => TextNormalizer.Normalize(string.Empty).Folded.Should().BeEmpty();
}
