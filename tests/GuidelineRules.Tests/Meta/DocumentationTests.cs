using System.Text.RegularExpressions;

namespace GuidelineRules.Tests.Meta;

/// <summary>
/// Docs and code in step, as Meziantou's RuleHelpUri test does: every rule ID has a page and a README row that
/// agree with its descriptor, and every example a page shows behaves as the page says.
/// </summary>
public partial class DocumentationTests
{
    private static readonly IGuidelineAnalyzer Analyzer = GuidelinePipeline.CreateDefault();

    private static IEnumerable<RuleDescriptor> Descriptors() => Analyzer.Descriptors;

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidelineRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above the test directory.");
    }

    [TestCaseSource(nameof(Descriptors))]
    public void Each_rule_has_a_docs_page_that_matches_its_descriptor(RuleDescriptor descriptor)
    {
        string path = Path.Combine(RepositoryRoot(), descriptor.HelpUri);
        File.Exists(path).Should().BeTrue($"{descriptor.Id} needs {descriptor.HelpUri}");
        string page = File.ReadAllText(path);
        page.Should().StartWith($"# {descriptor.Id} — {descriptor.Title.Japanese} / {descriptor.Title.English}");
        page.Should().Contain($"| Category | `{descriptor.Category}` |");
        page.Should().Contain($"| Guideline clause | {descriptor.Clause} |");
        page.Should().Contain($"| Default severity | {descriptor.DefaultSeverity} |");
    }

    [TestCaseSource(nameof(Descriptors))]
    public void Each_rule_has_a_readme_row_that_matches_its_descriptor(RuleDescriptor descriptor)
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        readme.Should().Contain(
            $"| [{descriptor.Id}]({descriptor.HelpUri}) | {descriptor.Category} | {descriptor.Clause} | {descriptor.Title.Japanese} / {descriptor.Title.English} | {descriptor.DefaultSeverity} |");
    }

    [TestCaseSource(nameof(Descriptors))]
    public void The_examples_on_each_page_behave_as_the_page_says(RuleDescriptor descriptor)
    {
        string page = File.ReadAllText(Path.Combine(RepositoryRoot(), descriptor.HelpUri));
        var fire = Examples(page, "Examples that fire");
        var quiet = Examples(page, "Examples that stay quiet");
        fire.Should().NotBeEmpty();
        quiet.Should().NotBeEmpty();
        foreach (string example in fire)
        {
            Analyzer.Analyze(example).Diagnostics.Should().Contain(d => d.Id == descriptor.Id, "the page says 「{0}」 fires", example);
        }

        foreach (string example in quiet)
        {
            Analyzer.Analyze(example).Diagnostics.Should().NotContain(d => d.Id == descriptor.Id, "the page says 「{0}」 stays quiet", example);
        }
    }

    [Test]
    public void Every_docs_page_belongs_to_a_rule()
    {
        var ids = Descriptors().Select(d => d.Id).ToHashSet();
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "rules"), "*.md"))
        {
            ids.Should().Contain(Path.GetFileNameWithoutExtension(file));
        }
    }

    [Test]
    public void Every_rule_is_silent_on_an_empty_post() => Analyzer.Analyze(string.Empty).IsClean.Should().BeTrue();

    private static List<string> Examples(string page, string heading)
    {
        int start = page.IndexOf("## " + heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        int end = page.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        string section = end < 0 ? page[start..] : page[start..end];
        return ExampleLine().Matches(section).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("^- 「(.*)」$", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();
}
