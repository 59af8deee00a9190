using System.Text.Json;

namespace GuidelineRules.Cli.Tests;

/// <summary>SARIF 2.1.0 as GitHub code scanning takes it, checked field by field against a golden file.</summary>
public class SarifTests : CliTestBase
{
    private JsonElement _sarif;

    [SetUp]
    public async Task CheckTwoFiles()
    {
        // 👍 is a surrogate pair before the finding: columns count UTF-16 code units, so it counts twice.
        Write("posts/お知らせ.md", "# 告知\n👍あの店、食中毒出したって噂\n");
        Write("export.jsonl", "{\"id\":\"p-1\",\"text\":\"今日は晴れ\"}\n{\"id\":\"p-2\",\"text\":\"👍電話番号さらしとく。090-1234-5678\"}\n");
        var (code, output, error) = await Run("check", "posts", "export.jsonl", "--format", "sarif");
        error.Should().BeEmpty();
        code.Should().Be(ExitCodes.Findings);
        _sarif = JsonDocument.Parse(output).RootElement.Clone();
    }

    [Test]
    public void Matches_the_golden_file_field_by_field()
    {
        var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "surrogate.sarif.json"))).RootElement;
        AssertSubset(golden, _sarif, "$");
    }

    [Test]
    public void Declares_every_rule_with_its_descriptions_help_level_category_and_clause()
    {
        var run = _sarif.GetProperty("runs")[0];
        _sarif.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var analyzer = GuidelinePipeline.CreateDefault();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(analyzer.Descriptors.Select(d => d.Id));
        foreach (var rule in rules)
        {
            string id = rule.GetProperty("id").GetString()!;
            var descriptor = analyzer.Descriptors.Single(d => d.Id == id);
            rule.GetProperty("name").GetString().Should().MatchRegex("^[A-Z][A-Za-z0-9]+$");
            rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be(descriptor.Title.Japanese);
            rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            rule.GetProperty("help").GetProperty("text").GetString().Should().Contain(descriptor.Clause);
            rule.GetProperty("help").GetProperty("markdown").GetString().Should().Contain(descriptor.HelpUri);
            new Uri(rule.GetProperty("helpUri").GetString()!).IsAbsoluteUri.Should().BeTrue();
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be(SarifFindingWriter.Level(descriptor.DefaultSeverity));
            rule.GetProperty("properties").GetProperty("category").GetString().Should().Be(descriptor.Category);
            rule.GetProperty("properties").GetProperty("clause").GetString().Should().Be(descriptor.Clause);
        }
    }

    [Test]
    public void Results_point_at_their_rule_and_carry_line_independent_fingerprints()
    {
        var run = _sarif.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
            result.GetProperty("partialFingerprints").GetProperty(SarifFindingWriter.FingerprintKey).GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        }
    }

    [Test]
    public async Task Fingerprints_do_not_change_when_lines_are_added_above()
    {
        string Fingerprint(JsonElement sarif) => sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty(SarifFindingWriter.FingerprintKey).GetString()!;
        string before = Fingerprint(_sarif);
        Write("posts/お知らせ.md", "# 告知\n\n追記しました。\n\n👍あの店、食中毒出したって噂\n");
        var (_, output, _) = await Run("check", "posts", "--format", "sarif");
        var after = JsonDocument.Parse(output).RootElement;
        after.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(5);
        Fingerprint(after).Should().Be(before);
    }

    // Every property of the golden document must be in the actual one with the same value; arrays element by element.
    private static void AssertSubset(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                actual.ValueKind.Should().Be(JsonValueKind.Object, path);
                foreach (var property in expected.EnumerateObject())
                {
                    actual.TryGetProperty(property.Name, out var value).Should().BeTrue($"{path}.{property.Name} should exist");
                    AssertSubset(property.Value, value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                actual.ValueKind.Should().Be(JsonValueKind.Array, path);
                actual.GetArrayLength().Should().Be(expected.GetArrayLength(), path);
                for (int i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertSubset(expected[i], actual[i], $"{path}[{i}]");
                }

                break;
            default:
                actual.GetRawText().Should().Be(expected.GetRawText(), path);
                break;
        }
    }
}
