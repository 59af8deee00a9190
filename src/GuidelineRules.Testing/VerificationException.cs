namespace GuidelineRules.Testing;

/// <summary>Thrown when actual diagnostics differ from the markup; the message is a readable diff.</summary>
public sealed class VerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VerificationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public VerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
