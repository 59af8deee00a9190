using System.Text;
using System.Text.RegularExpressions;

namespace GuidelineRules.Cli;

/// <summary>
/// The patterns of a <c>.guidelinerulesignore</c>, with gitignore's rules: <c>#</c> comments, <c>!</c> negation (the
/// last matching line wins), a trailing <c>/</c> for directories only, a <c>/</c> elsewhere anchors the pattern to the
/// file's folder, <c>*</c> <c>?</c> <c>[…]</c> within a segment and <c>**</c> across segments.
/// </summary>
internal sealed class GitIgnore
{
    public const string FileName = ".guidelinerulesignore";

    private readonly List<(Regex Pattern, bool Negated, bool DirectoryOnly)> _rules = [];

    public static GitIgnore Empty { get; } = new();

    public static GitIgnore Load(string path)
    {
        var ignore = new GitIgnore();
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot read the ignore file: {ex.Message}", ex);
        }

        foreach (string raw in lines)
        {
            string line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            bool negated = line.StartsWith('!');
            if (negated)
            {
                line = line[1..];
            }

            if (line.StartsWith("\\#", StringComparison.Ordinal) || line.StartsWith("\\!", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            bool directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            bool anchored = line.Contains('/', StringComparison.Ordinal);
            line = line.TrimStart('/');
            if (line.Length == 0)
            {
                continue;
            }

            string regex = (anchored ? "^" : "^(?:.*/)?") + Translate(line) + "$";
            ignore._rules.Add((new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking), negated, directoryOnly));
        }

        return ignore;
    }

    /// <summary>Whether <paramref name="relativePath"/> (forward slashes, relative to the ignore file's folder) is ignored.</summary>
    public bool IsIgnored(string relativePath, bool isDirectory)
    {
        bool ignored = false;
        foreach (var (pattern, negated, directoryOnly) in _rules)
        {
            if ((!directoryOnly || isDirectory) && pattern.IsMatch(relativePath))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    private static string Translate(string glob)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                bool slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else if (c == '[')
            {
                int close = glob.IndexOf(']', i + 1);
                if (close < 0)
                {
                    builder.Append("\\[");
                }
                else
                {
                    string set = glob[(i + 1)..close];
                    builder.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                    i = close;
                }
            }
            else if (c == '\\' && i + 1 < glob.Length)
            {
                builder.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }
}
