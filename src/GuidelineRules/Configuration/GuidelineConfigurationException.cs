namespace GuidelineRules;

/// <summary>
/// A configuration file or list file that cannot be used: its message names the file, the line and column, and the
/// property, compiler-style (<c>guidelinerules.json(4,15): error: $.severity.rules.GR9999: unknown rule ID</c>).
/// </summary>
public sealed class GuidelineConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GuidelineConfigurationException(string filePath, int line, int column, string? propertyPath, string problem, Exception? innerException = null)
        : base(Format(filePath, line, column, propertyPath, problem), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        PropertyPath = propertyPath;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public GuidelineConfigurationException()
        : this(string.Empty, 0, 0, null, "Invalid configuration.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public GuidelineConfigurationException(string message)
        : this(string.Empty, 0, 0, null, message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public GuidelineConfigurationException(string message, Exception innerException)
        : this(string.Empty, 0, 0, null, message, innerException)
    {
    }

    /// <summary>The file at fault (the configuration file, or a list file it names).</summary>
    public string FilePath { get; }

    /// <summary>1-based line in <see cref="FilePath"/>, or 0 when the whole file is at fault.</summary>
    public int Line { get; }

    /// <summary>1-based column (UTF-16 code units), or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The JSON path of the property at fault (<c>$.severity.rules.GR9999</c>), if any.</summary>
    public string? PropertyPath { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Reads a file the library was pointed at; a failure names the file and what it was for.</summary>
    internal static byte[] ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new GuidelineConfigurationException(path, 0, 0, null, $"cannot read the {what}: {ex.Message}", ex);
        }
    }

    private static string Format(string filePath, int line, int column, string? propertyPath, string problem)
    {
        string location = line > 0 ? (column > 0 ? $"{filePath}({line},{column})" : $"{filePath}({line})") : filePath;
        string property = propertyPath is null ? string.Empty : propertyPath + ": ";
        return location.Length == 0 ? property + problem : $"{location}: error: {property}{problem}";
    }
}
