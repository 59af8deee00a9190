using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuidelineRules;

/// <summary>Registers GuidelineRules in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class GuidelineRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="IGuidelineAnalyzer"/> (a singleton, built on first use) with the default
    /// rules, every <see cref="IGuidelineRule"/> registered in the container, and <paramref name="configure"/>.
    /// Calling it twice keeps the first registration.
    /// </summary>
    public static IServiceCollection AddGuidelineRules(this IServiceCollection services, Action<GuidelinePipelineBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGuidelineAnalyzer>(provider =>
        {
            var builder = GuidelinePipeline.CreateBuilder().AddDefaultRules();
            foreach (var rule in provider.GetServices<IGuidelineRule>())
            {
                if (!builder.ContainsRule(rule.GetType()))
                {
                    builder.AddRule(rule);
                }
            }

            configure?.Invoke(builder);
            return builder.Build();
        });
        return services;
    }
}
