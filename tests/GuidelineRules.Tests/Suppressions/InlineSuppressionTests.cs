namespace GuidelineRules.Tests.Suppressions;

/// <summary>guideline-disable comments in files checked in CI, and the suppressor stage for host apps.</summary>
public class InlineSuppressionTests
{
    // Rules report the first finding of their kind in a text, so each line holds a different rule's finding.
    private const string Rumor = "あの店、食中毒出したって噂";
    private const string Insult = "あいつはｶｽだ";
    private const string Phone = "電話番号さらしとく。090-1234-5678";
    private static readonly IGuidelineAnalyzer Analyzer = GuidelinePipeline.CreateDefault();

    private static IEnumerable<string> Ids(AnalysisResult result) => result.Diagnostics.Select(d => d.Id);

    [TestCase("<!-- guideline-disable-next-line GR1004 -->")]
    [TestCase("# guideline-disable-next-line GR1004")]
    [TestCase("// guideline-disable-next-line GR1004")]
    [TestCase("  <!--guideline-disable-next-line gr1004-->")]
    public void Next_line_comments_suppress_that_line_only(string comment)
    {
        var result = Analyzer.Analyze($"{comment}\n{Rumor}\n{Insult}");
        result.Diagnostics.Should().ContainSingle().Which.Start.Line.Should().Be(3);
        var suppressed = result.SuppressedDiagnostics.Should().ContainSingle().Which;
        suppressed.Diagnostic.Start.Line.Should().Be(2);
        suppressed.Justification.Should().Be("guideline-disable-next-line GR1004 (line 1)");
    }

    [Test]
    public void Disable_and_enable_bracket_a_region_and_CRLF_lines_count_the_same()
    {
        string text = $"{Insult}\r\n<!-- guideline-disable GR1004 GR2002 -->\r\n{Rumor}\r\n{Phone}\r\n<!-- guideline-enable GR2002 GR1004 -->\r\n";
        var result = Analyzer.Analyze(text);
        result.Diagnostics.Select(d => (d.Id, d.Start.Line)).Should().Equal((RuleIds.Disrespect, 1));
        result.SuppressedDiagnostics.Select(s => (s.Diagnostic.Id, s.Diagnostic.Start.Line)).Should().Equal((RuleIds.Rumor, 3), (RuleIds.PersonalInformation, 4));
        var after = Analyzer.Analyze(text + Phone);
        after.Diagnostics.Select(d => (d.Id, d.Start.Line)).Should().Equal((RuleIds.Disrespect, 1), (RuleIds.PersonalInformation, 6));
    }

    [Test]
    public void A_disable_without_IDs_covers_every_rule_and_an_enable_can_take_one_back()
    {
        string text = $"# guideline-disable\n{Rumor}\n# guideline-enable GR1001\n{Phone}\n{Insult}";
        var result = Analyzer.Analyze(text);
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Id == RuleIds.Disrespect && d.Start.Line == 5);
        result.SuppressedDiagnostics.Select(s => (s.Diagnostic.Id, s.Diagnostic.Start.Line)).Should().Equal((RuleIds.Rumor, 2), (RuleIds.PersonalInformation, 4));
    }

    [Test]
    public void Other_rules_on_a_suppressed_line_are_still_reported()
    {
        var result = Analyzer.Analyze($"<!-- guideline-disable-next-line GR1001 -->\n{Rumor}");
        Ids(result).Should().Equal(PipelineDescriptors.UnusedSuppression.Id, RuleIds.Rumor);
    }

    [Test]
    public void Unknown_IDs_are_reported_where_they_are_and_not_widened_to_every_rule()
    {
        string text = $"<!-- guideline-disable-next-line GR9999 -->\n{Rumor}";
        var result = Analyzer.Analyze(text);
        var unknown = result.Diagnostics.Should().ContainSingle(d => d.Id == PipelineDescriptors.UnknownSuppressionId.Id).Which;
        unknown.MatchedText.Should().Be("GR9999");
        unknown.Severity.Should().Be(Severity.Info);
        unknown.Span.Start.Should().Be(text.IndexOf("GR9999", StringComparison.Ordinal));
        result.Diagnostics.Should().Contain(d => d.Id == RuleIds.Rumor);
    }

    [Test]
    public void An_unused_suppression_is_reported_at_the_comment()
    {
        string text = "今日は晴れ。\n<!-- guideline-disable GR1004 -->\n明日も晴れ。";
        var unused = Analyzer.Analyze(text).Diagnostics.Should().ContainSingle().Which;
        unused.Id.Should().Be(PipelineDescriptors.UnusedSuppression.Id);
        unused.MatchedText.Should().Be("guideline-disable GR1004");
        unused.Start.Line.Should().Be(2);
    }

    [TestCase("guideline-disable GR1004 という書き方があります。" + Rumor)]
    [TestCase("設定 guideline-disable-next-line GR1004\n" + Rumor)]
    public void Marker_words_outside_a_comment_are_plain_text(string text)
    {
        var result = Analyzer.Analyze(text);
        Ids(result).Should().Equal(RuleIds.Rumor);
        result.SuppressedDiagnostics.Should().BeEmpty();
    }

    [Test]
    public void Inline_suppressions_can_be_switched_off()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().Configure(o => o.InlineSuppressions = false).Build();
        Ids(analyzer.Analyze($"<!-- guideline-disable GR9999 GR1004 -->{Rumor}")).Should().Equal(RuleIds.Rumor);
    }

    [Test]
    public void GR0001_and_GR0002_are_configured_like_rules()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().WithSeverity("GR0002", null).WithSeverity("GR0001", Severity.Warning).Build();
        var result = analyzer.Analyze("<!-- guideline-disable GR9999 GR1004 -->今日は晴れ");
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Id == "GR0001" && d.Severity == Severity.Warning);
    }

    [Test]
    public void A_suppressor_switches_off_what_the_host_approves_and_keeps_the_reason()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().AddSuppressor(new ApprovedPhrases()).Build();
        var result = analyzer.Analyze("駅前の店が潰れるらしい。拡散希望");
        result.Diagnostics.Should().NotContain(d => d.Id == RuleIds.RumorSpreadRequest);
        result.SuppressedDiagnostics.Should().ContainSingle().Which.Justification.Should().Be("approved by the PR office");
        result.Diagnostics.Should().Contain(d => d.Id == RuleIds.Rumor);
    }

    [Test]
    public void A_suppressor_that_throws_is_named()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().AddSuppressor(new Throwing()).Build();
        Action act = () => analyzer.Analyze(Rumor);
        act.Should().Throw<GuidelineRuleException>().WithMessage("*Throwing*GR1004*");
    }

    [Test]
    public void The_suppression_stage_allocates_nothing_on_a_clean_post()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddDefaultRules().AddSuppressor(new ApprovedPhrases()).Build();
        const string post = "今日は市民まつりに行きました。天気が良くて、たくさんの人が来ていました。";
        analyzer.Analyze(post).IsClean.Should().BeTrue();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            analyzer.Analyze(post);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private sealed class ApprovedPhrases : IGuidelineSuppressor
    {
        public string? GetSuppressionJustification(Diagnostic diagnostic, ReadOnlySpan<char> text) =>
            diagnostic.Id == RuleIds.RumorSpreadRequest ? "approved by the PR office" : null;
    }

    private sealed class Throwing : IGuidelineSuppressor
    {
        public string? GetSuppressionJustification(Diagnostic diagnostic, ReadOnlySpan<char> text) => throw new InvalidOperationException("boom");
    }
}
