using System.Text;

namespace GuidelineRules.Cli.Tests;

/// <summary>A temporary folder (a git repository root) per test, and the tool run in-process on it.</summary>
public abstract class CliTestBase
{
    protected string Root { get; private set; } = null!;

    [SetUp]
    public void CreateRoot()
    {
        Root = Path.Combine(Path.GetTempPath(), "gr-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
    }

    [TearDown]
    public void DeleteRoot()
    {
        CheckCommand.FileChecked = null;
        Directory.Delete(Root, recursive: true);
    }

    protected string Write(string relativePath, string content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    protected async Task<(int ExitCode, string Out, string Error)> RunWithInput(string input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new StringReader(input);
        int code = await CliApplication.RunAsync(args, new CliConsole(stdin, stdout, stderr, Root, ErrorIsTerminal: false), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    protected Task<(int ExitCode, string Out, string Error)> Run(params string[] args) => RunWithInput(string.Empty, args);

    protected static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GuidelineRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
