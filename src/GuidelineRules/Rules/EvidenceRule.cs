using System.Collections.Immutable;

namespace GuidelineRules.Rules;

/// <summary>
/// Shared plumbing for rules that weigh term evidence: loading the embedded data, registering its terms,
/// and the context checks most rules need (quotes, nearby words, sentence bounds).
/// </summary>
public abstract class EvidenceRule : IGuidelineRule
{
    private readonly Lazy<RuleData> _data;

    /// <summary>Creates the rule; its data is <c>Rules/{dataName}.json</c>.</summary>
    protected EvidenceRule(string dataName)
    {
        _data = new Lazy<RuleData>(() => RuleData.LoadEmbedded(dataName));
    }

    /// <inheritdoc/>
    public abstract IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The kind of the terms that come from <see cref="GuidelinePipelineOptions.ExtraTerms"/>.</summary>
    protected const string ExtraTermKind = "extra-term";

    internal RuleData Data => _data.Value;

    /// <summary>
    /// The descriptor configured extra terms of its category are reported under, or <see langword="null"/> when the
    /// rule takes none (one rule per category takes them).
    /// </summary>
    protected virtual RuleDescriptor? ExtraTermDescriptor => null;

    /// <inheritdoc/>
    public virtual IReadOnlyList<string> SupportedOptions => [];

    /// <inheritdoc/>
    public virtual void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterTerms(Data.ToTerms());
        var action = CreateAction(registration);
        if (TermPairs.Create(Data.Pairs, GetType().Name) is { } pairs)
        {
            var judgeAlone = action;
            action = (ref RuleContext context) =>
            {
                var withPairs = context.WithMatches(pairs.Compose(in context));
                judgeAlone(ref withPairs);
            };
        }

        if (ExtraTermDescriptor is { } descriptor)
        {
            var extras = registration.TakeExtraTerms(descriptor.Category, ExtraTermKind);
            if (extras.Count > 0)
            {
                registration.RegisterTerms(extras);
                var judge = action;
                action = (ref RuleContext context) =>
                {
                    judge(ref context);
                    ReportExtraTerms(ref context, descriptor);
                };
            }
        }

        registration.RegisterMatchAction(action);
    }

    // A configured term is the user's own judgement: every occurrence outside quotes is reported, with its alternatives.
    private static void ReportExtraTerms(ref RuleContext context, RuleDescriptor descriptor)
    {
        var matches = context.Matches;
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            if (m.Term.Kind != ExtraTermKind || IsQuoted(context.Folded, m.Start, m.End))
            {
                continue;
            }

            var span = context.ToOriginal(m.Start, m.End);
            context.Report(descriptor, span, ReplaceWithAlternative(context, m, span), Property("source", "configuration"));
        }
    }

    /// <summary>
    /// Returns the action that judges one text. State derived from options belongs in the action's closure,
    /// not in fields, so that one rule instance can serve pipelines built with different options.
    /// </summary>
    protected abstract RuleAction CreateAction(RuleRegistration registration);

    /// <summary>
    /// Sum of the weights of matches of <paramref name="kind"/>. Overlapping matches (「んだって」 and 「って。」
    /// on the same words) count once, and so does a term that occurs twice: repetition is not new evidence.
    /// </summary>
    protected static int Score(ReadOnlySpan<TermMatch> matches, string kind)
    {
        int score = 0;
        int lastEnd = -1;
        for (int i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            if (m.Term.Kind != kind || m.Start < lastEnd || IsRepeat(matches, i))
            {
                continue;
            }

            score += m.Term.Weight;
            lastEnd = m.End;
        }

        return score;
    }

    /// <summary>Whether <paramref name="matches"/>[<paramref name="index"/>]'s term already matched earlier.</summary>
    protected static bool IsRepeat(ReadOnlySpan<TermMatch> matches, int index)
    {
        for (int j = 0; j < index; j++)
        {
            if (ReferenceEquals(matches[j].Term, matches[index].Term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another match of the same kind covers <paramref name="matches"/>[<paramref name="index"/>] and is longer: 「めくら」 inside 「めくら判」.</summary>
    protected static bool IsInsideLongerMatch(ReadOnlySpan<TermMatch> matches, int index)
    {
        var m = matches[index];
        for (int i = FirstAtOrAfter(matches, m.End - Term.MaxFoldedLength); i < matches.Length && matches[i].Start <= m.Start; i++)
        {
            var other = matches[i];
            if (other.Term.Kind == m.Term.Kind && other.End >= m.End && other.End - other.Start > m.End - m.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first match starting at or after <paramref name="start"/> (matches are in start order).</summary>
    protected static int FirstAtOrAfter(ReadOnlySpan<TermMatch> matches, int start)
    {
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (matches[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether any match is of <paramref name="kind"/>.</summary>
    protected static bool Has(ReadOnlySpan<TermMatch> matches, string kind) => IndexOf(matches, kind) >= 0;

    /// <summary>The index of the first match of <paramref name="kind"/>, or -1.</summary>
    protected static int IndexOf(ReadOnlySpan<TermMatch> matches, string kind)
    {
        for (int i = 0; i < matches.Length; i++)
        {
            if (matches[i].Term.Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a match of <paramref name="kind"/> lies within <paramref name="window"/> folded characters of <paramref name="anchor"/>.</summary>
    protected static bool HasNear(ReadOnlySpan<TermMatch> matches, in TermMatch anchor, string kind, int window) =>
        IndexNear(matches, anchor, kind, window) >= 0;

    /// <summary>The index of the first match of <paramref name="kind"/> within <paramref name="window"/> folded characters of <paramref name="anchor"/>, or -1.</summary>
    protected static int IndexNear(ReadOnlySpan<TermMatch> matches, in TermMatch anchor, string kind, int window) =>
        IndexNear(matches, anchor.Start, anchor.End, kind, window);

    /// <summary>The index of the first match of <paramref name="kind"/> within <paramref name="window"/> folded characters of the range, or -1.</summary>
    protected static int IndexNear(ReadOnlySpan<TermMatch> matches, int start, int end, string kind, int window)
    {
        int from = start - window - Term.MaxFoldedLength;
        for (int i = FirstAtOrAfter(matches, from); i < matches.Length && matches[i].Start <= end + window; i++)
        {
            var m = matches[i];
            if (m.Term.Kind == kind && m.End >= start - window)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a match of <paramref name="kind"/> ends within <paramref name="window"/> folded characters before <paramref name="position"/>.</summary>
    protected static bool HasBefore(ReadOnlySpan<TermMatch> matches, int position, string kind, int window)
    {
        for (int i = FirstAtOrAfter(matches, position - window - Term.MaxFoldedLength); i < matches.Length && matches[i].Start < position; i++)
        {
            var m = matches[i];
            if (m.Term.Kind == kind && m.End <= position && m.End >= position - window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first match of <paramref name="kind"/> starting within <paramref name="window"/> folded characters after <paramref name="from"/>, or -1.</summary>
    protected static int FindFollowing(ReadOnlySpan<TermMatch> matches, int from, string kind, int window)
    {
        for (int i = FirstAtOrAfter(matches, from); i < matches.Length && matches[i].Start <= from + window; i++)
        {
            if (matches[i].Term.Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the folded range sits inside 「」, 『』 or quotation marks on the same line: a mention, not a use.</summary>
    protected static bool IsQuoted(ReadOnlySpan<char> folded, int start, int end)
    {
        for (int i = start - 1; i >= 0 && i >= start - 20; i--)
        {
            char c = folded[i];
            if (c is '\n' or '。' or '」' or '』' or '"' or '”')
            {
                break;
            }

            if (c is '「' or '『' or '"' or '“')
            {
                for (int j = end; j < folded.Length && j < end + 20; j++)
                {
                    char d = folded[j];
                    if (d is '」' or '』' or '"' or '”')
                    {
                        return true;
                    }

                    if (d is '\n' or '。')
                    {
                        break;
                    }
                }

                break;
            }
        }

        return false;
    }

    /// <summary>A fix that replaces the span with the term's first alternative, or <see langword="null"/>.</summary>
    protected static SuggestedFix? ReplaceWithAlternative(in RuleContext context, in TermMatch match, TextSpan span)
    {
        if (match.Term.Alternatives.IsDefaultOrEmpty)
        {
            return null;
        }

        string alternative = match.Term.Alternatives[0];
        string title = context.Language == MessageLanguage.English ? $"Replace with '{alternative}'" : $"「{alternative}」に置き換える";
        return new SuggestedFix(title, [new TextEdit(span, alternative)]);
    }

    /// <summary>A fix that deletes the span.</summary>
    protected static SuggestedFix Remove(in RuleContext context, TextSpan span) =>
        new(context.Language == MessageLanguage.English ? "Remove" : "削除する", [new TextEdit(span, string.Empty)]);

    /// <summary>A one-entry property bag.</summary>
    protected static ImmutableDictionary<string, string> Property(string key, string value) =>
        ImmutableDictionary<string, string>.Empty.Add(key, value);
}
