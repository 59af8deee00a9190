using GuidelineRules.Rules;

namespace GuidelineRules.Tests.Pipeline;

public class GuidelineAnalyzerTests
{
    private static readonly IGuidelineAnalyzer Default = GuidelinePipeline.CreateDefault();

    [Test]
    public void Null_text_throws() =>
        FluentActions.Invoking(() => Default.Analyze((string)null!)).Should().Throw<ArgumentNullException>();

    [Test]
    public void Empty_text_has_no_diagnostics() =>
        Default.Analyze(string.Empty).IsClean.Should().BeTrue();

    [Test]
    public void A_cancelled_token_throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        FluentActions.Invoking(() => Default.Analyze("噂の店".AsMemory(), cts.Token)).Should().Throw<OperationCanceledException>();
    }

    [Test]
    public void A_rule_that_throws_is_named_in_the_exception()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule<ThrowingRule>().Build();
        FluentActions.Invoking(() => analyzer.Analyze("これは爆弾です"))
            .Should().Throw<GuidelineRuleException>()
            .Where(e => e.RuleId == "TEST0002" && e.Message.Contains("TEST0002") && e.InnerException is InvalidOperationException);
    }

    [Test]
    public void A_rule_that_fails_to_initialize_is_named_in_the_exception() =>
        FluentActions.Invoking(() => GuidelinePipeline.CreateBuilder().AddRule<FailingInitializeRule>().Build())
            .Should().Throw<GuidelineRuleException>().Where(e => e.RuleId == "TEST0003");

    [Test]
    public void Building_without_rules_fails() =>
        FluentActions.Invoking(() => GuidelinePipeline.CreateBuilder().Build()).Should().Throw<InvalidOperationException>();

    [Test]
    public void Adding_the_same_rule_twice_fails() =>
        FluentActions.Invoking(() => GuidelinePipeline.CreateBuilder().AddRule<RumorRule>().AddRule<RumorRule>())
            .Should().Throw<ArgumentException>();

    [Test]
    public void Configuring_an_unknown_rule_id_fails_at_build() =>
        FluentActions.Invoking(() => GuidelinePipeline.CreateBuilder().AddDefaultRules().WithSeverity("GR9999", Severity.Error).Build())
            .Should().Throw<ArgumentException>().WithMessage("*GR9999*");

    [Test]
    public void Severity_can_be_changed_and_a_rule_switched_off()
    {
        const string post = "駅前の店、食中毒出したって噂。拡散希望";
        var raised = GuidelinePipeline.CreateBuilder().AddDefaultRules().WithSeverity(RuleIds.Rumor, Severity.Error).Build().Analyze(post);
        raised.Diagnostics.Should().Contain(d => d.Id == RuleIds.Rumor && d.Severity == Severity.Error);

        var off = GuidelinePipeline.CreateBuilder().AddDefaultRules().WithSeverity(RuleIds.Rumor, null).Build().Analyze(post);
        off.Diagnostics.Should().NotContain(d => d.Id == RuleIds.Rumor).And.Contain(d => d.Id == RuleIds.RumorSpreadRequest);
    }

    [Test]
    public void Messages_name_the_clause_in_japanese_by_default_and_in_english_on_request()
    {
        const string post = "あそこの店、食中毒出したって噂";
        Default.Analyze(post).Diagnostics.Single().Message.Should().Contain("4(6)④").And.Contain("噂");
        var english = GuidelinePipeline.CreateBuilder().AddDefaultRules().WithLanguage(MessageLanguage.English).Build();
        english.Analyze(post).Diagnostics.Single().Message.Should().Contain("guideline 4(6)④").And.Contain("hearsay");
    }

    [Test]
    public void Positions_are_one_based_lines_and_utf16_columns_after_surrogate_pairs()
    {
        const string post = "一行目\r\n😀😀 あの店って噂";
        var diagnostic = Default.Analyze(post).Diagnostics.Single();
        diagnostic.MatchedText.Should().Be("って噂");
        diagnostic.Span.Start.Should().Be(post.IndexOf("って噂", StringComparison.Ordinal));
        diagnostic.Start.Should().Be(new LinePosition(2, 9)); // 😀😀 are 4 code units, then a space and あの店
        diagnostic.End.Should().Be(new LinePosition(2, 12));
    }

    [Test]
    public void A_message_is_formatted_once_from_its_argument_and_kept()
    {
        var diagnostic = Default.Analyze("あの店って噂").Diagnostics.Single();
        diagnostic.MessageArguments.Should().Equal("って噂");
        diagnostic.Message.Should().Contain("って噂").And.Contain("4(6)④");
        diagnostic.Message.Should().BeSameAs(diagnostic.Message);
        diagnostic.WithSeverity(Severity.Error).Message.Should().Be(diagnostic.Message);
    }

    // The second post has two context-word matches for one rule, which once made the dispatch sort allocate.
    [TestCase("今日は秋晴れ。千葉ポートタワーからの眺めが最高でした！https://www.city.chiba.jp/ 090 は 3.14 😀 ﾊﾗﾍﾀ")]
    [TestCase("週末は家族で海辺のカフェへ行く予定です🌅 #千葉 https://www.city.chiba.jp/")]
    [TestCase("噂の絶品ラーメン、ついに行ってきた！秘密のレシピらしい")]
    [TestCase("その話、本当か知らないので今度聞いてみます")] // a term pair is put together, and is not enough alone
    public void A_clean_post_allocates_nothing(string post)
    {
        Default.Analyze(post).IsClean.Should().BeTrue();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Default.Analyze(post);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
    }

    [Test]
    public void The_analyzer_is_safe_to_share_across_threads()
    {
        var posts = Evaluation.DevCorpus.All.Select(p => p.Text).ToArray();
        var expected = posts.Select(p => Default.Analyze(p).Diagnostics.Length).ToArray();
        var actual = new int[posts.Length];
        Parallel.For(0, posts.Length * 4, i => actual[i % posts.Length] = Default.Analyze(posts[i % posts.Length]).Diagnostics.Length);
        actual.Should().Equal(expected);
    }

    [Test]
    public void A_100_MB_text_is_analyzed()
    {
        // 50 million UTF-16 code units; one finding near the end proves the whole text was scanned.
        var chunk = "今日は秋晴れ。千葉ポートタワーからの眺めが最高でした。".AsSpan();
        var buffer = new char[50_000_000];
        for (int at = 0; at < buffer.Length; at += chunk.Length)
        {
            chunk[..Math.Min(chunk.Length, buffer.Length - at)].CopyTo(buffer.AsSpan(at));
        }

        "駅前の店、食中毒出したって噂".CopyTo(buffer.AsSpan(buffer.Length - 20));
        var result = Default.Analyze(buffer.AsMemory());
        result.Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor)
            .Which.Span.Start.Should().BeGreaterThan(buffer.Length - 20);
    }

    [Test]
    public void A_rule_that_reports_an_id_it_does_not_declare_is_named_in_the_exception()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule<UndeclaredReportRule>().Build();
        FluentActions.Invoking(() => analyzer.Analyze("爆弾"))
            .Should().Throw<GuidelineRuleException>().Where(e => e.RuleId == "TEST0004" && e.Message.Contains(RuleIds.Rumor));
    }

    [Test]
    public void A_triggered_rule_sees_its_context_words_and_an_untriggered_rule_does_not_run()
    {
        var analyzer = Build(new EchoRule("TEST0101"), new EchoRule("TEST0102", trigger: "爆薬", tokens: TokenKinds.DigitRun));

        var triggered = analyzer.Analyze("倉庫に爆弾");
        triggered.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Id == "TEST0101" && d.MessageArguments[0] == "context,trigger",
            "the other rule shares the context word but not the trigger, and has no token to run on");

        analyzer.Analyze("倉庫の整理").IsClean.Should().BeTrue("a context word alone triggers nothing");
    }

    [Test]
    public void A_rule_triggered_by_a_token_sees_its_context_words()
    {
        var analyzer = Build(new EchoRule("TEST0103"), new EchoRule("TEST0104", tokens: TokenKinds.DigitRun));
        var result = analyzer.Analyze("倉庫の番号は090-1234-5678");
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Id == "TEST0104" && d.MessageArguments[0] == "tokens=1;context");
    }

    [Test]
    public void A_rule_that_runs_on_every_text_sees_its_context_words_without_a_trigger()
    {
        var analyzer = Build(new EchoRule("TEST0105", everyText: true));
        analyzer.Analyze("倉庫の整理").Diagnostics.Should().ContainSingle().Which.MessageArguments.Should().Equal("context");
    }

    [Test]
    public void Pipelines_of_more_than_64_rules_trigger_each_rule_on_its_own_terms()
    {
        // The set of triggered rules is a 64-bit mask; beyond 64 rules every rule's hits are expanded instead.
        var rules = new IGuidelineRule[70];
        for (int i = 0; i < rules.Length; i++)
        {
            rules[i] = new EchoRule($"TEST{1000 + i}");
        }

        var analyzer = Build(rules);
        var result = analyzer.Analyze("倉庫に爆弾");
        result.Diagnostics.Should().HaveCount(70).And.OnlyContain(d => d.MessageArguments[0] == "context,trigger");
        analyzer.Analyze("倉庫の整理").IsClean.Should().BeTrue();
    }

    // The builder takes one rule of a type; these tests need several instances of one.
    private static GuidelineAnalyzer Build(params IGuidelineRule[] rules) => new(rules, new GuidelinePipelineOptions());

    /// <summary>Reports once at the start of the text, with the kinds of the matches it was given (and the tokens, when subscribed to them).</summary>
    private sealed class EchoRule(string id, string trigger = "爆弾", TokenKinds tokens = TokenKinds.None, bool everyText = false) : IGuidelineRule
    {
        private readonly RuleDescriptor _descriptor = new(id, new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning);

        public IReadOnlyList<RuleDescriptor> Descriptors => [_descriptor];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTerms([new Term(trigger, "trigger"), new Term("倉庫", "context") { IsTrigger = false }]);
            if (tokens != TokenKinds.None)
            {
                registration.RegisterTokens(tokens);
            }

            var descriptor = _descriptor;
            bool withTokens = tokens != TokenKinds.None;
            RuleAction action = (ref RuleContext context) =>
            {
                var kinds = new List<string>();
                foreach (var match in context.Matches)
                {
                    kinds.Add(match.Kind);
                }

                string argument = (withTokens ? $"tokens={context.Tokens.Length};" : string.Empty) + string.Join(",", kinds);
                context.Report(descriptor, 0, 1, argument: argument);
            };

            if (everyText)
            {
                registration.RegisterTextAction(action);
            }
            else
            {
                registration.RegisterMatchAction(action);
            }
        }
    }

    private sealed class UndeclaredReportRule : IGuidelineRule
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } =
            [new RuleDescriptor("TEST0004", new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning)];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTerms([new Term("爆弾", "bomb")]);
            registration.RegisterMatchAction(static (ref RuleContext context) => context.Report(RumorRule.HearsayDescriptor, 0, 2));
        }
    }

    private sealed class ThrowingRule : IGuidelineRule
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } =
            [new RuleDescriptor("TEST0002", new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning)];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTerms([new Term("爆弾", "bomb")]);
            registration.RegisterMatchAction(static (ref RuleContext _) => throw new InvalidOperationException("boom"));
        }
    }

    private sealed class FailingInitializeRule : IGuidelineRule
    {
        public IReadOnlyList<RuleDescriptor> Descriptors { get; } =
            [new RuleDescriptor("TEST0003", new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning)];

        public void Initialize(RuleRegistration registration) => throw new InvalidOperationException("bad data");
    }
}
