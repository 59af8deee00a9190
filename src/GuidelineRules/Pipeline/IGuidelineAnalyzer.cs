namespace GuidelineRules;

/// <summary>Checks texts against the guideline. Immutable and safe to share across threads.</summary>
public interface IGuidelineAnalyzer
{
    /// <summary>The descriptors of every rule in the pipeline, enabled or not.</summary>
    IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>Analyzes one text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="GuidelineRuleException">A rule threw; the exception names it.</exception>
    AnalysisResult Analyze(string text);

    /// <summary>Analyzes one text.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="GuidelineRuleException">A rule threw; the exception names it.</exception>
    AnalysisResult Analyze(ReadOnlyMemory<char> text, CancellationToken cancellationToken = default);
}
