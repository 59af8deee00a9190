using System.Diagnostics;
using System.Text;

namespace GuidelineRules.Cli.Tests;

/// <summary>The tool as CI runs it: a separate process, its exit code, its standard streams.</summary>
public class ProcessTests : CliTestBase
{
    private async Task<(int ExitCode, string Out, string Error)> Exec(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "GuidelineRules.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Test]
    public async Task Exit_codes_0_1_and_2_as_a_process()
    {
        Write("clean.md", "今日は市民まつり。");
        Write("bad.md", "あの店、食中毒出したって噂");
        var clean = await Exec(null, "check", "clean.md");
        clean.ExitCode.Should().Be(0, clean.Error);
        clean.Out.Should().BeEmpty();

        var findings = await Exec(null, "check", "bad.md");
        findings.ExitCode.Should().Be(1, findings.Error);
        findings.Out.Should().StartWith("bad.md(1,11): warning GR1004:");

        var usage = await Exec(null, "check", "--no-such-option");
        usage.ExitCode.Should().Be(2);
        usage.Error.Should().Contain("--no-such-option").And.NotContain("   at ");

        var missing = await Exec(null, "check", "missing.md");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("missing.md").And.NotContain("   at ");
    }

    [Test]
    public async Task Reads_standard_input_and_writes_sarif()
    {
        var result = await Exec("電話番号さらしとく。090-1234-5678", "check", "-", "--format", "sarif", "--lang", "en");
        result.ExitCode.Should().Be(1, result.Error);
        var sarif = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
        sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString().Should().Be("GR2002");
    }

    [Test]
    public async Task Without_ICU_it_refuses_clearly_instead_of_missing_disguises()
    {
        Write("bad.md", "あの店、食中毒出したって噂");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "GuidelineRules.Cli.dll"));
        start.ArgumentList.Add("check");
        start.ArgumentList.Add("bad.md");
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(2);
        error.Should().Contain("Unicode normalization").And.NotContain("   at ");
    }
}
