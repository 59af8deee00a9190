using System.Collections.Frozen;

namespace GuidelineRules.Rules;

/// <summary>
/// 4(6)⑤: links to obscene sites (GR1005). A URL or bare domain, defanged ones included, is reported when its
/// host (or a parent of it) is on the adult-domain list, uses an adult TLD (.xxx, .porn, .adult, .sex), or has
/// an unmistakable keyword in a host or path part, or has words beside it that say what is behind it
/// (「抜ける動画」「ハメ撮り」); a weaker keyword or a URL shortener needs milder obscene words in the post as well.
/// The city's own and government domains, and reserved example domains, are never reported.
/// Host parts are compared whole (「sussex」 is not 「sex」), except a few weak prefixes (「erotube」).
/// </summary>
public sealed class ObsceneLinkRule : EvidenceRule
{
    // Folded characters between a link and the words that mark it: about a sentence on either side.
    private const int StrongContextWindow = 60;

    /// <summary>GR1005.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        RuleIds.ObsceneLink,
        new("わいせつなサイトへのリンク", "Link to an obscene site"),
        new("「{0}」はわいせつな内容を含むサイトへのリンクです", "'{0}' links to a site with obscene content"),
        RuleCategories.ObsceneLink,
        "4(6)⑤",
        Severity.Error)
    {
        FixDescription = "remove the link",
    };

    /// <summary>Creates the rule.</summary>
    public ObsceneLinkRule() : base("ObsceneLinkRule")
    {
    }

    /// <inheritdoc/>
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterTokens(TokenKinds.Url);
        base.Initialize(registration);
    }

    /// <inheritdoc/>
    protected override RuleAction CreateAction(RuleRegistration registration)
    {
        var sets = Data.Sets;
        var judge = new LinkJudge(
            Lookup(sets["adultDomains"].Concat(registration.Options.AdultDomains)),
            Lookup(sets["reservedDomains"].Concat(registration.Options.AllowedDomains)),
            Lookup(sets["adultTopLevelDomains"]),
            Lookup(sets["strongKeywords"]),
            Lookup(sets["weakKeywords"]),
            Lookup(sets["shorteners"]),
            [.. sets["weakPrefixes"]]);
        return judge.Analyze;
    }

    /// <summary>Whether <paramref name="host"/> or one of its parent domains is in <paramref name="domains"/>.</summary>
    internal static bool MatchesDomainOrParent(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> domains, ReadOnlySpan<char> host)
    {
        var candidate = host;
        while (true)
        {
            if (domains.Contains(candidate))
            {
                return true;
            }

            int dot = candidate.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            candidate = candidate[(dot + 1)..];
        }
    }

    /// <summary>Domains or words, trimmed and lower case, for look-ups by span.</summary>
    internal static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(IEnumerable<string> values) =>
        values.Select(v => v.Trim().TrimEnd('.').ToLowerInvariant()).Where(v => v.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Evidence
    {
        None,
        Weak,
        Strong,
    }

    /// <summary>The domain sets of one pipeline's options.</summary>
    private sealed class LinkJudge(
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adultDomains,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> allowedDomains,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> adultTlds,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> strongKeywords,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> weakKeywords,
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> shorteners,
        string[] weakPrefixes)
    {
        public void Analyze(ref RuleContext context)
        {
            var matches = context.Matches;
            bool obsceneContext = Has(matches, "context") || Has(matches, "strong-context");

            // A warning about such sites (「被害にあったら相談を」) links to help, whatever words it quotes.
            bool warning = Has(matches, "warning");
            foreach (var token in context.Tokens)
            {
                if (token.Kind != TokenKinds.Url)
                {
                    continue;
                }

                var host = context.GetHost(token);
                if (MatchesDomainOrParent(allowedDomains, host))
                {
                    continue;
                }

                var url = context.GetCanonicalText(token);
                var evidence = Judge(host, url);

                // Words that say what is behind the link (「抜ける動画」「ハメ撮り」) mark any link beside them, whatever its
                // host: the sites change names faster than a list can follow.
                if (evidence == Evidence.Strong
                    || (evidence == Evidence.Weak && obsceneContext && !warning)
                    || (!warning && IndexNear(matches, token.FoldedStart, token.FoldedEnd, "strong-context", StrongContextWindow) >= 0))
                {
                    context.Report(Descriptor, token.Span, Remove(context, token.Span), Property("host", host.ToString()));
                }
            }
        }

        private Evidence Judge(ReadOnlySpan<char> host, ReadOnlySpan<char> url)
        {
            if (MatchesDomainOrParent(adultDomains, host))
            {
                return Evidence.Strong;
            }

            int lastDot = host.LastIndexOf('.');
            if (lastDot >= 0 && adultTlds.Contains(host[(lastDot + 1)..]))
            {
                return Evidence.Strong;
            }

            // Host and path parts, split at anything that is not a letter: 「sex-cam-live」 has 「sex」, 「sussex」 has not.
            var evidence = shorteners.Contains(host) ? Evidence.Weak : Evidence.None;
            int partStart = -1;
            int hostStartInUrl = url.IndexOf(host, StringComparison.Ordinal);
            for (int i = Math.Max(0, hostStartInUrl); i <= url.Length; i++)
            {
                bool letter = i < url.Length && char.IsAsciiLetter(url[i]);
                if (letter && partStart < 0)
                {
                    partStart = i;
                }
                else if (!letter && partStart >= 0)
                {
                    var part = url[partStart..i];
                    if (strongKeywords.Contains(part))
                    {
                        return Evidence.Strong;
                    }

                    if (weakKeywords.Contains(part) || StartsWithAny(part, weakPrefixes))
                    {
                        evidence = Evidence.Weak;
                    }

                    partStart = -1;
                }
            }

            return evidence;
        }

        // 「erotube」 and 「deaikei」 join a weak keyword to another word; prefixes are few and only weak evidence,
        // since 「erosion」 starts the same way.
        private static bool StartsWithAny(ReadOnlySpan<char> part, string[] prefixes)
        {
            foreach (string prefix in prefixes)
            {
                if (part.Length > prefix.Length && part.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
