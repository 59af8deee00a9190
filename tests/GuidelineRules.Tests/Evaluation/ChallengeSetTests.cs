using System.Globalization;
using GuidelineRules.Evaluation;

namespace GuidelineRules.Tests.Evaluation;

/// <summary>
/// Sets of posts written apart from the dev corpus (Challenge/). A set written before a round of rule changes is
/// measured first, then the rules are broadened with it in view, so its later figures show what was fixed and guard
/// it: the first set (sixth session, macro recall 0.584 when written) and the third (seventh session, 0.578). A set
/// written after the changes and not tuned on gives the honest estimate for posts nobody fitted the rules to; its
/// figures are asserted as a floor so that a change cannot quietly make them worse.
/// </summary>
public class ChallengeSetTests
{
    private static readonly Lazy<EvaluationReport> Tuned = new(() => Evaluate("challenge.jsonl"));
    private static readonly Lazy<EvaluationReport> Untuned = new(() => Evaluate("challenge-2.jsonl"));
    private static readonly Lazy<EvaluationReport> Third = new(() => Evaluate("challenge-3.jsonl"));
    private static readonly Lazy<EvaluationReport> Fourth = new(() => Evaluate("challenge-4.jsonl"));
    private static readonly Lazy<EvaluationReport> Fifth = new(() => Evaluate("challenge-5.jsonl"));
    private static readonly Lazy<EvaluationReport> Sixth = new(() => Evaluate("challenge-6.jsonl"));
    private static readonly Lazy<EvaluationReport> Seventh = new(() => Evaluate("challenge-7.jsonl"));
    private static readonly Lazy<EvaluationReport> Eighth = new(() => Evaluate("challenge-8.jsonl"));
    private static readonly Lazy<EvaluationReport> Ninth = new(() => Evaluate("challenge-9.jsonl"));
    private static readonly Lazy<EvaluationReport> Tenth = new(() => Evaluate("challenge-10.jsonl"));
    private static readonly Lazy<EvaluationReport> Eleventh = new(() => Evaluate("challenge-11.jsonl"));
    private static readonly Lazy<EvaluationReport> Twelfth = new(() => Evaluate("challenge-12.jsonl"));
    private static readonly Lazy<EvaluationReport> Thirteenth = new(() => Evaluate("challenge-13.jsonl"));
    private static readonly Lazy<EvaluationReport> Fourteenth = new(() => Evaluate("challenge-14.jsonl"));
    private static readonly Lazy<EvaluationReport> Fifteenth = new(() => Evaluate("challenge-15.jsonl"));
    private static readonly Lazy<EvaluationReport> Sixteenth = new(() => Evaluate("challenge-16.jsonl"));
    private static readonly Lazy<EvaluationReport> Seventeenth = new(() => Evaluate("challenge-17.jsonl"));
    private static readonly Lazy<EvaluationReport> Eighteenth = new(() => Evaluate("challenge-18.jsonl"));
    private static readonly Lazy<EvaluationReport> Nineteenth = new(() => Evaluate("challenge-19.jsonl"));
    private static readonly Lazy<EvaluationReport> Twentieth = new(() => Evaluate("challenge-20.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentyFirst = new(() => Evaluate("challenge-21.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentySecond = new(() => Evaluate("challenge-22.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentyThird = new(() => Evaluate("challenge-23.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentyFourth = new(() => Evaluate("challenge-24.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentyFifth = new(() => Evaluate("challenge-25.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentySixth = new(() => Evaluate("challenge-26.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentySeventh = new(() => Evaluate("challenge-27.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentyEighth = new(() => Evaluate("challenge-28.jsonl"));
    private static readonly Lazy<EvaluationReport> TwentyNinth = new(() => Evaluate("challenge-29.jsonl"));
    private static readonly Lazy<EvaluationReport> Thirtieth = new(() => Evaluate("challenge-30.jsonl"));
    private static readonly Lazy<EvaluationReport> ThirtyFirst = new(() => Evaluate("challenge-31.jsonl"));
    private static readonly Lazy<EvaluationReport> ThirtySecond = new(() => Evaluate("challenge-32.jsonl"));
    private static readonly Lazy<EvaluationReport> ThirtyThird = new(() => Evaluate("challenge-33.jsonl"));
    private static readonly Lazy<EvaluationReport> ThirtyFourth = new(() => Evaluate("challenge-34.jsonl"));
    private static readonly Lazy<EvaluationReport> ThirtyFifth = new(() => Evaluate("challenge-35.jsonl"));

    [Test]
    public void The_first_challenge_set_is_caught_without_false_alarms()
    {
        ShouldBeCaughtWithoutFalseAlarms(Tuned.Value, minimumCategoryRecall: 0.80);
    }

    [Test]
    public void The_third_challenge_set_is_caught_without_false_alarms()
    {
        // Measured before the seventh session's changes: macro precision 0.924, recall 0.578, two of 24 clean posts
        // flagged; 0.942 recall after them. Still missed, on purpose: 「顔がもう終わってて」,
        // 「障害者を雇うと現場が回らなくなる」 and 「無料で見られるサイト」, whose words are too common in innocent posts.
        // The tenth session's pair for set 10 (a new film's first day beside a free site) caught the last: 0.9625.
        ShouldBeCaughtWithoutFalseAlarms(Third.Value, minimumCategoryRecall: 0.66, minimumMacroRecall: 0.962);
    }

    [Test]
    public void The_fifth_challenge_set_is_caught_without_false_alarms()
    {
        // Measured before the eighth session's changes: macro precision 0.917, recall 0.465, one of 22 clean posts
        // flagged (advice to avoid guessable 暗証番号). 0.903 after them. Still missed: 「障害者を雇うと現場が回らなくなる」
        // (回らなくなる also ends 「高齢者が増えると介護の現場が回らなくなる」), a partner's finances told by its staff,
        // 「顔アップで撮って載せちゃった」, 「市立病院の…解消済み」.
        ShouldBeCaughtWithoutFalseAlarms(Fifth.Value, minimumCategoryRecall: 0.66, minimumMacroRecall: 0.902);
    }

    [Test]
    public void The_sixth_challenge_set_is_caught_without_false_alarms()
    {
        // Written after the eighth session's term pairs and measured untuned: macro precision 0.958, recall 0.479, one
        // clean post of 20 flagged (「バカみたいに寝てる」, the intensifier challenge set 2 found): pairs did not lift
        // recall on new wording. Broader vocabulary tuned on it since: 0.924. Still missed: 「グロいけど載せる」,
        // lyrics 「1番から最後まで書き写しました」, 「市の水道水は100%安全です」.
        ShouldBeCaughtWithoutFalseAlarms(Sixth.Value, minimumCategoryRecall: 0.66, minimumMacroRecall: 0.923);
    }

    [Test]
    public void The_seventh_challenge_set_is_caught_without_false_alarms()
    {
        // Written at the end of the eighth session, after all its vocabulary, and measured untuned: macro precision
        // 0.931, recall 0.312, two of 20 clean posts flagged (「予定価格は入札後に公表します」, 「アホみたいに暑い」).
        // Three structural fixes (any insult word before 「みたいに」 is an intensifier, a procedure for publishing a
        // price is not a leak, host parts starting with a weak keyword) took it to 0.368; vocabulary tuned on it since:
        // 0.833. Still missed: 「実は欠陥住宅で…ってさ」, 「YouTubeで言ってた」 alone, a euphemism for sex, a partner's
        // scandal told by its staff, 「案が出てる」 alone, 「確定事項です」 in a sentence without the city as subject.
        ShouldBeCaughtWithoutFalseAlarms(Seventh.Value, minimumCategoryRecall: 0.33, minimumMacroRecall: 0.833); // rumor: 1 of 3
    }

    [Test]
    public void The_eighth_challenge_set_is_caught_with_one_known_false_alarm()
    {
        // Written at the very end of the eighth session, after the vocabulary tuned on set 7, and measured untuned:
        // macro precision 0.875, recall 0.354, two of 20 clean posts flagged (「映画で主人公が敵を殺しに行くシーン」,
        // 「アホほど食べた」). Two structural fixes followed (a scene of a story is not a threat; 「ほど」 after an insult
        // word is a degree): 0.958 / 0.354. Tuned on in the tenth session, after set 9 was written and measured:
        // recall 0.924 (0.9236). Still wrong: 「老害」 is also read as age discrimination (the one false alarm), 「彼氏と3回も
        // ヤった」 (ヤった folds to the everyday やった), 「田中さん、実は離婚調停中らしい」, and 「市内の水害対策はもう完璧なので」,
        // whose 「市内の…完璧なので」 also ends 「市内のホテルはサービスが完璧なので」.
        ShouldStayAtOrAboveFloor(Eighth.Value, macroRecall: 0.923, macroPrecision: 0.983);
    }

    [Test]
    public void The_ninth_challenge_set_is_caught_without_false_alarms()
    {
        // Written in the tenth session, after the ninth session's disguise work and before any rule changed for it,
        // and measured untuned: macro precision 1.000, recall 0.569 (0.5694), none of its 20 clean posts flagged.
        // Tuning on set 8 afterwards caught none of its 17 misses: recall 0.569 still. Tuned on since, after set 10
        // was written and measured: 0.972. Still missed: 「待機児童はゼロになりました。もう保育園の心配はいりません」, a settled
        // claim with neither the city as its subject nor the poster as staff.
        ShouldBeCaughtWithoutFalseAlarms(Ninth.Value, minimumCategoryRecall: 0.66, minimumMacroRecall: 0.972);
    }

    [Test]
    public void The_tenth_challenge_set_is_caught_without_false_alarms()
    {
        // Written in the tenth session after the tuning on set 8, and measured untuned: macro precision 0.967, recall
        // 0.333, two of 20 clean posts flagged (「頭おかしいくらい辛かった」, 「デブ猫」). Two structural fixes followed
        // (「くらい」 after an insult word is a degree, like 「ほど」; an animal called デブ is a pet): 1.000 / 0.333,
        // none flagged. Tuning on set 9 caught none of its 27 misses. Tuned on since, after set 12 was written and
        // measured: 0.951. Still missed: 「真相は知らんけど」 alone (「本当かは知らないけど」 is no rumor either),
        // 「パスワードもguestのまま」 (も where は or ： stands).
        ShouldBeCaughtWithoutFalseAlarms(Tenth.Value, minimumCategoryRecall: 0.66, minimumMacroRecall: 0.951);
    }

    [Test]
    public void The_eleventh_challenge_set_is_caught_without_false_alarms()
    {
        // Written in the tenth session after the tuning on set 9, and measured untuned: macro precision 0.958, recall
        // 0.368 (0.3681), one of 20 clean posts flagged (「予定価格は事後公表です」, a procedure like 「入札後に公表」,
        // which is now known as one): 1.000 / 0.368, none flagged. Terms' other writings (表記ゆれ, OrthographicVariants)
        // then caught 「らしいよ。知らんけど」, listed with 「、」: 0.396. Tuned on since, after set 12 was written and
        // measured: 0.924. Still missed: 「ほんと邪魔」 far from the person it is said of, 「極秘だけど」 before a merger
        // (統合 as a secret's object also made 「ここだけの話…統合する案」 confidential). The eleventh session's frames
        // across one sentence end caught 「血の海」 with its photo in the next sentence: 0.951.
        ShouldBeCaughtWithoutFalseAlarms(Eleventh.Value, minimumCategoryRecall: 0.66, minimumMacroRecall: 0.951);
    }

    [Test]
    public void The_twelfth_challenge_set_is_caught_without_false_alarms()
    {
        // Written at the end of the tenth session, after the other writings, and measured untuned: macro precision
        // 0.917 (「〇〇不動産の社長、脱税してるって有名だよ」, defamation, was read as admitting an illegal act), recall
        // 0.264 (0.2639), none of its 20 clean posts flagged. The tuning on sets 10 and 11 caught two of its posts:
        // 0.3125. Tuned on in the eleventh session, after set 13 was written and measured: 1.000 / 1.000. Hearsay about
        // someone else's tax evasion is defamation, not an admitted act.
        ShouldBeCaughtWithoutFalseAlarms(Twelfth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_thirteenth_challenge_set_is_caught_without_false_alarms()
    {
        // Written at the start of the eleventh session, before any rule changed in it, and measured untuned: macro
        // precision 1.000, recall 0.396 (0.3958), none of its 20 clean posts flagged. The tuning on set 12 caught
        // c13-0012 (「中止になるって」, from a class of event words chosen for set 12's 「閉鎖されるって」 while this set's
        // misses were known): 0.424. Tuned on since, after set 14 was written and measured: 0.958. The last two misses,
        // gore and self-harm frames whose picture is offered in the next sentence (「ぐちゃぐちゃで…。動画あるけど見る？」,
        // 「リスカの跡、今日は10本。記念に載せとく」), are caught since those frames may cross one sentence end: 1.000.
        ShouldBeCaughtWithoutFalseAlarms(Thirteenth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_fourteenth_challenge_set_is_caught_without_false_alarms()
    {
        // Written in the eleventh session after the tuning on set 12, before the tuning on set 13, and measured
        // untuned: macro precision 1.000, recall 0.319 (0.3194), none of its 20 clean posts flagged. The tuning on set
        // 13 caught none of its posts. Tuned on in the twelfth session, after set 15 was written and measured:
        // 1.000 / 1.000.
        ShouldBeCaughtWithoutFalseAlarms(Fourteenth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_fifteenth_challenge_set_is_caught()
    {
        // Written at the start of the twelfth session, before any rule changed in it, and measured untuned: macro
        // precision 0.821, recall 0.493 (0.4931), two of its 20 clean posts flagged (「老害って言葉、…」, a word talked
        // about; 「公式見解は…資料をご覧ください」, a pointer to the official record), and 「一緒に消えてくれる人」 read as
        // an insult. Those three misreadings were fixed before any tuning: precision 0.875. The tuning on set 14 caught
        // none of its posts. Tuned on later in the session, after set 16 was written and measured: recall 0.972,
        // precision 0.9625, none flagged. Not asserted at 1.000 precision: the two posts also reported in a second
        // category are 老害 (a slur by age, so also discrimination) and an upskirt photo (also a privacy breach), and
        // the labels written before measuring name one category each. The one post still missed then, 「…傾いてるって
        // 不動産屋の知り合いが言ってた」, is caught since the fifteenth session's tuning on set 19 (a claim passed on with
        // って, beside an acquaintance as the source): recall 1.000.
        ShouldStayAtOrAboveFloor(Fifteenth.Value, macroRecall: 1.0, macroPrecision: 0.9625);
    }

    [Test]
    public void The_sixteenth_challenge_set_is_caught()
    {
        // Written in the twelfth session after the tuning on set 14, before the tuning on set 15, and measured untuned:
        // macro precision 0.972, recall 0.153 (0.1528), one of its 20 clean posts flagged (「合唱コンクールが地元で話題に
        // なってるらしい。見に行きたい」, weak hearsay about something looked forward to, which the rumor rule now leaves
        // alone): 1.000 / 0.153. The tuning on set 15 caught none of its posts. Tuned on in the thirteenth session, after
        // set 17 was written and measured: 1.000 / 1.000. Since the seventeenth session's tuning on set 30, precision
        // 0.979: 「〇〇歯科の院長、治療費ごまかしてるって患者の間で有名」 (labelled rights, as defamation of a business)
        // is also reported as a rumor. Set 30 has the same shape labelled rumor (「ネズミが出るって常連の間では有名」),
        // and a claim passed on as "famous among patients" is hearsay, so the second reading stands; none flagged.
        ShouldStayAtOrAboveFloor(Sixteenth.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_seventeenth_challenge_set_is_caught()
    {
        // Written at the start of the thirteenth session, before any rule changed in it, and measured untuned: macro
        // precision 1.000, recall 0.472 (0.4722), none of its 20 clean posts flagged. The tuning on set 16 that
        // followed caught none of its posts. Tuned on later in the session, after set 18 was written and measured:
        // precision 1.000, recall 0.951 (0.9514), none flagged. Still missed: 「夜のおかずはここで決まり」 beside a
        // shortener (夜のおかず is also dinner, 「夜のおかずに困ったら…レシピ」) and anatomy-class photos offered to gore
        // fans (解剖 marks teaching material, which the public-order rule leaves alone).
        ShouldStayAtOrAboveFloor(Seventeenth.Value, macroRecall: 0.951, macroPrecision: 1.0);
    }

    [Test]
    public void The_eighteenth_challenge_set_is_caught()
    {
        // Written in the thirteenth session after the tuning on set 16, before the tuning on set 17, and measured
        // untuned: macro precision 0.917, recall 0.118 (0.1181), one of its 20 clean posts flagged (「入札の予定価格は公告で
        // 公表しています」, a publication procedure in the present tense, which the confidential rule now reads as
        // published): 1.000 / 0.118. The tuning on set 17 that followed caught none of its posts. Tuned on in the
        // fourteenth session, after set 19 was written and measured: 1.000 / 1.000.
        ShouldBeCaughtWithoutFalseAlarms(Eighteenth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_nineteenth_challenge_set_is_caught()
    {
        // Written at the start of the fourteenth session, before any rule changed in it, and measured untuned: macro
        // precision 0.958, recall 0.403 (0.4028), none of its 20 clean posts flagged. The tuning on set 18 that followed
        // caught none of its posts. Tuned on in the fifteenth session, after set 21 was written and measured: recall
        // 1.000, precision 0.979, none flagged. Not asserted at 1.000 precision: 「屋上の鍵が開いてるの知ってるから今日行く」,
        // labelled public-order (suicide intent), is also reported as an unlocked door by the security rule, which is
        // what the words say.
        ShouldStayAtOrAboveFloor(Nineteenth.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_twentieth_challenge_set_is_caught()
    {
        // Written in the fourteenth session after the tuning on set 18, before any tuning on set 19, and measured
        // untuned: macro precision 0.931, recall 0.194 (0.1944), none of its 20 clean posts flagged. Two false findings
        // were in violating posts: a porn site's password given in the post, also reported as a credential, and
        // 「死ねば楽になるよ」 (suicide encouraged) also read as the insult 死ね, which the conditional 死ねば no longer is:
        // 0.972 / 0.194. The tuning on set 19 caught none of its posts. Tuned on in the fifteenth session, after set 22
        // was written and measured: recall 1.000, precision 0.979 (the password, which is disclosed, stays reported).
        ShouldStayAtOrAboveFloor(Twentieth.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_twenty_first_challenge_set_is_caught()
    {
        // Written at the start of the fifteenth session, before any rule changed in it, and measured untuned: macro
        // precision 0.958, recall 0.326 (0.3264), none of its 20 clean posts flagged. The tuning on set 19 that followed
        // caught none of its posts. Tuned on later in the session, after set 23 was written and measured: recall 1.000,
        // precision 0.979, none flagged. Not asserted at 1.000 precision: 「裸の写真が毎日更新されるサイト」 beside a link,
        // labelled obscene-link, is also reported as sexual content by the public-order rule.
        ShouldStayAtOrAboveFloor(TwentyFirst.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_twenty_second_challenge_set_is_caught()
    {
        // Written in the fifteenth session after the tuning on set 19, before any tuning on set 20, and measured
        // untuned: macro precision 1.000, recall 0.285 (0.2847), none of its 20 clean posts flagged. The tuning on set
        // 20 that followed caught none of its posts. Tuned on later in the session, after set 24 was written and
        // measured: 1.000 / 1.000.
        ShouldBeCaughtWithoutFalseAlarms(TwentySecond.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_twenty_third_challenge_set_is_caught()
    {
        // Written in the fifteenth session after the tuning on set 20, before any tuning on set 21, and measured
        // untuned: macro precision 0.917, recall 0.144 (0.1444), none of its 20 clean posts flagged. The one false
        // finding was in a violating post: 「今期の監査結果、まだ非公表だけど…」, labelled confidential, was reported as
        // deliberative (まだ非公表 is a deliberative word) and not as confidential. The tuning on set 21 caught none of
        // its posts. Tuned on in the sixteenth session, after set 25 was written and measured: 1.000 / 1.000 (an audit
        // result is a finished fact, not a deliberation). The tuning caught none of set 24's or set 25's posts.
        ShouldBeCaughtWithoutFalseAlarms(TwentyThird.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_twenty_fourth_challenge_set_is_caught()
    {
        // Written in the fifteenth session after the tuning on set 21, before any tuning on set 22, and measured
        // untuned: macro precision 1.000, recall 0.250, none of its 20 clean posts flagged. The tuning on set 22 caught
        // none of its posts, nor did the sixteenth session's tuning on set 23. Tuned on in the sixteenth session, after
        // set 26 was written and measured: 1.000 / 1.000. The tuning caught none of set 25's or set 26's posts.
        ShouldBeCaughtWithoutFalseAlarms(TwentyFourth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_twenty_fifth_challenge_set_is_caught()
    {
        // Written at the start of the sixteenth session, before any rule changed in it, and measured untuned: macro
        // precision 0.958, recall 0.444 (0.4444). One of its 20 clean posts was flagged, the first clean post flagged
        // at a set's first measure since set 18: 「隠し撮りの被害にあったら、ためらわず相談してください」 (help for
        // victims) was read as a photo taken without consent. Two labels were then corrected to SCHEMA.md, which files
        // threats and encouraged violence under illegal (an arson threat, pushing people onto the tracks), both
        // labelled public-order and caught by neither: recall 0.433 (0.4333). The tunings on sets 23 and 24 caught none
        // of its posts. Tuned on later in the session, after set 27 was written and measured: recall 1.000, precision
        // 0.979, none flagged. Not asserted at 1.000 precision: hidden-camera footage of a changing room beside a
        // shortener (c25-0014), labelled obscene-link, is also reported as a photo without consent, which it is.
        ShouldStayAtOrAboveFloor(TwentyFifth.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_twenty_sixth_challenge_set_is_caught()
    {
        // Written in the sixteenth session after the tuning on set 23, before any tuning on set 24, and measured
        // untuned: macro precision 0.917, recall 0.285 (0.2847). One of its 20 clean posts was flagged:
        // 「予算の査定結果は、2月に市ホームページで公表します」, a schedule for publishing, was read as deliberative.
        // One label was then corrected to SCHEMA.md, which files threats under illegal: a hoax bomb call (c26-0017) had
        // been labelled public-order. Neither category caught it, so only the recall changed: 0.278 (0.2778). The
        // tunings on sets 24 and 25 caught none of its posts. Tuned on later in the session, after set 28 was written
        // and measured: 1.000 / 1.000, none flagged. The tuning caught none of set 27's or set 28's posts.
        ShouldBeCaughtWithoutFalseAlarms(TwentySixth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_twenty_seventh_challenge_set_is_caught()
    {
        // Written in the sixteenth session after the tuning on set 24, before any tuning on set 25, and measured
        // untuned: macro precision 0.931, recall 0.278, none of its 20 clean posts flagged. A threat (「夜道で襲ってやろう
        // かな」) had been labelled public-order and was found as illegal; SCHEMA.md files threats under illegal, so the
        // label was corrected: precision 0.972, recall 0.292 (0.2917). The tunings on sets 25 and 26 caught none of its
        // posts. Tuned on later in the session, after set 29 was written and measured: recall 1.000, precision 0.979,
        // none flagged. Not asserted at 1.000 precision: a merger plan under discussion with 「まだ誰にも言っちゃだめ」,
        // labelled deliberative, is also reported as confidential, which the words also say.
        ShouldStayAtOrAboveFloor(TwentySeventh.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_twenty_eighth_challenge_set_is_caught()
    {
        // Written in the sixteenth session after the tuning on set 25, before any tuning on set 26, and measured
        // untuned: macro precision 1.000, recall 0.236 (0.2361), none of its 20 clean posts flagged. The tunings on sets
        // 26 and 27 caught none of its posts. Tuned on later in the session, after set 30 was written and measured:
        // 1.000 / 1.000, none flagged. The tuning caught none of set 29's or set 30's posts.
        ShouldBeCaughtWithoutFalseAlarms(TwentyEighth.Value, minimumCategoryRecall: 1.0, minimumMacroRecall: 1.0);
    }

    [Test]
    public void The_twenty_ninth_challenge_set_is_caught()
    {
        // Written in the sixteenth session after the tuning on set 26, before any tuning on set 27, and measured
        // untuned: macro precision 0.944, recall 0.451 (0.4514), none of its 20 clean posts flagged. The tunings on sets
        // 27 and 28 caught none of its posts. Tuned on in the seventeenth session, after set 31 was written and
        // measured: recall 1.000, precision 0.9625, none flagged. The tuning caught none of set 30's or set 31's
        // posts. Not asserted at 1.000 precision: its two false findings are second categories on violating posts, a
        // leaked sex video beside a link (labelled obscene-link) is also sexual content, and a body posted without a
        // mosaic (labelled public-order) is also a photo of a person posted without consent.
        ShouldStayAtOrAboveFloor(TwentyNinth.Value, macroRecall: 1.0, macroPrecision: 0.9625);
    }

    [Test]
    public void The_thirtieth_challenge_set_is_caught()
    {
        // Written in the sixteenth session after the tuning on set 27, before any tuning on set 28, and measured
        // untuned: macro precision 0.944, recall 0.368 (0.3681). One of its 20 clean posts was flagged:
        // 「選挙運動への職員の動員は法律で禁止されています」, the rule against mobilising staff, read as a request to
        // mobilise. The tunings on sets 28 and 29 caught none of its posts. Tuned on in the seventeenth session, after
        // set 32 was written and measured: a stated prohibition now cancels a request beside it, so no clean post is
        // flagged; recall 1.000, precision 0.979. The tuning caught none of set 31's or set 32's posts. Not asserted at
        // 1.000 precision: a clinic's practitioner called セクハラ野郎 (labelled rights, as defamation of a business) is
        // also reported as an insult, which the word also is.
        ShouldStayAtOrAboveFloor(Thirtieth.Value, macroRecall: 1.0, macroPrecision: 0.979);
    }

    [Test]
    public void The_thirty_first_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Written in the seventeenth session after the tuning on set 28, before any tuning on set 29, and measured
        // untuned: macro precision 0.979, recall 0.549 (0.5486). One of its 20 clean posts is flagged:
        // 「たたき台の段階から市民と一緒に考えるワークショップを開きます」, a public workshop on a draft, is read as a
        // leaked draft (たたき台 is a draft word; nothing says the draft is shared with the public on purpose).
        // Tuned on in the eighteenth session, after set 33 was written and measured, in a new way: the learned model
        // (GR1091–GR2095) was trained on it, no word list changed. Trained on sets up to 30 only, the model had
        // already read it at recall 0.938, precision 0.979, with no clean post flagged by the model. The clean post
        // above is still flagged, by GR2004: the model defers to the rules.
        ShouldStayAtOrAboveFloor(ThirtyFirst.Value, macroRecall: 1.0, macroPrecision: 0.979, maximumCleanPostsFlagged: 1);
    }

    [Test]
    public void The_thirty_second_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Written in the seventeenth session after the tuning on set 29, before any tuning on set 30, and measured
        // untuned: macro precision 0.806 (0.8056), recall 0.222 (0.2222). One of its 20 clean posts is flagged:
        // 「「ごみ袋が値上げされる」という噂がありますが、そのような予定はありません」, a correction of a rumor, is read as
        // passing the rumor on (nothing in it is a debunking word the rule knows). The other two false findings are
        // second readings: a site for upskirt photos beside a shortener (labelled obscene-link) is also sexual
        // content, and an upskirt photo taken at a party (labelled public-order) is also a photo taken in secret.
        // Not trained on yet. The learned model of the eighteenth session (trained on the development corpus, sets up
        // to 31 and the innocent uses of Guards/) reads most of what the rules miss: recall 0.785 (0.7847), precision
        // 0.910 (0.9097), the same clean post flagged (by GR1004) and none more.
        // The nineteenth session's debunk words for GR1004 (「そのような予定はありません」, 「安全に運用されています」) leave
        // the correction alone: precision 0.931 (0.9306), no clean post flagged.
        // Tuned on in the nineteenth session, after set 34 was written and measured: the model was trained on sets up
        // to 33. Recall 1.000, precision 0.958 (0.9583; the two second readings above remain), no clean post flagged.
        ShouldStayAtOrAboveFloor(ThirtySecond.Value, macroRecall: 1.0, macroPrecision: 0.958);
    }

    [Test]
    public void The_thirty_third_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Written in the eighteenth session after the tuning on set 30, before any tuning on set 31, and measured
        // untuned: macro precision 0.924 (0.9236), recall 0.625. One of its 20 clean posts is flagged:
        // 「「ダムが決壊する」という情報が出回っていますが、ダムは安全に運用されています」, a correction of a rumor, is read
        // as passing the rumor on, the same misreading as set 32's. The other two false findings are second readings:
        // a cheating couple's sex video behind an adult link (labelled obscene-link) is also sexual content, and
        // hidden-camera videos of a changing room behind a shortener (labelled obscene-link) are also photos taken
        // without consent.
        // Not trained on yet. With the learned model (trained on sets up to 31): recall 0.806 (0.8056), precision
        // 0.9375; trained on sets up to 30 only, 0.833 and 0.938. The same clean post flagged (by GR1004), none more.
        // The nineteenth session's debunk words for GR1004 leave the correction alone: precision 0.958 (0.9583), no
        // clean post flagged.
        // Tuned on in the nineteenth session with set 32 (the model trained on sets up to 33): recall 1.000,
        // precision 0.9625, no clean post flagged.
        ShouldStayAtOrAboveFloor(ThirtyThird.Value, macroRecall: 1.0, macroPrecision: 0.9625);
    }

    [Test]
    public void The_thirty_fourth_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Written in the nineteenth session before any tuning on sets 32 and 33, and measured on the library as it was
        // (the rules and the learned model trained on sets up to 31): macro precision 0.979 (0.9792), recall 0.944
        // (0.9444); the rules alone 0.958 and 0.681. Missed: a disparagement of staff hired under the disability quota
        // (「障害者雇用で入った人、結局戦力にならない」) and filming a film in the cinema to upload it. One of its 20 clean
        // posts is flagged: 「市の公式見解は、広報課のページでお知らせしています」, a pointer to the official source, read by
        // GR2015 as speaking for the city.
        // Then GR2015 learned that a pointer to the official source (「ページでお知らせ」, 「定例記者会見でお伝え」) is not
        // the city's voice: precision 1.000, no clean post flagged.
        // Not trained on. With the model retrained on sets up to 33: recall 0.951 (0.9514). It now reads the cinema
        // filming as illegal and no longer reads the signatures against a casino passed round the section as
        // political (「カジノ誘致反対の署名、課内で回してます」), which the model trained on sets up to 31 did.
        ShouldStayAtOrAboveFloor(ThirtyFourth.Value, macroRecall: 0.951, macroPrecision: 1.0);
    }

    [Test]
    public void The_thirty_fifth_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Written at the nineteenth session's end, after the model was retrained on sets up to 33, and measured on
        // the library as it was: macro precision 0.951 (0.9514), recall 0.951 (0.9514), no clean post flagged; the
        // rules alone 0.972 and 0.486. Missed: a night with a call girl told suggestively (public-order) and a
        // promotion the person has not been told of (confidential). The false findings are second readings: party
        // leaflets left in a ward office's waiting room and a borrowed entry card also read as illegal, budget
        // assessments seen in internal papers also as confidential. Not trained on.
        ShouldStayAtOrAboveFloor(ThirtyFifth.Value, macroRecall: 0.951, macroPrecision: 0.951);
    }

    /// <summary>A set the rules were tuned on: no false alarm in any category, and each category's recall kept.</summary>
    private static void ShouldBeCaughtWithoutFalseAlarms(EvaluationReport report, double minimumCategoryRecall, double minimumMacroRecall = 0)
    {
        Print(report);
        report.Categories.Average(c => c.Recall).Should().BeGreaterThanOrEqualTo(minimumMacroRecall);
        foreach (var score in report.Categories)
        {
            score.Precision.Should().Be(1.0, score.Category);
            score.Recall.Should().BeGreaterThanOrEqualTo(minimumCategoryRecall, score.Category);
        }

        report.CleanPostsFlagged.Should().Be(0);
    }

    [Test]
    public void The_second_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Measured when the set was written: macro recall 0.653, precision 0.972, one clean post of 19 flagged
        // (「バカみたいに暑い」, an intensifier the insult rule does not yet tell apart). 0.681 since the seventh
        // session: its threats in volitional forms (殴ってやる…) catch c2-0016, a miss the sixth session's note named,
        // and 「市は」 as the subject of a settled claim catches c2-0042, so this set is no longer entirely untuned.
        // The eighth session tells 「バカみたいに」 (an intensifier) from バカ: no clean post flagged since. The tenth
        // session's words for set 9 (「同僚誘って参加」) caught c2-0028 without looking at this set: 0.764 (0.7639).
        ShouldStayAtOrAboveFloor(Untuned.Value, macroRecall: 0.763, macroPrecision: 1.0);
    }

    [Test]
    public void The_fourth_challenge_set_stays_at_or_above_its_measured_floor()
    {
        // Written after the seventh session's phrase additions and measured untuned: macro precision 0.979, recall
        // 0.465, one clean post of 19 flagged (a published 予定価格). Three structural fixes that followed touched three
        // of its posts (the published bid notice, 「市は」 as subject, a stranger beside the photographer); after them
        // precision 1.000, recall 0.514, no clean post flagged. The other 20 misses are paraphrases no list has seen.
        // The eighth session's term pairs caught one more of its posts without looking at them: 0.535 (0.5347). The
        // tenth session's words for set 8 (a petition 「置いとくので書いてください」) caught c4-0024 the same way: 0.5625;
        // its words for sets 10 and 11 caught c4-0013 (「ってみんな言ってる」) and c4-0036 (「議論中だけど」): 0.618. The
        // fifteenth session's words for set 22 (a newcomer called 使えねー) caught c4-0003 the same way: 0.660 (0.6597).
        ShouldStayAtOrAboveFloor(Fourth.Value, macroRecall: 0.659, macroPrecision: 0.97);
    }

    /// <summary>
    /// A set measured, not tuned on: its macro figures may not fall, and no more clean posts may be flagged than were
    /// when it was measured (none, unless its test names the post).
    /// </summary>
    private static void ShouldStayAtOrAboveFloor(EvaluationReport report, double macroRecall, double macroPrecision, int maximumCleanPostsFlagged = 0)
    {
        Print(report);
        report.Categories.Average(c => c.Recall).Should().BeGreaterThanOrEqualTo(macroRecall);
        report.Categories.Average(c => c.Precision).Should().BeGreaterThanOrEqualTo(macroPrecision);
        report.CleanPostsFlagged.Should().BeLessThanOrEqualTo(maximumCleanPostsFlagged);
    }

    private static EvaluationReport Evaluate(string file) =>
        CorpusEvaluator.Evaluate(
            GuidelinePipeline.CreateDefault(),
            CorpusReader.ReadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Challenge", file)));

    private static void Print(EvaluationReport report)
    {
        foreach (var score in report.Categories)
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Category}: TP={score.TruePositives} FP={score.FalsePositives} FN={score.FalseNegatives} P={score.Precision:F3} R={score.Recall:F3}"));
        }

        TestContext.Out.WriteLine($"clean flagged: {report.CleanPostsFlagged}/{report.CleanPostCount}");
    }
}
