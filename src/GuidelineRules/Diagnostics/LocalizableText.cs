namespace GuidelineRules;

/// <summary>The language diagnostics are written in.</summary>
public enum MessageLanguage
{
    /// <summary>Japanese, the default.</summary>
    Japanese = 0,

    /// <summary>English.</summary>
    English = 1,
}

/// <summary>A text in Japanese and English.</summary>
/// <param name="Japanese">The Japanese text (the default).</param>
/// <param name="English">The English text.</param>
public sealed record LocalizableText(string Japanese, string English)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string Get(MessageLanguage language) => language == MessageLanguage.English ? English : Japanese;

    /// <inheritdoc/>
    public override string ToString() => Japanese;
}
