using System.Text.Json;

namespace GuidelineRules.Tests.Meta;

/// <summary>The embedded data files and their schema agree.</summary>
public class RuleDataTests
{
    private static string[] DataFiles()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "GuidelineRules.sln")))
        {
            dir = dir.Parent;
        }

        // The learned model has a schema of its own (LearnedModelTests).
        return Directory.GetFiles(Path.Combine(dir.FullName, "src", "GuidelineRules", "Rules"), "*.json")
            .Where(path => !path.EndsWith(".model.json", StringComparison.Ordinal))
            .ToArray();
    }

    [TestCaseSource(nameof(DataFiles))]
    public void Each_data_file_uses_only_properties_the_schema_declares(string path)
    {
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "docs", "schemas", "rule-data.schema.json")));
        using var data = JsonDocument.Parse(File.ReadAllText(path));
        var top = schema.RootElement.GetProperty("properties");
        var termProperties = top.GetProperty("terms").GetProperty("items").GetProperty("properties");
        var groupProperties = top.GetProperty("groups").GetProperty("items").GetProperty("properties");
        foreach (var property in data.RootElement.EnumerateObject())
        {
            top.TryGetProperty(property.Name, out _).Should().BeTrue($"{Path.GetFileName(path)} has '{property.Name}'");
        }

        data.RootElement.GetProperty("$schema").GetString().Should().Be("../../../docs/schemas/rule-data.schema.json");
        foreach (var term in Items(data.RootElement, "terms"))
        {
            foreach (var p in term.EnumerateObject())
            {
                termProperties.TryGetProperty(p.Name, out _).Should().BeTrue($"term property '{p.Name}' in {Path.GetFileName(path)}");
            }
        }

        foreach (var group in Items(data.RootElement, "groups"))
        {
            foreach (var p in group.EnumerateObject())
            {
                groupProperties.TryGetProperty(p.Name, out _).Should().BeTrue($"group property '{p.Name}' in {Path.GetFileName(path)}");
            }
        }
    }

    // The loader keeps the last of two equal keys without a word, so a second "exceptions" on a pair silently drops
    // the first list (it happened once, while editing data by script).
    [TestCaseSource(nameof(DataFiles))]
    public void No_object_in_a_data_file_repeats_a_key(string path)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(path));
        var repeated = new List<string>();
        CollectRepeatedKeys(data.RootElement, "$", repeated);
        repeated.Should().BeEmpty(Path.GetFileName(path));
    }

    [TestCaseSource(nameof(DataFiles))]
    public void No_group_or_pair_list_names_a_word_twice(string path)
    {
        using var data = JsonDocument.Parse(File.ReadAllText(path));
        var repeated = new List<string>();
        foreach (var group in Items(data.RootElement, "groups"))
        {
            CollectRepeatedWords(group, "terms", repeated);
        }

        foreach (var pair in Items(data.RootElement, "pairs"))
        {
            CollectRepeatedWords(pair, "first", repeated);
            CollectRepeatedWords(pair, "second", repeated);
        }

        repeated.Should().BeEmpty(Path.GetFileName(path));
    }

    private static void CollectRepeatedWords(JsonElement owner, string list, List<string> repeated)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Items(owner, list))
        {
            if (!seen.Add(word.GetString()!))
            {
                repeated.Add($"{list}: {word.GetString()}");
            }
        }
    }

    private static void CollectRepeatedKeys(JsonElement element, string at, List<string> repeated)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    repeated.Add($"{at}.{property.Name}");
                }

                CollectRepeatedKeys(property.Value, $"{at}.{property.Name}", repeated);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var item in element.EnumerateArray())
            {
                CollectRepeatedKeys(item, $"{at}[{i++}]", repeated);
            }
        }
    }

    // Both lists are optional: a rule may have only groups of plain terms.
    private static JsonElement[] Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? [.. list.EnumerateArray()] : [];

    [Test]
    public void Every_built_in_rule_loads_its_data_and_builds() =>
        FluentActions.Invoking(GuidelinePipeline.CreateDefault).Should().NotThrow();
}
