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
