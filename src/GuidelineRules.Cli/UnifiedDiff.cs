using System.Globalization;
using System.Text;

namespace GuidelineRules.Cli;

/// <summary>A one-hunk unified diff between two versions of a file: the common lines at both ends are context.</summary>
internal static class UnifiedDiff
{
    public static string Create(string path, string before, string after)
    {
        string[] a = before.Split('\n');
        string[] b = after.Split('\n');
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var diff = new StringBuilder();
        diff.Append("--- a/").Append(path).Append('\n');
        diff.Append("+++ b/").Append(path).Append('\n');
        int removed = a.Length - prefix - suffix;
        int added = b.Length - prefix - suffix;
        diff.Append(CultureInfo.InvariantCulture, $"@@ -{prefix + 1},{removed} +{prefix + 1},{added} @@\n");
        for (int i = prefix; i < a.Length - suffix; i++)
        {
            diff.Append('-').Append(a[i].TrimEnd('\r')).Append('\n');
        }

        for (int i = prefix; i < b.Length - suffix; i++)
        {
            diff.Append('+').Append(b[i].TrimEnd('\r')).Append('\n');
        }

        return diff.ToString();
    }
}
