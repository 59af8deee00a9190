using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using System.Text;
using GuidelineRules.Scanning;
using GuidelineRules.Text;

namespace GuidelineRules;

/// <summary>
/// The built pipeline: normalize once, scan once with one matcher compiled from every rule's terms and
/// token triggers, hand each rule only what it registered for, then turn reports into diagnostics.
/// </summary>
internal sealed class GuidelineAnalyzer : IGuidelineAnalyzer
{
    private const int LargeTextLength = 1 << 20;

    // The term ID of an allowed word's exception hit: it excepts every term it covers.
    private const int AllTerms = -1;

    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly CompiledRule[] _rules;
    private readonly Term[] _terms;
    private readonly int[] _termRules;
    // Every pattern's targets, flat: pattern p's are _targets[_targetStarts[p].._targetStarts[p + 1]).
    private readonly PatternTarget[] _targets;
    private readonly int[] _targetStarts;

    // Per term, what the hot loops ask of it, without a visit to the Term object.
    private readonly bool[] _termIsKatakanaWord;
    private readonly bool[] _termIsTrigger;

    // Which rules a hit of each pattern can trigger (bit r for rule r), and whether the pattern also feeds a token
    // recognizer or the suppression stage. A rule that nothing triggered never runs, so the hits of its context
    // words and exceptions are not expanded, sorted or checked: in most posts most hits are such words.
    private readonly ulong[] _patternTriggeredRules;
    private readonly bool[] _patternFeedsScanners;
    private readonly ulong _rulesRunOnEveryText;

    // Per kind of token, indexed by its bit, the rules subscribed to it.
    private readonly ulong[] _rulesByTokenKind = new ulong[32];

    // More rules than bits: every rule is expanded, as if every rule were triggered.
    private readonly bool _expandsAllRules;
    private readonly TokenRecognizer[] _recognizers;
    private readonly MultiPatternMatcher? _matcher;
    private readonly Dictionary<RuleDescriptor, Severity> _severities;
    private readonly MessageLanguage _language;
    private readonly int _maxExceptionLength;
    private readonly HashSet<RuleDescriptor> _declared = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _declaredIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly IGuidelineSuppressor[] _suppressors;
    private readonly bool _inlineSuppressions;
    private readonly bool _findsDigitRuns;

    // Message formats in the pipeline's language with the clause appended, made once.
    private readonly Dictionary<RuleDescriptor, CompositeFormat> _messageFormats = new(ReferenceEqualityComparer.Instance);

    public GuidelineAnalyzer(IGuidelineRule[] rules, GuidelinePipelineOptions options, IGuidelineSuppressor[]? suppressors = null)
    {
        if (!FoldTable.NormalizationAvailable)
        {
            throw new PlatformNotSupportedException(
                "GuidelineRules needs Unicode normalization (ICU), and this process runs without it (InvariantGlobalization is on, " +
                "or libicu is missing): full-width and half-width disguises would go unseen. Set <InvariantGlobalization>false</InvariantGlobalization> " +
                "and install libicu.");
        }

        _language = options.Language;
        _suppressors = suppressors ?? [];
        _inlineSuppressions = options.InlineSuppressions;
        var descriptors = new List<RuleDescriptor>(PipelineDescriptors.All);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in PipelineDescriptors.All)
        {
            ids.Add(descriptor.Id);
        }

        foreach (var rule in rules)
        {
            foreach (var descriptor in rule.Descriptors ?? throw new GuidelineRuleException(rule.GetType().Name, $"Rule {rule.GetType().Name} has no descriptors.", null))
            {
                if (!ids.Add(descriptor.Id))
                {
                    throw new ArgumentException($"Rule ID {descriptor.Id} is declared by more than one rule.", nameof(rules));
                }

                descriptors.Add(descriptor);
            }
        }

        ValidateOptions(rules, options);
        Descriptors = descriptors;
        _declared.UnionWith(descriptors);
        _declaredIds.UnionWith(ids);
        foreach (var descriptor in descriptors)
        {
            string format = descriptor.MessageFormat.Get(_language);
            _messageFormats[descriptor] = descriptor.Clause == PipelineDescriptors.NoClause ? CompositeFormat.Parse(format) : CompositeFormat.Parse(_language == MessageLanguage.English
                ? $"{format} (guideline {descriptor.Clause})"
                : $"{format}（ガイドライン {descriptor.Clause}）");
        }

        // Descriptors are identities: keyed by reference, not by the record's value equality over every string.
        _severities = new(ReferenceEqualityComparer.Instance);
        foreach (var descriptor in descriptors)
        {
            if (EffectiveSeverity(descriptor, options) is { } severity)
            {
                _severities[descriptor] = severity;
            }
        }

        // Rules whose every descriptor is off are not compiled in at all.
        var compiled = new List<CompiledRule>();
        var terms = new List<Term>();
        var termRules = new List<int>();
        var patterns = new Dictionary<string, int>(StringComparer.Ordinal);
        var targets = new List<List<PatternTarget>>();
        var tokenKinds = TokenKinds.None;
        var takenExtraTermCategories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var enabledCategories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // A group's exceptions are every term's of the group: fold each once, not once per term (a build's largest cost).
        var exceptionSpellings = new Dictionary<string, (string Folded, IReadOnlyList<string> Variants)>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            bool enabled = false;
            foreach (var descriptor in rule.Descriptors)
            {
                if (_severities.ContainsKey(descriptor))
                {
                    enabled = true;
                    enabledCategories.Add(descriptor.Category);
                }
            }

            if (!enabled)
            {
                continue;
            }

            var registration = new RuleRegistration(rule, options);
            try
            {
                rule.Initialize(registration);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string ruleId = string.Join(",", rule.Descriptors.Select(d => d.Id));
                throw new GuidelineRuleException(ruleId, $"Rule {ruleId} ({rule.GetType().Name}) failed to initialize: {ex.Message}", ex);
            }

            registration.Freeze();
            takenExtraTermCategories.UnionWith(registration.TakenExtraTermCategories);
            if (registration.MatchAction is null)
            {
                continue;
            }

            int ruleIndex = compiled.Count;
            compiled.Add(new CompiledRule(rule, string.Join(",", rule.Descriptors.Select(d => d.Id)), registration.MatchAction, registration.TokenKinds, registration.RunsOnEveryText));
            tokenKinds |= registration.TokenKinds;

            // A rule that lists both writings (みんな and 皆) already has the other one: its variant would be a second,
            // identical hit on every match.
            var listedSpellings = new HashSet<(string Kind, string Folded)>();
            foreach (var term in registration.Terms)
            {
                listedSpellings.Add((term.Kind, term.Folded));
            }

            foreach (var term in registration.Terms)
            {
                int termId = terms.Count;
                terms.Add(term);
                termRules.Add(ruleIndex);
                AddTarget(term.Folded, new PatternTarget(TargetKind.Term, termId));
                foreach (string spelling in OrthographicVariants.Of(term.Folded))
                {
                    if (!listedSpellings.Contains((term.Kind, spelling)))
                    {
                        AddTarget(spelling, new PatternTarget(TargetKind.Term, termId));
                    }
                }

                foreach (string spelling in KanjiLookalikes.Spellings(term.Text, term.Folded))
                {
                    AddTarget(spelling, new PatternTarget(TargetKind.LookalikeTerm, termId));
                }

                if (KanjiLookalikes.IsAllKatakana(term.Text))
                {
                    foreach (string spelling in SpacedSpellings.Of(term.Folded))
                    {
                        AddTarget(spelling, new PatternTarget(TargetKind.SpacedTerm, termId));
                    }
                }

                foreach (string exception in term.Exceptions)
                {
                    if (!exceptionSpellings.TryGetValue(exception, out var spellings))
                    {
                        string foldedException = TextNormalizer.FoldTerm(exception);
                        spellings = (foldedException, foldedException.Length > 0 ? OrthographicVariants.Of(foldedException) : []);
                        exceptionSpellings.Add(exception, spellings);
                    }

                    string folded = spellings.Folded;
                    if (folded.Length > 0)
                    {
                        AddTarget(folded, new PatternTarget(TargetKind.Exception, termId));
                        _maxExceptionLength = Math.Max(_maxExceptionLength, folded.Length);
                        foreach (string spelling in spellings.Variants)
                        {
                            AddTarget(spelling, new PatternTarget(TargetKind.Exception, termId));
                            _maxExceptionLength = Math.Max(_maxExceptionLength, spelling.Length);
                        }
                    }
                }
            }
        }

        foreach (var extra in options.ExtraTerms)
        {
            if (!takenExtraTermCategories.Contains(extra.Category) && enabledCategories.Contains(extra.Category))
            {
                throw new ArgumentException($"Extra term '{extra.Text}': no rule of the pipeline takes extra terms of category '{extra.Category}'.", nameof(options));
            }
        }

        foreach (string word in options.AllowedWords)
        {
            string folded = TextNormalizer.FoldTerm(word);
            if (folded.Length > 0)
            {
                AddTarget(folded, new PatternTarget(TargetKind.Exception, AllTerms));
                _maxExceptionLength = Math.Max(_maxExceptionLength, folded.Length);
            }
        }

        // Suppression comments are looked for only in texts where the one scan saw their marker: free on clean posts.
        if (_inlineSuppressions)
        {
            AddTarget(InlineSuppressions.Marker, new PatternTarget(TargetKind.SuppressionMarker, 0));
        }

        // Recognizers run in this order; a later one skips triggers inside an earlier one's tokens.
        var recognizers = new List<TokenRecognizer>();
        foreach (var recognizer in new TokenRecognizer[] { new EmailRecognizer(), new UrlRecognizer(), new IPAddressRecognizer(), new DigitRunRecognizer() })
        {
            if ((tokenKinds & recognizer.Kind) == 0)
            {
                continue;
            }

            int index = recognizers.Count;
            recognizers.Add(recognizer);
            _findsDigitRuns |= recognizer.TriggersOnDigitRuns;
            foreach (string trigger in recognizer.Triggers)
            {
                AddTarget(trigger, new PatternTarget(TargetKind.Recognizer, index));
            }
        }

        _rules = compiled.ToArray();
        _terms = terms.ToArray();
        _termRules = termRules.ToArray();
        _recognizers = recognizers.ToArray();
        _targetStarts = new int[targets.Count + 1];
        var flatTargets = new List<PatternTarget>();
        for (int p = 0; p < targets.Count; p++)
        {
            _targetStarts[p] = flatTargets.Count;
            flatTargets.AddRange(targets[p]);
        }

        _targetStarts[targets.Count] = flatTargets.Count;
        _targets = flatTargets.ToArray();
        _termIsKatakanaWord = _terms.Select(t => t.IsKatakanaWord).ToArray();
        _termIsTrigger = _terms.Select(t => t.IsTrigger).ToArray();
        _expandsAllRules = _rules.Length > 64;
        _patternTriggeredRules = new ulong[targets.Count];
        _patternFeedsScanners = new bool[targets.Count];
        for (int p = 0; p < targets.Count; p++)
        {
            foreach (var target in targets[p])
            {
                if (target.Kind is TargetKind.Term or TargetKind.LookalikeTerm or TargetKind.SpacedTerm && _termIsTrigger[target.Id] && !_expandsAllRules)
                {
                    _patternTriggeredRules[p] |= 1UL << _termRules[target.Id];
                }
                else if (target.Kind is TargetKind.Recognizer or TargetKind.SuppressionMarker)
                {
                    _patternFeedsScanners[p] = true;
                }
            }
        }

        for (int r = 0; r < _rules.Length && !_expandsAllRules; r++)
        {
            if (_rules[r].RunsOnEveryText)
            {
                _rulesRunOnEveryText |= 1UL << r;
            }

            for (int kind = 0; kind < _rulesByTokenKind.Length; kind++)
            {
                if (((int)_rules[r].TokenKinds & (1 << kind)) != 0)
                {
                    _rulesByTokenKind[kind] |= 1UL << r;
                }
            }
        }
        var patternTexts = new string[patterns.Count];
        foreach (var (text, id) in patterns)
        {
            patternTexts[id] = text;
        }

        _matcher = patternTexts.Length == 0 ? null : new MultiPatternMatcher(patternTexts);
        PatternTexts = patternTexts;

        void AddTarget(string folded, PatternTarget target)
        {
            if (!patterns.TryGetValue(folded, out int id))
            {
                id = patterns.Count;
                patterns.Add(folded, id);
                targets.Add([]);
            }

            targets[id].Add(target);
        }
    }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>Roslyn's precedence: the rule ID, then (for rules enabled by default) its category, then every rule, then the default.</summary>
    internal static Severity? EffectiveSeverity(RuleDescriptor descriptor, GuidelinePipelineOptions options)
    {
        if (options.RuleSeverities.TryGetValue(descriptor.Id, out var configured))
        {
            return configured;
        }

        if (!descriptor.IsEnabledByDefault)
        {
            return null;
        }

        if (options.CategorySeverities.TryGetValue(descriptor.Category, out configured)
            || options.CategorySeverities.TryGetValue(GuidelinePipelineOptions.AllCategories, out configured))
        {
            return configured;
        }

        return descriptor.DefaultSeverity;
    }

    private static void ValidateOptions(IGuidelineRule[] rules, GuidelinePipelineOptions options)
    {
        var catalog = new RuleCatalog(rules);
        foreach (var id in options.RuleSeverities.Keys)
        {
            Check(catalog.CheckId(id), "Severity is configured for");
        }

        foreach (var category in options.CategorySeverities.Keys)
        {
            Check(category == GuidelinePipelineOptions.AllCategories ? null : catalog.CheckCategory(category), "Severity is configured for");
        }

        foreach (var extra in options.ExtraTerms)
        {
            if (extra is null || string.IsNullOrWhiteSpace(extra.Text) || extra.Exceptions is null || extra.Alternatives is null)
            {
                throw new ArgumentException("An extra term is null or has no text.", nameof(options));
            }

            Check(catalog.CheckCategory(extra.Category), $"Extra term '{extra.Text}' has");
        }

        foreach (var (id, ruleOptions) in options.RuleOptions)
        {
            foreach (string name in ruleOptions.Keys)
            {
                Check(catalog.CheckOption(id, name), "Options are configured for");
            }
        }

        static void Check(string? problem, string subject)
        {
            if (problem is not null)
            {
                throw new ArgumentException($"{subject} {problem}", nameof(options));
            }
        }
    }

    /// <summary>Every folded string the automaton looks for (terms, exceptions, token triggers); for benchmarks.</summary>
    internal IReadOnlyList<string> PatternTexts { get; }

    /// <summary>Runs only the first two stages over many texts; for the benchmarks' breakdown.</summary>
    internal int NormalizeAndScanForBenchmark(string[] texts)
    {
        var workspace = new Workspace();
        int hits = 0;
        foreach (string text in texts)
        {
            TextNormalizer.Normalize(text, workspace.Normalized, CancellationToken.None);
            var sink = new WorkspaceSink(workspace);
            _matcher?.Scan(workspace.Normalized.Span, ref sink, workspace.Candidates);
            hits += workspace.HitCount;
            workspace.HitCount = 0;
        }

        return hits;
    }

    public AnalysisResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text.AsMemory(), CancellationToken.None);
    }

    public AnalysisResult Analyze(ReadOnlyMemory<char> text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (text.IsEmpty)
        {
            return AnalysisResult.Empty;
        }

        // Take the thread's workspace out of its slot so that a re-entrant call gets its own.
        var workspace = t_workspace ?? new Workspace();
        t_workspace = null;
        try
        {
            return AnalyzeCore(text.Span, workspace, cancellationToken);
        }
        finally
        {
            // A workspace grown for a huge text is not kept: one 100 MB post must not pin its buffers.
            if (text.Length <= LargeTextLength)
            {
                workspace.Reset();
                t_workspace = workspace;
            }
        }
    }

    private AnalysisResult AnalyzeCore(ReadOnlySpan<char> original, Workspace workspace, CancellationToken cancellationToken)
    {
        AnalyzeSegment(original, 0, workspace, cancellationToken);
        InlineSuppressions? inline = null;
        if (workspace.SawSuppressionMarker)
        {
            inline = InlineSuppressions.Parse(original, _declaredIds.Contains);
            if (inline.Directives.Count == 0 && inline.UnknownIds.Count == 0)
            {
                inline = null;
            }
            else if (inline.Ranges.Count > 0)
            {
                // Rules report the first finding of a kind in a text; analyzed whole, a suppressed first finding would
                // hide a second one outside the suppressed lines. Each stretch between suppression boundaries is
                // analyzed again on its own, so what a comment does not cover is reported as if it were not there.
                workspace.Reset();
                AnalyzeSegments(original, inline, workspace, cancellationToken);
            }
        }

        var result = workspace.ReportCount == 0 ? AnalysisResult.Empty : CreateResult(workspace, original);
        return _suppressors.Length == 0 && inline is null ? result : Suppress(result, original, inline);
    }

    private void AnalyzeSegments(ReadOnlySpan<char> original, InlineSuppressions inline, Workspace workspace, CancellationToken cancellationToken)
    {
        var boundaries = new SortedSet<int> { 0, original.Length };
        foreach (var range in inline.Ranges)
        {
            boundaries.Add(range.Start);
            boundaries.Add(range.End);
        }

        int previous = -1;
        foreach (int boundary in boundaries)
        {
            if (previous >= 0 && boundary > previous)
            {
                workspace.ResetScan();
                AnalyzeSegment(original[previous..boundary], previous, workspace, cancellationToken);
            }

            previous = boundary;
        }
    }

    /// <summary>Normalizes, scans and dispatches one text (or one segment of it, at <paramref name="offset"/> in the whole).</summary>
    private void AnalyzeSegment(ReadOnlySpan<char> segment, int offset, Workspace workspace, CancellationToken cancellationToken)
    {
        int reportsBefore = workspace.ReportCount;
        TextNormalizer.Normalize(segment, workspace.Normalized, cancellationToken);
        if (_matcher is not null)
        {
            var sink = new WorkspaceSink(workspace);
            _matcher.Scan(workspace.Normalized.Span, ref sink, workspace.Candidates);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ulong triggeredRules = ExpandScannerHits(workspace);
        if (_findsDigitRuns)
        {
            DigitRunRecognizer.FindRuns(workspace.Normalized.Span, workspace);
        }

        if (workspace.TriggerHitCount > 0 || workspace.DigitRunCount > 0)
        {
            RecognizeTokens(workspace, cancellationToken);
        }

        var presentTokens = TokenKinds.None;
        for (int i = 0; i < workspace.TokenCount; i++)
        {
            presentTokens |= workspace.Tokens[i].Kind;
        }

        triggeredRules |= RulesSubscribedTo(presentTokens);
        if (triggeredRules != 0 || _expandsAllRules)
        {
            ExpandTermHits(workspace, segment, _expandsAllRules ? ulong.MaxValue : triggeredRules);
            Dispatch(workspace, segment, presentTokens, cancellationToken);
        }

        if (offset != 0)
        {
            for (int i = reportsBefore; i < workspace.ReportCount; i++)
            {
                var report = workspace.Reports[i];
                workspace.Reports[i] = report with { Span = Shift(report.Span, offset), Fix = Shift(report.Fix, offset) };
            }
        }
    }

    private static TextSpan Shift(TextSpan span, int offset) => new(span.Start + offset, span.Length);

    private static SuggestedFix? Shift(SuggestedFix? fix, int offset)
    {
        if (fix is null)
        {
            return null;
        }

        var edits = ImmutableArray.CreateBuilder<TextEdit>(fix.Edits.Length);
        foreach (var edit in fix.Edits)
        {
            edits.Add(edit with { Span = Shift(edit.Span, offset) });
        }

        return fix with { Edits = edits.MoveToImmutable() };
    }

    /// <summary>
    /// The suppression stage: inline comments first, then the host's suppressors. A clean text without a
    /// <c>guideline-</c> comment costs one vectorized search and allocates nothing.
    /// </summary>
    private AnalysisResult Suppress(AnalysisResult result, ReadOnlySpan<char> original, InlineSuppressions? inline)
    {
        if (result.IsClean && inline is null)
        {
            return result;
        }

        var kept = ImmutableArray.CreateBuilder<Diagnostic>(result.Diagnostics.Length);
        var suppressed = ImmutableArray.CreateBuilder<SuppressedDiagnostic>();
        var used = new bool[inline?.Directives.Count ?? 0];
        foreach (var diagnostic in result.Diagnostics)
        {
            if (inline?.Find(diagnostic) is { } range)
            {
                used[range.Directive.Index] = true;
                suppressed.Add(new SuppressedDiagnostic(diagnostic, range.Directive.Justification));
                continue;
            }

            string? justification = null;
            foreach (var suppressor in _suppressors)
            {
                try
                {
                    justification = suppressor.GetSuppressionJustification(diagnostic, original);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new GuidelineRuleException(suppressor.GetType().Name, $"Suppressor {suppressor.GetType().Name} threw on {diagnostic.Id}: {ex.Message}", ex);
                }

                if (justification is not null)
                {
                    break;
                }
            }

            if (justification is null)
            {
                kept.Add(diagnostic);
            }
            else
            {
                suppressed.Add(new SuppressedDiagnostic(diagnostic, justification));
            }
        }

        if (inline is not null)
        {
            bool singleLine = original.IndexOfAny('\r', '\n') < 0;
            var lines = singleLine ? default : new LineMap(original);
            foreach (var (span, id) in inline.UnknownIds)
            {
                AddMeta(kept, PipelineDescriptors.UnknownSuppressionId, span, id, original, singleLine, lines);
            }

            foreach (var directive in inline.Directives)
            {
                if (directive.Kind != "enable" && !used[directive.Index])
                {
                    AddMeta(kept, PipelineDescriptors.UnusedSuppression, directive.Span, original.Slice(directive.Span.Start, directive.Span.Length).ToString(), original, singleLine, lines);
                }
            }

            kept.Sort(DiagnosticOrder);
        }

        return kept.Count == 0 && suppressed.Count == 0 ? AnalysisResult.Empty : new AnalysisResult(kept.ToImmutable(), suppressed.ToImmutable());
    }

    private void AddMeta(ImmutableArray<Diagnostic>.Builder diagnostics, RuleDescriptor descriptor, TextSpan span, string argument, ReadOnlySpan<char> original, bool singleLine, LineMap lines)
    {
        if (_severities.TryGetValue(descriptor, out var severity))
        {
            diagnostics.Add(MakeDiagnostic(descriptor, severity, span, argument, null, null, original, singleLine, lines));
        }
    }

    private static int DiagnosticOrder(Diagnostic a, Diagnostic b)
    {
        int c = a.Span.Start.CompareTo(b.Span.Start);
        c = c != 0 ? c : a.Span.Length.CompareTo(b.Span.Length);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private Diagnostic MakeDiagnostic(RuleDescriptor descriptor, Severity severity, TextSpan span, string? argument, SuggestedFix? fix, ImmutableDictionary<string, string>? properties, ReadOnlySpan<char> original, bool singleLine, LineMap lines)
    {
        string matched = original.Slice(span.Start, span.Length).ToString();
        argument ??= matched;
        return new Diagnostic(
            descriptor,
            severity,
            span,
            singleLine ? new LinePosition(1, span.Start + 1) : lines.GetPosition(span.Start),
            singleLine ? new LinePosition(1, span.End + 1) : lines.GetPosition(span.End),
            matched,
            _messageFormats[descriptor],
            argument,
            fix,
            properties ?? ImmutableDictionary<string, string>.Empty);
    }

    /// <summary>
    /// The first look at the scan's hits: token-recognizer triggers and the suppression marker are taken, and the
    /// rules the hits can trigger are returned as a bit set.
    /// </summary>
    private ulong ExpandScannerHits(Workspace workspace)
    {
        var hits = workspace.Hits;
        ulong triggered = _rulesRunOnEveryText;
        for (int h = 0; h < workspace.HitCount; h++)
        {
            int pattern = hits[h].Pattern;
            triggered |= _patternTriggeredRules[pattern];
            if (!_patternFeedsScanners[pattern])
            {
                continue;
            }

            for (int t = _targetStarts[pattern], end = _targetStarts[pattern + 1]; t < end; t++)
            {
                var target = _targets[t];
                if (target.Kind == TargetKind.Recognizer)
                {
                    workspace.AddTriggerHit(new PatternHit(target.Id, hits[h].Start, hits[h].End));
                }
                else if (target.Kind == TargetKind.SuppressionMarker)
                {
                    workspace.SawSuppressionMarker = true;
                }
            }
        }

        return triggered;
    }

    /// <summary>The rules subscribed to any of the kinds of token the recognizers found.</summary>
    private ulong RulesSubscribedTo(TokenKinds present)
    {
        ulong triggered = 0;
        for (uint kinds = (uint)present; kinds != 0 && !_expandsAllRules; kinds &= kinds - 1)
        {
            triggered |= _rulesByTokenKind[BitOperations.TrailingZeroCount(kinds)];
        }

        return triggered;
    }

    /// <summary>The second look: hits of terms and exceptions of the triggered rules (and allowed words, which except every rule's terms).</summary>
    private void ExpandTermHits(Workspace workspace, ReadOnlySpan<char> original, ulong rules)
    {
        var hits = workspace.Hits;
        var targets = _targets;
        var targetStarts = _targetStarts;
        for (int h = 0; h < workspace.HitCount; h++)
        {
            var hit = hits[h];
            for (int t = targetStarts[hit.Pattern], end = targetStarts[hit.Pattern + 1]; t < end; t++)
            {
                var target = targets[t];
                switch (target.Kind)
                {
                    case TargetKind.Term:
                    case TargetKind.LookalikeTerm:
                    case TargetKind.SpacedTerm:
                        int rule = _termRules[target.Id];
                        if ((rules & (1UL << rule)) == 0
                            || (target.Kind == TargetKind.LookalikeTerm && !KanjiLookalikes.StandsInKatakana(OriginalOf(workspace.Normalized, original, hit.Start, hit.End)))
                            || (target.Kind == TargetKind.SpacedTerm && !IsWrittenInKatakana(OriginalOf(workspace.Normalized, original, hit.Start, hit.End)))
                            || (_termIsKatakanaWord[target.Id] && !IsKatakanaWord(workspace.Normalized, original, hit.Start, hit.End)))
                        {
                            continue;
                        }

                        workspace.AddTermHit(new TermHit(rule, target.Id, hit.Start, hit.End));
                        break;
                    case TargetKind.Exception:
                        if (target.Id == AllTerms)
                        {
                            workspace.AddExceptionHit(new TermHit(AllTerms, AllTerms, hit.Start, hit.End));
                        }
                        else if ((rules & (1UL << _termRules[target.Id])) != 0)
                        {
                            workspace.AddExceptionHit(new TermHit(_termRules[target.Id], target.Id, hit.Start, hit.End));
                        }

                        break;
                }
            }
        }
    }

    /// <summary>
    /// Whether every letter of <paramref name="span"/> is katakana or a kanji lookalike of one, with at least one
    /// katakana letter (「八百」 is kanji, whatever katakana it looks like); separators and invisible characters may
    /// stand between them.
    /// </summary>
    private static bool IsWrittenInKatakana(ReadOnlySpan<char> span)
    {
        bool katakana = false;
        foreach (char c in span)
        {
            if (KanjiLookalikes.IsKatakana(c))
            {
                katakana = true;
            }
            else if (!KanjiLookalikes.IsLookalike(c) && FoldTable.Kinds[c] is FoldKind.Word or FoldKind.Joiner or FoldKind.Boundary)
            {
                return false;
            }
        }

        return katakana;
    }

    private static ReadOnlySpan<char> OriginalOf(NormalizationBuffer normalized, ReadOnlySpan<char> original, int start, int end) =>
        original[normalized.OriginalStart(start)..normalized.OriginalEnd(end - 1)];

    /// <summary>
    /// Whether the match is written in katakana (kanji lookalikes allowed: 「バ力」) and is not inside a longer
    /// katakana word.
    /// </summary>
    private static bool IsKatakanaWord(NormalizationBuffer normalized, ReadOnlySpan<char> original, int start, int end)
    {
        if (!IsWrittenInKatakana(OriginalOf(normalized, original, start, end)))
        {
            return false;
        }

        // The neighbours are those of the folded text, as written: 「シナ\u200Bモン」 and 「カ ス ハ ラ」 are one word.
        return !(start > 0 && KanjiLookalikes.IsKatakana(original[normalized.OriginalStart(start - 1)]))
            && !(end < normalized.Length && KanjiLookalikes.IsKatakana(original[normalized.OriginalStart(end)]));
    }

    private void RecognizeTokens(Workspace workspace, CancellationToken cancellationToken)
    {
        // Each recognizer takes its triggers in start order, so its tokens come out in start order: one sorted
        // run per recognizer, searched by binary search and merged at the end. A recognizer that looks at digit
        // runs takes their starts merged, in order, with its pattern triggers.
        int attempts = 0;
        for (int r = 0; r < _recognizers.Length; r++)
        {
            var recognizer = _recognizers[r];
            int tokensBefore = workspace.TokenCount;
            int consumedUntil = -1;
            int t = 0;
            int d = recognizer.TriggersOnDigitRuns ? 0 : workspace.DigitRunCount;
            while (true)
            {
                while (t < workspace.TriggerHitCount && workspace.TriggerHits[t].Pattern != r)
                {
                    t++;
                }

                int start, end;
                if (t < workspace.TriggerHitCount && (d >= workspace.DigitRunCount || workspace.TriggerHits[t].Start <= workspace.DigitRuns[d].Start))
                {
                    (start, end) = (workspace.TriggerHits[t].Start, workspace.TriggerHits[t].End);
                    t++;
                }
                else if (d < workspace.DigitRunCount)
                {
                    // The first digit of the run that no earlier recognizer's token holds (a URL's digits are the URL's).
                    var run = workspace.DigitRuns[d++];
                    start = Math.Max(run.Start, consumedUntil);
                    while (start < run.End && workspace.IsInsideEarlierToken(tokensBefore, start))
                    {
                        start++;
                    }

                    if (start >= run.End)
                    {
                        continue;
                    }

                    end = start + 1;
                }
                else
                {
                    break;
                }

                if (start < consumedUntil || workspace.IsInsideEarlierToken(tokensBefore, start))
                {
                    continue;
                }

                if ((++attempts & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                int tokenEnd = recognizer.TryRecognize(workspace, start, end);
                if (tokenEnd >= 0)
                {
                    consumedUntil = tokenEnd;
                }
            }

            workspace.EndTokenRun();
        }

        workspace.MergeTokenRuns();
    }

    private void Dispatch(Workspace workspace, ReadOnlySpan<char> original, TokenKinds present, CancellationToken cancellationToken)
    {
        SortByRule(workspace);

        int cursor = 0;
        var hits = workspace.TermHits;
        for (int r = 0; r < _rules.Length; r++)
        {
            var rule = _rules[r];
            int groupStart = cursor;
            while (cursor < workspace.TermHitCount && hits[cursor].Rule == r)
            {
                cursor++;
            }

            bool triggered = rule.RunsOnEveryText || (rule.TokenKinds & present) != 0;
            workspace.EnsureMatchCapacity(cursor - groupStart);
            int matchCount = 0;
            for (int h = groupStart; h < cursor; h++)
            {
                var hit = hits[h];
                if (IsExcepted(workspace, hit))
                {
                    continue;
                }

                triggered |= _termIsTrigger[hit.TermId];
                workspace.Matches[matchCount++] = new TermMatch(_terms[hit.TermId], hit.Start, hit.End);
            }

            workspace.MatchesUsed = Math.Max(workspace.MatchesUsed, matchCount);
            if (!triggered)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var context = new RuleContext(workspace, r, workspace.Matches.AsSpan(0, matchCount), original, _language, cancellationToken);
            try
            {
                rule.Action(ref context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new GuidelineRuleException(rule.Id, $"Rule {rule.Id} ({rule.Rule.GetType().Name}) threw while analyzing a text: {ex.Message}", ex);
            }
        }
    }

    /// <summary>
    /// Groups term hits by rule with a counting sort: linear, allocation-free, and stable, so each rule's hits
    /// stay in the order the matcher found them (by start, then end).
    /// </summary>
    private void SortByRule(Workspace workspace)
    {
        int count = workspace.TermHitCount;
        if (count < 2)
        {
            return;
        }

        var offsets = workspace.RuleOffsets(_rules.Length + 1);
        var hits = workspace.TermHits;
        for (int i = 0; i < count; i++)
        {
            offsets[hits[i].Rule + 1]++;
        }

        for (int r = 1; r < offsets.Length; r++)
        {
            offsets[r] += offsets[r - 1];
        }

        var sorted = workspace.SortScratch(count);
        for (int i = 0; i < count; i++)
        {
            sorted[offsets[hits[i].Rule]++] = hits[i];
        }

        workspace.SwapSortedTermHits();
    }

    /// <summary>
    /// Whether an exception of the hit's term covers it. Exception hits are in start order, and one that covers
    /// the hit starts at most the longest exception's length before the hit ends: a binary search and a short walk.
    /// </summary>
    private bool IsExcepted(Workspace workspace, in TermHit hit)
    {
        var exceptions = workspace.ExceptionHits.AsSpan(0, workspace.ExceptionHitCount);
        if (exceptions.IsEmpty)
        {
            return false;
        }

        int from = hit.End - _maxExceptionLength;
        int lo = 0, hi = exceptions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (exceptions[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < exceptions.Length && exceptions[i].Start <= hit.Start; i++)
        {
            var exception = exceptions[i];
            if ((exception.TermId == hit.TermId || exception.TermId == AllTerms) && exception.End >= hit.End)
            {
                return true;
            }
        }

        return false;
    }

    private AnalysisResult CreateResult(Workspace workspace, ReadOnlySpan<char> original)
    {
        bool singleLine = original.IndexOfAny('\r', '\n') < 0;
        var lines = singleLine ? default : new LineMap(original);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(workspace.ReportCount);
        for (int i = 0; i < workspace.ReportCount; i++)
        {
            var report = workspace.Reports[i];
            if (!_severities.TryGetValue(report.Descriptor, out var severity))
            {
                if (!_declared.Contains(report.Descriptor))
                {
                    throw new GuidelineRuleException(_rules[report.Rule].Id, $"Rule {_rules[report.Rule].Id} reported {report.Descriptor.Id}, which it does not declare in Descriptors.", null);
                }

                continue; // switched off
            }

            diagnostics.Add(MakeDiagnostic(report.Descriptor, severity, report.Span, report.Argument, report.Fix, report.Properties, original, singleLine, lines));
        }

        if (diagnostics.Count == 0)
        {
            return AnalysisResult.Empty;
        }

        if (diagnostics.Count > 1)
        {
            diagnostics.Sort(DiagnosticOrder);

            // A rule that reports the same span twice gets one diagnostic; duplicates are adjacent after the sort.
            int kept = 1;
            for (int i = 1; i < diagnostics.Count; i++)
            {
                if (diagnostics[i].Span != diagnostics[kept - 1].Span || !ReferenceEquals(diagnostics[i].Descriptor, diagnostics[kept - 1].Descriptor))
                {
                    diagnostics[kept++] = diagnostics[i];
                }
            }

            diagnostics.Count = kept;
        }

        return new AnalysisResult(diagnostics.ToImmutable());
    }

    private enum TargetKind : byte
    {
        Term,

        // A katakana term spelled with kanji lookalikes: counts only where the text is katakana around them.
        LookalikeTerm,

        // A short katakana term with spaces between its letters: counts only where those letters are katakana.
        SpacedTerm,
        Exception,
        Recognizer,
        SuppressionMarker,
    }

    private readonly record struct PatternTarget(TargetKind Kind, int Id);

    private sealed record CompiledRule(IGuidelineRule Rule, string Id, RuleAction Action, TokenKinds TokenKinds, bool RunsOnEveryText);
}
