using System.Text.Json;

namespace GuidelineRules.Evaluation;

/// <summary>Reads labeled posts from JSONL, one object a line; blank lines are skipped.</summary>
public static class CorpusReader
{
    /// <summary>Reads a JSONL file.</summary>
    /// <exception cref="FormatException">A line is not a valid post; the message names the file and line.</exception>
    public static IReadOnlyList<LabeledPost> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads JSONL from a reader; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="FormatException">A line is not a valid post.</exception>
    public static IReadOnlyList<LabeledPost> Read(TextReader reader, string sourceName = "<input>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var posts = new List<LabeledPost>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            LabeledPost? post;
            try
            {
                post = JsonSerializer.Deserialize(line, CorpusJsonContext.Default.LabeledPost);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{sourceName}({lineNumber}): not a valid post: {ex.Message}", ex);
            }

            if (post is null || string.IsNullOrEmpty(post.Id))
            {
                throw new FormatException($"{sourceName}({lineNumber}): a post needs an \"id\".");
            }

            if (!ids.Add(post.Id))
            {
                throw new FormatException($"{sourceName}({lineNumber}): duplicate id \"{post.Id}\".");
            }

            foreach (string label in post.Labels)
            {
                if (!RuleCategories.All.Contains(label))
                {
                    throw new FormatException($"{sourceName}({lineNumber}): unknown category \"{label}\" in post {post.Id}.");
                }
            }

            posts.Add(post);
        }

        return posts;
    }
}
