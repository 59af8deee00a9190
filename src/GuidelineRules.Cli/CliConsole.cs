namespace GuidelineRules.Cli;

/// <summary>Where the tool reads and writes, so that tests can run it in-process.</summary>
/// <param name="In">Standard input (for <c>-</c>).</param>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors and progress.</param>
/// <param name="WorkingDirectory">Relative paths start here.</param>
/// <param name="ErrorIsTerminal">Whether a progress line may be drawn on <paramref name="Error"/>.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, string WorkingDirectory, bool ErrorIsTerminal);

/// <summary>A usage or input error: the message goes to stderr and the exit code is 2, never a stack trace.</summary>
internal sealed class CliInputException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The exit codes.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrInputError = 2;
}
