using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GuidelineRules.Tests.Configuration;

/// <summary>The shipped JSON schema and the reader accept the same properties, so editors complete what works.</summary>
public class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(ConfigurationFileTests.RepositoryRoot(), "docs", "schemas", "guidelinerules.schema.json"))).RootElement;

    [TestCase("ConfigurationFileModel", "#")]
    [TestCase("SeveritySection", "#/properties/severity")]
    [TestCase("AllowSection", "#/properties/allow")]
    [TestCase("ExtraTermModel", "#/$defs/term")]
    public void The_schema_lists_exactly_the_properties_the_reader_takes(string typeName, string location)
    {
        var type = typeof(GuidelineConfiguration).Assembly.GetType("GuidelineRules." + typeName)!;
        var read = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);
        var node = Schema;
        foreach (string segment in location.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(segment);
        }

        node.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        var listed = node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        listed.Should().Equal(read);
    }

    [Test]
    public void The_schema_lists_every_category_and_severity_the_reader_takes()
    {
        var categories = Schema.GetProperty("$defs").GetProperty("category").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        categories.Should().BeEquivalentTo(RuleCategories.All.Append(PipelineDescriptors.Category));
        var severities = Schema.GetProperty("$defs").GetProperty("severity").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        foreach (string severity in severities)
        {
            GuidelinePipeline.CreateBuilder().AddDefaultRules()
                .UseConfiguration(GuidelineConfiguration.Parse($$"""{ "severity": { "all": "{{severity}}" } }""")).Build().Should().NotBeNull();
        }
    }
}
