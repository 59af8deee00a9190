namespace GuidelineRules;

/// <summary>
/// A rule of the guideline. Like a Roslyn analyzer it does not walk the text itself: it declares what it
/// reports (<see cref="Descriptors"/>) and, in <see cref="Initialize"/>, registers what it wants to see.
/// The pipeline compiles every rule's registrations into one scanner when it is built.
/// </summary>
/// <remarks>Rules must be stateless after <see cref="Initialize"/>: one instance serves every thread.</remarks>
public interface IGuidelineRule
{
    /// <summary>The diagnostics this rule can report.</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>Registers terms, token kinds and the actions that judge them; called once per pipeline build.</summary>
    void Initialize(RuleRegistration registration);

    /// <summary>
    /// The names of the options this rule reads with <see cref="RuleRegistration.TryGetOption"/>; configuring any
    /// other name for the rule fails the build. None by default.
    /// </summary>
    IReadOnlyList<string> SupportedOptions => [];
}
