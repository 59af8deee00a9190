using GuidelineRules.Text;

namespace GuidelineRules.Tests.Text;

public class KanjiLookalikesTests
{
    [Test]
    public void A_katakana_word_is_spelled_with_each_combination_of_its_lookalikes()
    {
        KanjiLookalikes.Spellings("ポスター", "ぽすたー").Should().BeEquivalentTo("ぽす夕ー", "ぽすた一", "ぽす夕一");
        KanjiLookalikes.Spellings("バカ", "ばか").Should().BeEquivalentTo("ば力");
    }

    [Test]
    public void Only_katakana_letters_of_the_term_are_replaced()
    {
        KanjiLookalikes.Spellings("リスカすると", "りすかすると").Should().BeEquivalentTo("りす力すると");
        KanjiLookalikes.Spellings("ばかと", "ばかと").Should().BeEmpty();
    }

    [Test]
    public void A_spelling_of_kanji_alone_or_a_term_whose_folding_changed_its_length_gets_none()
    {
        KanjiLookalikes.Spellings("エロ", "えろ").Should().BeEquivalentTo("工ろ", "え口");
        KanjiLookalikes.Spellings("ｶﾞｲｼﾞ", "がいじ").Should().BeEmpty();
    }

    [TestCase("リス力", true)]
    [TestCase("ポス夕一貼り", true)]
    [TestCase("バ\u200B力", true)]
    [TestCase("協力", false)]
    [TestCase("りす力", false)]
    [TestCase("八百屋", false)]
    public void A_lookalike_counts_only_beside_katakana(string span, bool expected) =>
        KanjiLookalikes.StandsInKatakana(span).Should().Be(expected);
}
