using GuidelineRules.Rules;
using GuidelineRules.Testing;
using GuidelineRules.Text;

namespace GuidelineRules.Tests.Text;

public class OrthographicVariantsTests
{
    [Test]
    public void Each_variable_word_is_written_every_other_way_in_every_combination()
    {
        OrthographicVariants.Of("避けた方がいい").Should().BeEquivalentTo("避けたほうがいい", "避けた方が良い", "避けたほうが良い");
        OrthographicVariants.Of("わからない").Should().BeEquivalentTo("分からない");
        OrthographicVariants.Of("無料で見れる").Should().BeEquivalentTo("無料で見られる");
        OrthographicVariants.Of("丸見え").Should().BeEquivalentTo("まる見え");
    }

    [Test]
    public void A_term_with_no_variable_word_gets_none()
    {
        OrthographicVariants.Of("予定価格").Should().BeEmpty();
        OrthographicVariants.Of("").Should().BeEmpty();
    }

    [TestCase("地方がいい", "地方が良い")] // 地方 is not 方
    [TestCase("皆様に", null)] // 皆様 is not 皆
    [TestCase("事故", null)]
    [TestCase("大事な", null)]
    public void A_kanji_writing_counts_only_where_no_other_kanji_touches_it(string folded, string? only)
    {
        if (only is null)
        {
            OrthographicVariants.Of(folded).Should().BeEmpty();
        }
        else
        {
            OrthographicVariants.Of(folded).Should().Equal(only);
        }
    }

    [Test]
    public void A_comma_and_a_full_stop_are_interchangeable_only_between_two_clauses()
    {
        OrthographicVariants.Of("らしいよ、知らんけど").Should().Equal("らしいよ。知らんけど");
        OrthographicVariants.Of("って。").Should().BeEmpty(); // a sentence's end: 「って、」 is everywhere
        OrthographicVariants.Of("、だって").Should().BeEmpty();
    }

    [Test]
    public void A_term_with_many_variable_words_keeps_at_most_sixteen_spellings()
    {
        OrthographicVariants.Of("本当にわからないこと、皆いいと秘密").Count.Should().Be(16);
    }

    // End to end: a list names a phrase once; a post in the other writing is found, and the term's exceptions are
    // written both ways too.
    [TestCase("{|GR1012:外国人は信用出来ない|}")]
    public Task A_discriminatory_statement_is_found_in_either_writing(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("この映画、{|GR1003:無料で見られる違法|}サイトがある")]
    public Task A_piracy_phrase_is_found_in_either_writing(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("明日は休校{|GR1004:らしいよ。知らんけど|}")]
    [TestCase("市長が辞める{|GR1004:って噂|}。{|GR1014:かくさんして|}")]
    public Task Hearsay_and_requests_to_spread_it_are_found_in_either_writing(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("事故の写真、{|GR1006:内臓まる見え|}")]
    [TestCase("事故の写真、{|GR1006:内臓丸見え|}")]
    public Task Gore_is_found_in_either_writing(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("内臓の模型、まる見えで理科の授業にぴったり")]
    [TestCase("富士山が窓からまる見え")]
    public Task A_view_stays_quiet_in_either_writing(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    [TestCase("噂のパン屋さん、行列ができていました")]
    [TestCase("うわさのパン屋さん、行列ができていました")]
    [TestCase("デマをかくさんしないでください")]
    [TestCase("それって、本当にそうなの？")]
    public Task Ordinary_posts_stay_quiet_in_either_writing(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // A rule that lists both writings of a word has each one once: the variant of one is not added beside the other.
    [TestCase("皆に伝えて")]
    [TestCase("みんなに伝えて")]
    public void A_word_listed_in_both_writings_is_matched_once(string text)
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule(new BothWritingsRule()).Build();
        analyzer.Analyze(text).Diagnostics.Should().ContainSingle();
        BothWritingsRule.LastMatchCount.Should().Be(1);
    }

    private sealed class BothWritingsRule : IGuidelineRule
    {
        private static readonly RuleDescriptor Descriptor =
            new("TEST0006", new("t", "t"), new("{0}", "{0}"), RuleCategories.Rumor, "4(6)④", Severity.Warning);

        public static int LastMatchCount { get; private set; }

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTerms([new Term("みんな", "everyone"), new Term("皆", "everyone")]);
            registration.RegisterMatchAction(static (ref RuleContext context) =>
            {
                LastMatchCount = context.Matches.Length;
                context.Report(Descriptor, context.Matches[0].Start, context.Matches[0].End);
            });
        }
    }
}
