using Microsoft.Extensions.FileSystemGlobbing;

namespace GuidelineRules.Cli;

/// <summary>One thing to check: a file, or standard input.</summary>
/// <param name="DisplayPath">Relative to the repository root, forward slashes (<c>-</c> for standard input).</param>
/// <param name="FullPath">The file, or null for standard input.</param>
internal sealed record InputFile(string DisplayPath, string? FullPath)
{
    public bool IsJsonLines => DisplayPath.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Turns the <c>check</c> arguments into files, lazily (a 10,000-file tree is never held in memory): files as given,
/// directories recursively with their <c>.guidelinerulesignore</c>, globs with Microsoft.Extensions.FileSystemGlobbing,
/// and <c>-</c> for standard input.
/// </summary>
internal static class InputFiles
{
    /// <summary>Extensions picked up inside directories; a file named on the command line is always checked.</summary>
    public static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".mdx", ".html", ".htm", ".jsonl", ".json", ".resx", ".xml", ".yml", ".yaml", ".csv", ".po", ".properties", ".strings",
    };

    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { ".git", ".hg", ".svn", "node_modules", "bin", "obj" };

    /// <summary>The repository root (the nearest folder upward holding <c>.git</c>), or the working directory.</summary>
    public static string RepositoryRoot(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(workingDirectory);
    }

    public static IEnumerable<InputFile> Enumerate(IReadOnlyList<string> arguments, string workingDirectory, string repositoryRoot)
    {
        foreach (string argument in arguments.Count == 0 ? ["."] : arguments)
        {
            if (argument == "-")
            {
                yield return new InputFile("-", null);
                continue;
            }

            string full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                yield return new InputFile(Display(full, repositoryRoot), full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full, repositoryRoot))
                {
                    yield return file;
                }
            }
            else if (argument.IndexOfAny(['*', '?', '[']) >= 0)
            {
                bool any = false;
                foreach (var file in Glob(argument, workingDirectory, repositoryRoot))
                {
                    any = true;
                    yield return file;
                }

                if (!any)
                {
                    throw new CliInputException($"{argument}: no file matches the pattern.");
                }
            }
            else
            {
                throw new CliInputException($"{argument}: no such file or directory.");
            }
        }
    }

    private static IEnumerable<InputFile> Walk(string root, string repositoryRoot)
    {
        string ignorePath = Path.Combine(root, GitIgnore.FileName);
        var ignore = File.Exists(ignorePath) ? GitIgnore.Load(ignorePath) : GitIgnore.Empty;
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            var subdirectories = new List<string>();
            IEnumerable<string> files;
            try
            {
                files = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
                foreach (string sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
                {
                    subdirectories.Add(sub);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"{directory}: cannot list the directory: {ex.Message}", ex);
            }

            foreach (string file in files)
            {
                string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (TextExtensions.Contains(Path.GetExtension(file)) && !ignore.IsIgnored(relative, isDirectory: false))
                {
                    yield return new InputFile(Display(file, repositoryRoot), file);
                }
            }

            for (int i = subdirectories.Count - 1; i >= 0; i--)
            {
                string sub = subdirectories[i];
                string relative = Path.GetRelativePath(root, sub).Replace('\\', '/');
                if (!SkippedDirectories.Contains(Path.GetFileName(sub)) && !ignore.IsIgnored(relative, isDirectory: true))
                {
                    pending.Push(sub);
                }
            }
        }
    }

    private static IEnumerable<InputFile> Glob(string pattern, string workingDirectory, string repositoryRoot)
    {
        // The fixed folders before the first wildcard are the base; the rest is the glob.
        string normalized = pattern.Replace('\\', '/');
        int wildcard = normalized.IndexOfAny(['*', '?', '[']);
        int cut = normalized.LastIndexOf('/', wildcard);
        string baseDirectory = Path.GetFullPath(cut < 0 ? "." : normalized[..(cut + 1)], workingDirectory);
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(cut < 0 ? normalized : normalized[(cut + 1)..]);
        if (!Directory.Exists(baseDirectory))
        {
            yield break;
        }

        foreach (string file in matcher.GetResultsInFullPath(baseDirectory).Order(StringComparer.Ordinal))
        {
            yield return new InputFile(Display(file, repositoryRoot), file);
        }
    }

    private static string Display(string fullPath, string repositoryRoot)
    {
        string relative = Path.GetRelativePath(repositoryRoot, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }
}
