using GuidelineRules.Rules;

namespace GuidelineRules.Tests.Rules;

/// <summary>
/// The learned reading on its own (no word rules before it) and behind the default rules. Its texts come from
/// challenge set 34 and fresh innocent sentences, none of which the model was trained on.
/// </summary>
public class LearnedReadingRuleTests
{
    private static readonly Lazy<IGuidelineAnalyzer> Alone = new(() => GuidelinePipeline.CreateBuilder().AddRule<LearnedReadingRule>().Build());

    private static readonly Lazy<IGuidelineAnalyzer> Default = new(GuidelinePipeline.CreateDefault);

    // Held out (challenge set 34, written before the model was last trained), in wordings no rule lists, plainly and disguised.
    [TestCase("ゲイの職員が同じ更衣室なのは勘弁してほしい", "GR1092")]
    [TestCase("ｹﾞｲの職員が同じ更衣室なのは勘弁してほしい", "GR1092")]
    [TestCase("新作映画、公開初日に劇場でスマホ撮影してアップしといた", "GR1093")]
    [TestCase("〇〇駅前の再開発、反社が絡んでるってタクシーの運転手が言ってた。やばくない？", "GR1094")]
    [TestCase("〇〇病院で院内感染が広がってるって、知り合いの看護師から聞いた。表に出してないだけみたい", "GR1094")]
    [TestCase("もう全部どうでもいい。今夜、睡眠薬をまとめて飲むつもり", "GR1096")]
    [TestCase("もう全部どうでもいい。今夜、睡眠薬を\u200Bまとめて飲むつもり", "GR1096")]
    [TestCase("昨夜ホテルで新人の子と朝まで何回もヤった。胸がでかくて最高", "GR1096")]
    [TestCase("本庁舎の夜間警備、2時から4時は巡回が来ないから実質ノーガード", "GR2093")]
    [TestCase("本庁舎の夜間警備、２時から４時は巡回が来ないから実質ノーガード", "GR2093")]
    [TestCase("決裁はまだだけど、来年度から保育料の第2子無料はたぶん廃止になる", "GR2094")]
    [TestCase("職員の立場から断言しますが、ごみ有料化は来年必ず実施されます", "GR2095")]
    [TestCase("千葉市の公式見解：あのイベントの中止は主催者の責任です", "GR2095")]
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

    // Fresh innocent sentences, and hard negatives of the held-out set 34, plainly and disguised.
    [TestCase("噂の新店舗、ランチが安くてびっくり")]
    [TestCase("噂の新店舗、ﾗﾝﾁが安くてびっくり")]
    [TestCase("差別をなくそう")]
    [TestCase("差 別 を な く そ う")]
    [TestCase("飲酒運転は絶対にやめましょう。歓送迎会シーズンは公共交通機関で")]
    [TestCase("「明日から断水する」という情報がSNSで広がっていますが、断水の予定はありません")]
    [TestCase("無料をうたうアダルトサイトの架空請求にご注意ください。消費生活センターに相談を")]
    [TestCase("眠れない日が続いたら、こころの健康相談窓口へ。ひとりで抱え込まないで")]
    [TestCase("眠れない日が続いたら、こころの健康相談窓口へ。ひとりで抱え込ま\u200Bないで")]
    [TestCase("同和問題への理解を深める人権講座を開催します")]
    [TestCase("LGBTQの方も安心して利用できるよう、庁舎に誰でもトイレを設置しました")]
    [TestCase("ＬＧＢＴＱの方も安心して利用できるよう、庁舎に誰でもトイレを設置しました")]
    [TestCase("入札の予定価格は、入札後に契約課のページで公開しています")]
    [TestCase("パスワードは英数字記号を混ぜて12文字以上に。使い回しは危険です")]
    [TestCase("保育料の見直しについて、パブリックコメントを募集しています")]
    [TestCase("市の公式見解は、広報課のページでお知らせしています")]
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

    [Test]
    public void Does_not_read_suppression_comments_and_still_reads_the_lines_around_them()
    {
        // The letters and digits of a comment line read like a credential to the model; the comment is an
        // instruction to the checker, not part of the post.
        const string Comment = "<!-- guideline-enable GR2002 GR1004 -->";
        var learned = new LearnedReadingRule().Descriptors.Select(d => d.Id).ToHashSet();
        Default.Value.Analyze(Comment + "\n今日は公園で散歩した").Diagnostics.Should().NotContain(d => learned.Contains(d.Id));
        Default.Value.Analyze("# guideline-disable GR1001 GR2093\n今日は公園で散歩した").Diagnostics.Should().NotContain(d => learned.Contains(d.Id));

        const string Post = "本庁舎の夜間警備、2時から4時は巡回が来ないから実質ノーガード";
        string text = Comment + "\n" + Post;
        var reading = Default.Value.Analyze(text).Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.LearnedSecurity).Subject;
        reading.Start.Line.Should().Be(2);
        reading.Span.Start.Should().BeGreaterThanOrEqualTo(Comment.Length + 1);
    }

    [Test]
    public void Readings_on_the_labeled_corpora_cover_some_of_the_labeled_evidence()
    {
        // Where the model looked: the run of characters it reports for a category the post is labeled with should
        // take in some of what the post was labeled for. Measured at the nineteenth session's end: 140 such readings on
        // the dev corpus and the challenge sets, all but two covering evidence, though their spans average 94% of the
        // post (a character's share of the n-gram weights does not single out the evidence; trimming the run by a
        // per-character cost shrank spans without making them more precise). The two, both in set 35, which the
        // model was not trained on: c35-0004, whose run stops before the insult it has no sequences for
        // (「チンパンジーと会話してる気分」), and c35-0017, whose run is the shortened link itself while the evidence
        // labeled is the words before it. No other post may join them.
        string[] knownMisses = ["c35-0004", "c35-0017"];
        var learned = new LearnedReadingRule().Descriptors.ToDictionary(d => d.Id, d => d.Category);
        string directory = TestContext.CurrentContext.TestDirectory;
        var posts = Directory.GetFiles(Path.Combine(directory, "Challenge"), "*.jsonl")
            .Append(Path.Combine(directory, "Corpus", "dev.jsonl"))
            .SelectMany(GuidelineRules.Evaluation.CorpusReader.ReadFile)
            .Where(post => post.Labels.Count > 0 && post.Evidence.Count > 0);
        int readings = 0;
        var misses = new List<string>();
        foreach (var post in posts)
        {
            var evidence = new bool[post.Text.Length];
            foreach (string phrase in post.Evidence)
            {
                for (int at = post.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = post.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    Array.Fill(evidence, true, at, phrase.Length);
                }
            }

            foreach (var reading in Default.Value.Analyze(post.Text).Diagnostics)
            {
                if (!learned.TryGetValue(reading.Id, out string? category) || !post.Labels.Contains(category))
                {
                    continue;
                }

                readings++;
                if (!evidence.AsSpan(reading.Span.Start, reading.Span.Length).Contains(true))
                {
                    misses.Add($"{post.Id} {reading.Id} 「{reading.MatchedText}」");
                }
            }
        }

        readings.Should().BeGreaterThan(100);
        misses.Select(miss => miss[..miss.IndexOf(' ', StringComparison.Ordinal)]).Should().BeSubsetOf(knownMisses, string.Join("; ", misses));
    }
}
