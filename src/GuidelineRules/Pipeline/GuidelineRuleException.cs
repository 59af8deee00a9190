namespace GuidelineRules;

/// <summary>A rule failed while analyzing a text or while being initialized.</summary>
public sealed class GuidelineRuleException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GuidelineRuleException()
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public GuidelineRuleException(string message)
        : base(message)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public GuidelineRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception for a rule.</summary>
    public GuidelineRuleException(string ruleId, string message, Exception? innerException)
        : base(message, innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>The ID (or IDs, comma-separated) of the rule that failed.</summary>
    public string RuleId { get; }
}
