using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

/// <summary>
/// Term pairs (<c>"pairs"</c> in a rule's data): a word of the first list followed closely by one of the second,
/// in the same sentence, is one match spanning both. Shown with the rumor rule's 「本当か」…「知らない」 pair
/// (weight 1) beside 「らしい」 (weight 1): together they reach the two points GR1004 needs.
/// </summary>
public class TermPairsTests
{
    // The rule reports its first piece of hearsay: here the pair, over both its words.
    [TestCase("{|GR1004:本当かは知らない|}けど、駅が閉鎖されるらしい")]
    [TestCase("{|GR1004:ﾎﾝﾄかどうかは分からない|}けど、駅が閉鎖されるらしい")]
    [TestCase("{|GR1004:本当か\u200Bは知ら\u200Bない|}けど、駅が閉鎖されるらしい")]
    public Task A_pair_within_its_window_is_one_match_over_both_words(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    // The window is 6 folded characters between the words; 「、正直まったく」 is 7.
    [TestCase("駅が閉鎖されるらしい。本当かどうか、正直まったく知らないけど")]
    [TestCase("駅が閉鎖されるらしい。本当か？知らない")]
    [TestCase("駅が閉鎖されるらしい。知らないけど本当か")]
    public Task Words_too_far_apart_in_another_sentence_or_in_the_other_order_are_no_pair(string text) => Verifier<RumorRule>.VerifyAsync(text);

    [Test]
    public void A_pair_alone_is_only_as_strong_as_its_weight()
    {
        GuidelinePipeline.CreateDefault().Analyze("その話、本当か知らないので今度聞いてみます").IsClean.Should().BeTrue();
    }

    // A second word that is already a term of the pair's kind keeps its own, narrower span.
    [TestCase("今朝の新聞の有料記事、{|GR2012:全文コピペ|}しとくね")]
    [TestCase("今日の新聞の{|GR2012:コラム、よかったので丸ごと貼|}っておく")]
    public Task A_pair_adds_nothing_where_its_second_word_is_already_evidence(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [Test]
    public void Rule_data_without_pairs_compiles_to_nothing()
    {
        TermPairs.Create([], "Test").Should().BeNull();
    }

    [TestCase(-1)]
    [TestCase(TermPair.MaxWindow + 1)]
    public void A_window_out_of_range_is_refused_with_the_pair_named(int window)
    {
        var act = () => TermPairs.Create([new TermPair { Kind = "k", Window = window, First = ["a"], Second = ["b"] }], "TestRule");
        act.Should().Throw<InvalidOperationException>().WithMessage("*'TestRule'*pair 0*window*");
    }

    [Test]
    public void A_pair_missing_a_list_or_its_kind_is_refused()
    {
        var noSecond = () => TermPairs.Create([new TermPair { Kind = "k", First = ["a"] }], "TestRule");
        var noKind = () => TermPairs.Create([new TermPair { First = ["a"], Second = ["b"] }], "TestRule");
        noSecond.Should().Throw<InvalidOperationException>().WithMessage("*both 'first' and 'second'*");
        noKind.Should().Throw<InvalidOperationException>().WithMessage("*no kind*");
    }

    [Test]
    public void Every_built_in_pair_compiles_and_stays_within_its_window_limit()
    {
        foreach (var rule in BuiltInRules.Create().OfType<EvidenceRule>())
        {
            foreach (var pair in rule.Data.Pairs)
            {
                pair.Window.Should().BeInRange(0, TermPair.MaxWindow, rule.GetType().Name);
            }

            var act = () => TermPairs.Create(rule.Data.Pairs, rule.GetType().Name);
            act.Should().NotThrow();
        }
    }
}
