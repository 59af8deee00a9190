using System.Globalization;

namespace GuidelineRules;

/// <summary>
/// Reads domain lists in the two formats block lists come in: a hosts file (<c>0.0.0.0 example.com</c>) or one
/// domain per line. <c>#</c> starts a comment; blank lines and the hosts file's own names (localhost…) are skipped.
/// </summary>
public static class DomainListReader
{
    private static readonly HashSet<string> HostsFileNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "localhost.localdomain", "local", "broadcasthost", "ip6-localhost", "ip6-loopback",
        "ip6-localnet", "ip6-mcastprefix", "ip6-allnodes", "ip6-allrouters", "ip6-allhosts", "0.0.0.0",
    };

    /// <summary>Reads a list file.</summary>
    /// <exception cref="GuidelineConfigurationException">The file cannot be read, or a line is not a domain.</exception>
    public static IReadOnlyList<string> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = GuidelineConfigurationException.ReadFile(path, "domain list");
        return Parse(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), path);
    }

    /// <summary>Parses list text; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="GuidelineConfigurationException">A line is not a domain.</exception>
    public static IReadOnlyList<string> Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var domains = new List<string>();
        using var reader = new StringReader(text);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            string[] fields = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            int first = IsAddress(fields[0]) ? 1 : 0;
            if (first == 0 && fields.Length > 1)
            {
                throw new GuidelineConfigurationException(sourceName, lineNumber, 1, null, $"'{content}' is neither a domain nor a hosts-file entry (address, then names).");
            }

            for (int f = first; f < fields.Length; f++)
            {
                string name = fields[f].TrimEnd('.').ToLowerInvariant();
                if (HostsFileNames.Contains(name))
                {
                    continue;
                }

                if (!IsDomain(name))
                {
                    int column = line.IndexOf(fields[f], StringComparison.Ordinal) + 1;
                    throw new GuidelineConfigurationException(sourceName, lineNumber, column, null, $"'{fields[f]}' is not a domain name.");
                }

                domains.Add(name);
            }
        }

        return domains;
    }

    private static bool IsAddress(string field) =>
        System.Net.IPAddress.TryParse(field, out _) && (field.Contains('.', StringComparison.Ordinal) || field.Contains(':', StringComparison.Ordinal));

    // Letters, digits, hyphens and dots, at least one dot, no empty label; IDNs as punycode or in Unicode letters.
    private static bool IsDomain(string name)
    {
        if (name.Length is 0 or > 253 || !name.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (string label in name.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (char c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_' || (c > 0x7F && char.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
