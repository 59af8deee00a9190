using GuidelineRules.Rules;

namespace GuidelineRules.Tests.Rules;

/// <summary>
/// The learned reading on its own (no word rules before it) and behind the default rules. Its texts come from
/// challenge sets 32 and 33 and fresh innocent sentences, none of which the model was trained on.
/// </summary>
public class LearnedReadingRuleTests
{
    private static readonly Lazy<IGuidelineAnalyzer> Alone = new(() => GuidelinePipeline.CreateBuilder().AddRule<LearnedReadingRule>().Build());

    private static readonly Lazy<IGuidelineAnalyzer> Default = new(GuidelinePipeline.CreateDefault);

    // Held out (challenge sets 32 and 33), in wordings no rule lists, plainly and disguised.
    [TestCase("新人の〇〇、言われたこともできない。学習能力ゼロのサル", "GR1091")]
    [TestCase("新人の〇〇、言われたこともできない。学習能力ゼロのｻﾙ", "GR1091")]
    [TestCase("統合失調症の人が近所に住むとか、怖くて子ども外で遊ばせられない", "GR1092")]
    [TestCase("統合失調症の人が近所に住むとか、怖\u200Bくて子ども外で遊ばせられない", "GR1092")]
    [TestCase("役所のコピー機で同人誌100部刷った。紙代浮いた", "GR1093")]
    [TestCase("役所のコピー機で同人誌１００部刷った。紙代浮いた", "GR1093")]
    [TestCase("駅前に外国人の窃盗団が来てるって回覧板に書いてあったらしい。戸締まりしっかり", "GR1094")]
    [TestCase("もう全部どうでもいい。今夜練炭買ってくる", "GR1096")]
    [TestCase("もう全部どうでもいい。今夜練\u200B炭買ってくる", "GR1096")]
    [TestCase("窓口に来た人に、さりげなく〇〇候補のパンフ渡してる", "GR1291")]
    [TestCase("取引先の〇〇社、来期に工場閉鎖するって担当者がぽろっと言ってた", "GR2091")]
    [TestCase("有名なイラストレーターの絵、トレースして区の広報チラシに使った", "GR2092")]
    [TestCase("夜10時過ぎたら本庁舎の裏口、誰もチェックしてないから入り放題", "GR2093")]
    [TestCase("来年度から市民プールを有料化する方針、局長の了承待ち", "GR2094")]
    [TestCase("市の見解をお伝えします：駅前の再開発に反対する意見は根拠がありません", "GR2095")]
    public void Reads_new_wordings_the_rules_do_not_list(string text, string id)
    {
        var diagnostics = Default.Value.Analyze(text).Diagnostics;
        var reading = diagnostics.Should().ContainSingle(d => d.Id == id).Subject;
        reading.Span.Start.Should().BeGreaterThanOrEqualTo(0);
        reading.Span.End.Should().BeLessThanOrEqualTo(text.Length);
        reading.Span.Length.Should().BePositive();
        double.Parse(reading.Properties["probability"], System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(0.5, 1.0);
        reading.Message.Should().Contain(reading.Descriptor.Clause);
    }

    // Fresh innocent sentences, and hard negatives of the held-out sets, plainly and disguised.
    [TestCase("噂の新店舗、ランチが安くてびっくり")]
    [TestCase("噂の新店舗、ﾗﾝﾁが安くてびっくり")]
    [TestCase("差別をなくそう")]
    [TestCase("差 別 を な く そ う")]
    [TestCase("HIVについて正しく知ろう。無料・匿名の検査を保健所で実施しています")]
    [TestCase("職場の備品は持ち帰らないよう、改めて周知します")]
    [TestCase("練炭を使ったバーベキューは、必ず屋外で")]
    [TestCase("期日前投票所の場所は、選挙管理委員会のページをご覧ください")]
    [TestCase("入札結果と落札価格は、契約課のページで公開しています")]
    [TestCase("写真撮影の際は、写り込む人の同意をとりましょう")]
    [TestCase("防犯カメラを増設し、公園の安全を強化しました")]
    [TestCase("計画の素案について、市民の皆さんの意見を募集しています")]
    [TestCase("市の見解は、市長の定例記者会見でお伝えしています")]
    [TestCase("ネットの書き込みで困ったら、法務局の人権相談へ")]
    public void Leaves_innocent_posts_alone(string text) => Alone.Value.Analyze(text).Diagnostics.Should().BeEmpty();

    [Test]
    public void Reports_nothing_a_rule_of_the_same_category_already_reported()
    {
        // GR1001 reports クズ; the model reads the post as disrespect too, and says nothing more.
        const string Text = "窓口で怒鳴ってたあのクズ、二度と来んな";
        Alone.Value.Analyze(Text).Diagnostics.Should().Contain(d => d.Id == RuleIds.LearnedDisrespect);
        var diagnostics = Default.Value.Analyze(Text).Diagnostics;
        diagnostics.Should().Contain(d => d.Id == RuleIds.Disrespect);
        diagnostics.Should().NotContain(d => d.Id == RuleIds.LearnedDisrespect);
    }

    [TestCase("# guideline-disable-next-line GR1004")]
    [TestCase("エロ動画とか無修正とか、そういう言葉を見たら通報を")]
    [TestCase("出会い系サイトのトラブルにご注意ください https://www.kokusen.go.jp")]
    public void Reads_no_obscene_link_without_a_link_outside_the_allowlist(string text) =>
        Alone.Value.Analyze(text).Diagnostics.Should().NotContain(d => d.Id == RuleIds.LearnedObsceneLink);

    [Test]
    public void Reads_an_obscene_link_the_domain_list_does_not_know()
    {
        var diagnostics = Alone.Value.Analyze("無修正の素人動画、見放題はこちら https://shirouto-mimi.net").Diagnostics;
        diagnostics.Should().Contain(d => d.Id == RuleIds.LearnedObsceneLink);
    }

    [Test]
    public void A_higher_threshold_reports_only_the_surer_readings()
    {
        const string Text = "窓口に来た人に、さりげなく〇〇候補のパンフ渡してる";
        double probability = double.Parse(
            Alone.Value.Analyze(Text).Diagnostics.Single(d => d.Id == RuleIds.LearnedPolitical).Properties["probability"],
            System.Globalization.CultureInfo.InvariantCulture);
        var stricter = GuidelinePipeline.CreateBuilder()
            .AddRule<LearnedReadingRule>()
            .Configure(o => o.RuleOptions[RuleIds.LearnedPolitical] = new Dictionary<string, string> { ["threshold"] = "0.999" })
            .Build();
        probability.Should().BeLessThan(0.999);
        stricter.Analyze(Text).Diagnostics.Should().BeEmpty();
    }

    [TestCase("0")]
    [TestCase("1")]
    [TestCase("1.5")]
    [TestCase("half")]
    [TestCase("NaN")]
    public void A_threshold_that_is_not_a_probability_fails_the_build(string threshold)
    {
        var build = () => GuidelinePipeline.CreateBuilder()
            .AddRule<LearnedReadingRule>()
            .Configure(o => o.RuleOptions[RuleIds.LearnedRumor] = new Dictionary<string, string> { ["threshold"] = threshold })
            .Build();
        build.Should().Throw<GuidelineRuleException>().WithInnerException<ArgumentException>().WithMessage("*threshold*between 0 and 1*");
    }

    [Test]
    public void Is_silent_on_one_character_and_on_nothing()
    {
        Alone.Value.Analyze(string.Empty).Diagnostics.Should().BeEmpty();
        Alone.Value.Analyze("あ").Diagnostics.Should().BeEmpty();
    }
}
