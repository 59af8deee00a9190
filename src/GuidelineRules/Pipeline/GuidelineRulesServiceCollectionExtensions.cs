using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GuidelineRules;

/// <summary>Registers GuidelineRules in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class GuidelineRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="IGuidelineAnalyzer"/> (a singleton, built once on first use) with the built-in
    /// rules, every <see cref="IGuidelineRule"/> and <see cref="IGuidelineSuppressor"/> registered in the container, and
    /// the settings of <paramref name="configure"/>. Safe to call more than once: the analyzer is registered once
    /// and every call's <paramref name="configure"/> is applied, in order.
    /// </summary>
    public static IServiceCollection AddGuidelineRules(this IServiceCollection services, Action<GuidelineRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        GuidelineRulesRegistration? registration = null;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(GuidelineRulesRegistration) && descriptor.ImplementationInstance is GuidelineRulesRegistration existing)
            {
                registration = existing;
                break;
            }
        }

        if (registration is null)
        {
            registration = new GuidelineRulesRegistration();
            services.AddSingleton(registration);
            services.TryAddSingleton<IGuidelineAnalyzer>(provider => registration.Build(provider));
        }

        if (configure is not null)
        {
            registration.Configures.Add(configure);
        }

        return services;
    }

    /// <summary>The configure callbacks of every call, kept in the container so that a second call adds to the first.</summary>
    private sealed class GuidelineRulesRegistration
    {
        public List<Action<GuidelineRulesOptions>> Configures { get; } = [];

        public IGuidelineAnalyzer Build(IServiceProvider provider)
        {
            var options = new GuidelineRulesOptions();
            foreach (var configure in Configures)
            {
                configure(options);
            }

            var builder = GuidelinePipeline.CreateBuilder();
            if (options.UseDefaultRules)
            {
                builder.AddDefaultRules();
            }

            foreach (var rule in provider.GetServices<IGuidelineRule>())
            {
                if (!builder.ContainsRule(rule.GetType()))
                {
                    builder.AddRule(rule);
                }
            }

            foreach (var suppressor in provider.GetServices<IGuidelineSuppressor>())
            {
                builder.AddSuppressor(suppressor);
            }

            options.Pipeline.CopyTo(builder.Options);
            if (options.ConfigurationFile is { } file)
            {
                builder.UseConfigurationFile(file);
            }

            foreach (var action in options.PipelineActions)
            {
                action(builder);
            }

            return builder.Build();
        }
    }
}
