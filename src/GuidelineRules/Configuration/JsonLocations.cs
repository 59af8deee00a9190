using System.Text;
using System.Text.Json;

namespace GuidelineRules;

/// <summary>
/// Where each property and array element of a JSON document starts (1-based line and UTF-16 column), keyed by a
/// path like <c>$.severity.rules.GR1004</c> or <c>$.adultDomainLists[0]</c>, so that errors found after
/// deserialization can still name the line.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _locations = new(StringComparer.Ordinal);

    public static JsonLocations Read(ReadOnlySpan<byte> utf8)
    {
        var result = new JsonLocations();
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();   // one segment per open container
        var indexes = new List<int>();   // next element index per open array, -1 for objects
        string? pendingProperty = null;
        while (reader.Read())
        {
            var position = Locate(utf8, lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    result._locations.TryAdd(Join(path) + "." + pendingProperty, position);
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    string segment = NextSegment(path, indexes, ref pendingProperty, result, position);
                    path.Add(segment);
                    indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    indexes.RemoveAt(indexes.Count - 1);
                    continue;
                default:
                    NextSegment(path, indexes, ref pendingProperty, result, position);
                    continue;
            }
        }

        return result;
    }

    /// <summary>The location of <paramref name="path"/>, or of its nearest ancestor that has one.</summary>
    public (int Line, int Column) Find(string path)
    {
        string current = path;
        while (true)
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }

            int cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return (1, 1);
            }

            current = current[..cut];
        }
    }

    private static string NextSegment(List<string> path, List<int> indexes, ref string? pendingProperty, JsonLocations result, (int, int) position)
    {
        if (indexes.Count > 0 && indexes[^1] >= 0)
        {
            string element = $"[{indexes[^1]++}]";
            result._locations.TryAdd(Join(path) + element, position);
            return element;
        }

        string segment = pendingProperty is null ? "$" : "." + pendingProperty;
        pendingProperty = null;
        return segment;
    }

    private static string Join(List<string> path)
    {
        var builder = new StringBuilder();
        foreach (string segment in path)
        {
            builder.Append(segment);
        }

        return builder.Length == 0 ? "$" : builder.ToString();
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        int line = lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        int column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }
}
