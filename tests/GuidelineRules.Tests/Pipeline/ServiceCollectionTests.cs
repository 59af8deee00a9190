using Microsoft.Extensions.DependencyInjection;

namespace GuidelineRules.Tests.Pipeline;

public class ServiceCollectionTests
{
    [Test]
    public void Registers_one_shared_analyzer_with_the_default_rules()
    {
        using var provider = new ServiceCollection().AddGuidelineRules().AddGuidelineRules().BuildServiceProvider();
        var first = provider.GetRequiredService<IGuidelineAnalyzer>();
        first.Should().BeSameAs(provider.GetRequiredService<IGuidelineAnalyzer>());
        first.Analyze("あの店、食中毒出したって噂").Diagnostics.Should().ContainSingle(d => d.Id == RuleIds.Rumor);
        provider.GetServices<IGuidelineAnalyzer>().Should().HaveCount(1);
    }

    [Test]
    public void Picks_up_rules_registered_in_the_container_and_applies_configuration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGuidelineRule, WordRule>();
        services.AddGuidelineRules(o => o.Pipeline.RuleSeverities[RuleIds.Rumor] = null);
        using var provider = services.BuildServiceProvider();
        var result = provider.GetRequiredService<IGuidelineAnalyzer>().Analyze("あの店、食中毒出したって噂。合言葉はパイナップル");
        result.Diagnostics.Select(d => d.Id).Should().Equal("TEST0005");
    }

    [Test]
    public void Every_call_configures_the_one_analyzer_in_order()
    {
        var services = new ServiceCollection();
        services.AddGuidelineRules(o => o.Pipeline.RuleSeverities[RuleIds.Rumor] = Severity.Error);
        services.AddGuidelineRules(o => o.Pipeline.Language = MessageLanguage.English);
        services.Count(d => d.ServiceType == typeof(IGuidelineAnalyzer)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var diagnostic = provider.GetRequiredService<IGuidelineAnalyzer>().Analyze("あの店、食中毒出したって噂").Diagnostics.Single();
        diagnostic.Severity.Should().Be(Severity.Error);
        diagnostic.Message.Should().Contain("(guideline 4(6)④)");
    }

    [Test]
    public void Reads_a_configuration_file_and_picks_up_suppressors_from_the_container()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gr-di-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"severity\": { \"categories\": { \"rumor\": \"suggestion\" } } }");
        try
        {
            var services = new ServiceCollection();
            services.AddSingleton<IGuidelineSuppressor, NoSpread>();
            services.AddGuidelineRules(o => o.ConfigurationFile = path);
            using var provider = services.BuildServiceProvider();
            var result = provider.GetRequiredService<IGuidelineAnalyzer>().Analyze("駅前の店が潰れるらしい。拡散希望");
            result.Diagnostics.Should().OnlyContain(d => d.Severity == Severity.Info && d.Id == RuleIds.Rumor);
            result.SuppressedDiagnostics.Should().ContainSingle(s => s.Diagnostic.Id == RuleIds.RumorSpreadRequest);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Without_the_default_rules_only_container_rules_run()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGuidelineRule, WordRule>();
        services.AddGuidelineRules(o => o.UseDefaultRules = false);
        using var provider = services.BuildServiceProvider();
        var analyzer = provider.GetRequiredService<IGuidelineAnalyzer>();
        analyzer.Descriptors.Select(d => d.Id).Should().Contain("TEST0005").And.NotContain(RuleIds.Rumor);
    }

    [Test]
    public void A_bad_configuration_file_fails_when_the_analyzer_is_resolved_naming_the_file()
    {
        var services = new ServiceCollection();
        services.AddGuidelineRules(o => o.ConfigurationFile = "/nonexistent/guidelinerules.json");
        using var provider = services.BuildServiceProvider();
        Action act = () => provider.GetRequiredService<IGuidelineAnalyzer>();
        act.Should().Throw<GuidelineConfigurationException>().WithMessage("*/nonexistent/guidelinerules.json*");
    }

    private sealed class NoSpread : IGuidelineSuppressor
    {
        public string? GetSuppressionJustification(Diagnostic diagnostic, ReadOnlySpan<char> text) =>
            diagnostic.Id == RuleIds.RumorSpreadRequest ? "spreading is this account's job" : null;
    }

    private sealed class WordRule : IGuidelineRule
    {
        private static readonly RuleDescriptor Descriptor =
            new("TEST0005", new("t", "t"), new("{0}", "{0}"), RuleCategories.Security, "5(3)", Severity.Warning);

        public IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

        public void Initialize(RuleRegistration registration)
        {
            registration.RegisterTerms([new Term("パイナップル", "word")]);
            registration.RegisterMatchAction(static (ref RuleContext context) => context.Report(Descriptor, context.Matches[0].Start, context.Matches[0].End));
        }
    }
}
