namespace GuidelineRules.Tests.Baselines;

public class BaselineTests
{
    private const string Original = "お知らせです。\nあの店、食中毒出したって噂\n電話番号さらしとく。090-1234-5678\n";
    private static readonly IGuidelineAnalyzer Analyzer = GuidelinePipeline.CreateDefault();

    private static GuidelineBaseline Record(string file, string text) =>
        GuidelineBaseline.CreateBuilder().Add(file, text, Analyzer.Analyze(text).Diagnostics).ToBaseline();

    private static IEnumerable<string> NewIds(GuidelineBaseline baseline, string file, string text) =>
        baseline.FilterNew(file, text, Analyzer.Analyze(text).Diagnostics).Select(d => d.Id);

    [Test]
    public void Recorded_findings_are_not_new_and_a_new_one_is()
    {
        var baseline = Record("posts/a.md", Original);
        baseline.Entries.Should().HaveCount(2);
        NewIds(baseline, "posts/a.md", Original).Should().BeEmpty();
        NewIds(baseline, "posts/a.md", Original + "あいつはｶｽだ\n").Should().Equal(RuleIds.Disrespect);
    }

    [Test]
    public void Edits_elsewhere_in_the_file_do_not_bring_findings_back()
    {
        var baseline = Record("posts/a.md", Original);
        string edited = "# 見出しを足した\n\n前置きの段落も足した。\n" + Original.Replace("お知らせです。", "お知らせです（更新）。", StringComparison.Ordinal);
        NewIds(baseline, "posts/a.md", edited).Should().BeEmpty();
        NewIds(baseline, "posts\\a.md", edited).Should().BeEmpty("paths compare with forward slashes");
    }

    [Test]
    public void A_changed_finding_or_another_file_is_new()
    {
        var baseline = Record("posts/a.md", Original);
        NewIds(baseline, "posts/a.md", Original.Replace("090-1234-5678", "090-8765-4321", StringComparison.Ordinal)).Should().Equal(RuleIds.PersonalInformation);
        NewIds(baseline, "posts/b.md", Original).Should().HaveCount(2);
    }

    [Test]
    public void Each_recorded_finding_accounts_for_one_occurrence()
    {
        const string line = "あの店、食中毒出したって噂";
        var diagnostic = Analyzer.Analyze(line).Diagnostics.Single();
        string fingerprint = GuidelineBaseline.Fingerprint(diagnostic, line);
        var baseline = GuidelineBaseline.Create([new BaselineEntry(diagnostic.Id, fingerprint, null, 2)]);
        baseline.FilterNew(null, line, [diagnostic, diagnostic, diagnostic]).Should().ContainSingle();
    }

    [Test]
    public void Fingerprints_ignore_width_and_spacing_variants_but_not_the_words()
    {
        string Fingerprint(string text) => GuidelineBaseline.Fingerprint(Analyzer.Analyze(text).Diagnostics.Single(d => d.Id == RuleIds.Rumor), text);
        Fingerprint("あの店、食中毒出したって噂").Should().Be(Fingerprint("あの店、 食中毒出したって噂"));
        Fingerprint("あの店、食中毒出したって噂").Should().NotBe(Fingerprint("この店、食中毒出したって噂"));
        Fingerprint("あの店、食中毒出したって噂").Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Test]
    public void Saves_and_loads_the_same_baseline_in_a_stable_order()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gr-baseline-{Guid.NewGuid():N}.json");
        try
        {
            var baseline = Record("posts/a.md", Original);
            baseline.Save(path);
            string first = File.ReadAllText(path);
            first.Should().Contain("\"version\": 1").And.NotContain("\"line");
            var loaded = GuidelineBaseline.Load(path);
            loaded.Entries.Should().Equal(baseline.Entries);
            loaded.Save(path);
            File.ReadAllText(path).Should().Be(first);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("{ \"version\": 2, \"findings\": [] }", "$.version")]
    [TestCase("{ \"version\": 1, \"findings\": [ { \"ruleId\": \"GR1004\", \"count\": 1 } ] }", "$.findings[0]")]
    [TestCase("{ \"version\": 1, \"findngs\": [] }", "$")]
    [TestCase("not json", "$")]
    public void A_bad_baseline_file_is_named(string content, string path)
    {
        string file = Path.Combine(Path.GetTempPath(), $"gr-baseline-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, content);
        try
        {
            var error = ((Action)(() => GuidelineBaseline.Load(file))).Should().Throw<GuidelineConfigurationException>().Which;
            error.FilePath.Should().Be(file);
            (error.PropertyPath ?? "$").Should().StartWith(path);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
