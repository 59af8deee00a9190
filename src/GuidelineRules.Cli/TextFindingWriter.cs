namespace GuidelineRules.Cli;

/// <summary>Compiler-style lines, <c>path(line,col): warning GR1004: message [clause]</c>, which problem matchers pick up.</summary>
internal sealed class TextFindingWriter(TextWriter output, MessageLanguage language) : IFindingWriter
{
    public void Begin(IGuidelineAnalyzer analyzer)
    {
    }

    public void Write(Finding finding)
    {
        var d = finding.Diagnostic;
        string post = finding.IsPost ? $" (post {finding.PostId})" : string.Empty;
        output.WriteLine($"{finding.Input.DisplayPath}({finding.StartLine},{finding.StartColumn}): {Diagnostic.SeverityText(d.Severity)} {d.Id}: {finding.PlainMessage(language)} [{d.Descriptor.Clause}]{post}");
    }

    public void End(CheckSummary summary) => output.Flush();

    public void Dispose()
    {
    }
}
