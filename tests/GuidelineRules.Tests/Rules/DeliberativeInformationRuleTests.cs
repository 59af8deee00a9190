using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class DeliberativeInformationRuleTests
{
    [TestCase("うちの課で[|検討中|]のごみ袋値上げ、たぶん1枚50円")]
    [TestCase("[|検.討.中|]の新しい保育所の場所、跡地が最有力")]
    [TestCase("パブコメ前の[|素案|]見せてもらった、バス路線3本廃止")]
    [TestCase("[|ドラフト版|]の計画書（ｖｅｒ．０．３）、写真で共有しとく")]
    [TestCase("今日の[|庁議|]資料（案）に市民会館の廃止が入ってた")]
    [TestCase("[|課内会議|]で出た案：公園を民間に売却")]
    [TestCase("値上げ幅は内部で3[|案まで絞|]ったところ")]
    [TestCase("部長が統廃合でいくって言ってた。[|まだ決定じゃない|]けど")]
    [TestCase("在宅勤務の新ルール、週3日まで認める[|方向で調整|]中")]
    public Task Flags_information_from_decisions_in_progress(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("夏休みの家族旅行、沖縄か北海道で検討中")]
    [TestCase("『千葉市緑の基本計画（案）』に対するパブリックコメントを募集しています")]
    [TestCase("審議会の議事録を市ホームページで公開しました")]
    [TestCase("今日は会議が3本。議論が白熱したけど、いい方向に進みそう")]
    [TestCase("担当課としてお知らせします。開館時間延長は4月1日から実施します（本日記者発表済み）")]
    [TestCase("新しいスマホ、どれにするか検討中")]
    public Task Leaves_private_plans_and_published_drafts_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // The seventh session's evidence. 庁内で alone is where something happens; it counts only with a second sign.
    [TestCase("[|決裁が下りる前|]だけど、補助金は半額になりそう")]
    [TestCase("検討会の[|非公開資料|]では、プールは閉鎖")]
    [TestCase("[|庁内で|]は、窓口を半日にする方向")]
    public Task Flags_the_seventh_sessions_evidence(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("庁内で献血を実施しました")]
    [TestCase("署名を庁内で集めています")]
    [TestCase("基本構想（素案）の説明会を開催します")]
    public Task Leaves_office_events_and_public_briefings_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // The eighth session's evidence: where an internal meeting is heading.
    [TestCase("{|GR2004:課長会議では廃止の方向で一致|}した。まだ外には言えないけど")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("部長会議で決まった内容は市のホームページで公表しています")]
    [TestCase("部長会議の結果、賛成多数で可決されたと議会で報告されました")]
    [TestCase("課長会議で方向性が固まった事業は、来月の記者発表でお知らせします")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // The eighth session's vocabulary: internal consideration and what is still unpublished.
    [TestCase("保育園の統廃合、まだ{|GR2004:内部検討|}の段階だけど3園減らす案が有力")]
    [TestCase("新しい総合計画の{|GR2004:骨子案|}、まだ非公表だけど中身がかなり攻めてる")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("市の骨子案を公表しました。ご意見をお寄せください")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 7: what is said among insiders, where a meeting is leaning.
    [TestCase("市民会館の建て替え、{|GR2004:内々では|}駅前移転で話が進んでる")]
    [TestCase("審議会の{|GR2004:事前打ち合わせ|}で、委員長案は値上げ容認に傾いてる")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("内々で祝ってもらった")]
    [TestCase("事前打ち合わせの資料を配布しました")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 8: a decision not yet announced, a direction being settled with another section, an internal
    // meeting's majority.
    [TestCase("図書館の休館日を増やす件、{|GR2004:まだ公表してない|}けど、もう腹は決まってる")]
    [TestCase("敬老祝い金は減額{|GR2004:する方向|}で財政課と詰めてるところ")]
    [TestCase("保育料の補助は打ち切{|GR2004:る方向で|}財政課と詰めてるところ")]
    [TestCase("{|GR2004:検討会議で|}、公民館の統合案が多数派になった")]
    [TestCase("{|GR2004:検討会議で|}、公民館の統合案が多 数 派になった")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("検討会議で出た意見はパブリックコメントとあわせて公表しました")]
    [TestCase("週末の旅行、行き先はもう腹は決まってる")]
    [TestCase("子どもの進学先、家族で話し合って決める方向で詰めてる")]
    [TestCase("検討会議での議論を踏まえ、市の方針を決定しました")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 9: an internal meeting's papers read; a matter all but settled.
    [TestCase("部長{|GR2004:会議の資料見たら|}、市民プールの民間委託がほぼ確定してた")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("週末の旅行先、沖縄でほぼ確定")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: agreement inside the office, a decision not yet final, a policy likely shelved,
    // a budget request, a debate still going on.
    [TestCase("市民会館の建て替え、実は{|GR2004:庁内で|}は解体の方向でほぼ一致してる")]
    [TestCase("組織改編案、課の統合が2つ入ってる。{|GR2004:まだ確定じゃない|}けど")]
    [TestCase("返礼品の見直し、{|GR2004:まだ議論中|}だけど牛肉は外す方向")]
    [TestCase("{|GR2004:予算要求の段階|}だけど、うちの課の事業は半分カット")]
    [TestCase("家族には言えないけど、うちの課で{|GR2004:素案|}がまとまった")] // private life, but a draft beside work
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("旅行の日程、まだ確定じゃないけど来月になりそう")]
    [TestCase("家族会議はまだ議論中。夕飯はカレーかシチューか")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 12: a selection committee leaning one way, a decision not yet put to the assembly.
    [TestCase("スポーツ施設の指定管理者、{|GR2004:選定委員会ではB社で固まり|}つつある")]
    [TestCase("敬老パスの廃止、まだ{|GR2004:議会には出してない|}けど内部ではほぼ決定")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("ゼリーが冷蔵庫で固まりつつある")]
    [TestCase("旅行の行き先、ほぼ決まり！沖縄")]
    [TestCase("議会には出してないけど、と前置きする人がいた")]
    [TestCase("選定委員会の結果を公表しました")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 13: a line an internal study group is taking, a candidate list not yet explained locally.
    [TestCase("ごみ袋の有料化、{|GR2004:課内の勉強会|}では来年秋からって線で進んでる")]
    [TestCase("保育園の統廃合、{|GR2004:対象の候補|}はこの3園。まだ地元には説明してない")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("旅行は来年秋からって線で家族と相談中")]
    [TestCase("まだ地元には説明してないけど、引っ越しが決まった")]
    [TestCase("課内の勉強会で防災について学んだ")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 14: a budget request's 「見送る案で調整」, an internal meeting's leaning; a party's two dates are no policy.
    [TestCase("来年度予算の要求、うちの部は図書館の建て替えを{|GR2004:見送る案で調整|}してる")]
    [TestCase("来年度予算の要求、図書館の建て替えを{|GR2004:見送る案で調整|}中")]
    [TestCase("児童館の開館時間延長、{|GR2004:内部の打ち合わせで|}は反対意見が多くてたぶん没")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("飲み会の日程、2案で調整してる")]
    [TestCase("旅行の行き先、見送る案も出てる")]
    [TestCase("内部の打ち合わせで新人研修の内容を確認")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 15: 「既定路線」 with a bill on its way, 「非公開の検討会」, a shortlist of sites; a camping site is not.
    [TestCase("ごみ収集の有料化、局内ではもう{|GR2004:既定路線|}。来年度の議会に出す方向")]
    [TestCase("〇〇公園の民間売却、{|GR2004:非公開の検討会|}で話が進んでる")]
    [TestCase("新庁舎の移転先、{|GR2004:候補地|}3つまで絞った段階。まだ内緒")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("ごみ収集の有料化について、パブリックコメントを募集しています")]
    [TestCase("キャンプの候補地を探して地図を眺める週末")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 16: a fee rise approved at an executive meeting before its announcement, a bid settling on one firm, a closure nearly decided; family plans stay quiet.
    [TestCase("保育料の値上げ、{|GR2004:幹部会ではもう了承|}済み")]
    [TestCase("再開発、A社案とB社{|GR2004:案で揉めて|}るけどB社で落ち着きそう")]
    [TestCase("市民プールの廃止、{|GR2004:まだ地元には言えない|}けど、ほぼ決まりの空気")]
    [TestCase("保育料の値上げ、{|GR2004:幹部会ではもう了\u200B承|}済み")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("家族旅行、沖縄か北海道かで揉めてるけど沖縄で落ち着きそう")]
    [TestCase("週末のランチ、イタリアンでほぼ決まり")]
    [TestCase("台風の影響は夕方には落ち着きそう")]
    [TestCase("幹部会で了承された計画は来週公表します")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 17: route cuts nearly settled before they are published; a family trip stays quiet.
    [TestCase("来年度のバス路線見直し、3路線廃止で{|GR2004:ほぼ固まった|}。公表はまだ先")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("家族旅行の行き先、沖縄でほぼ固まった")]
    [TestCase("新しい図書館の開館日は公表済みです")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 18: a plan being finalised in one's own section, a budget the finance section is about to cut, agreement at director level. Cutting one's hair, and 部長レベル as a measure of difficulty, are not deliberation.
    [TestCase("児童館の統合、うちの課では3館を1館にする{|GR2004:案で詰めてる|}最中")]
    [TestCase("福祉の新規事業は{|GR2004:財政課に全部切られ|}そう")]
    [TestCase("ごみ収集の回数を減らす話、局長{|GR2004:レベルではほぼ合意|}してる")]
    [TestCase("児童館の統合、1館にする{|GR2004:案で詰めて\u200Bる|}最中")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("カレーのルーを案で詰めてるわけじゃないけど")]
    [TestCase("部長レベルでは到底無理な難しい問題集を解いた")]
    [TestCase("髪を切られそうになって慌てて止めた")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 19: two options being compared in one's own work, with a guess at the outcome. The same words about a trip or lunch stay quiet.
    [TestCase("保育料の値上げ幅、今{|GR2004:2案を比べてる|}ところ。たぶん高い方になる")]
    [TestCase("うちの課で使用料の改定、{|GR2004:案を比較中|}で高い方になりそう")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("旅行の行き先、2案で迷ってる。北海道か沖縄か")]
    [TestCase("ランチ、2案を比べてるところ。たぶん高い方になる")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 20: the majority in a section's discussion, a meeting about to pass a cut, a selection nearly decided. Public minutes, a committee's promise of fairness, a class vote, and preparing for a meeting stay quiet.
    [TestCase("市民プールの廃止、{|GR2004:課内の議論だと|}賛成多数。反対は私だけ")]
    [TestCase("バス路線の見直し案、来月の{|GR2004:会議で3路線廃止が通りそう|}")]
    [TestCase("新庁舎の建設業者、{|GR2004:選定委員会では|}△△建設で決まりかけてる")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("課内の議論では、まず住民の声を聞くことになった（公開の会議録より）")]
    [TestCase("選定委員会では、公平な審査を行います")]
    [TestCase("クラスの投票で賛成多数だった")]
    [TestCase("会議で決まりそうなことを事前に資料にまとめておこう")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 21: an internal study group's leaning, the candidates for closure. A study group's published report, a nickname vote, and a public briefing stay quiet.
    [TestCase("ごみ袋有料化、{|GR2004:庁内の検討会では|}ほぼ導入で固まってる")]
    [TestCase("公民館の{|GR2004:統廃合、候補に挙がってる|}のは北と西の2館")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("庁内の検討会では、住民アンケートの結果を報告しました")]
    [TestCase("新しい愛称の候補に挙がってるのは3つです。投票してください")]
    [TestCase("学校の統合の候補に挙がってる地区で説明会を開きます")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 22: a policy the finance section resists and the mayor wants, a boundary fixed before landowners are told, a contractor named in an internal meeting. A budget process, a cake for one's wife, and a year-end party stay quiet.
    [TestCase("学校給食の無償化、財政課は{|GR2004:渋ってるけど|}市長はやる気。来月には方針出るはず")]
    [TestCase("〇〇地区の区画整理、地権者{|GR2004:には言えないけど|}線引きはほぼこれで行く")]
    [TestCase("児童館の民営化、{|GR2004:内部の打ち合わせで|}業者の名前まで出てる")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("財政課は渋ってるけど、予算は議会で決まります")]
    [TestCase("この件は妻には言えないけど、ケーキ買って帰る")]
    [TestCase("内部の打ち合わせで、忘年会の店の名前まで出てる")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 23: a section leaning to plan A before the announcement, leaders agreed on abolishing a benefit, a plan's flagship projects not yet narrowed down. A park naming contest, praise among leaders, lunch choices, an announced test result, and an audit result (confidential, not deliberative) stay quiet.
    [TestCase("駅前ロータリーの改修、{|GR2004:課内では|}A案で行く方向。発表はまだ先")]
    [TestCase("敬老祝い金の廃止、幹部の間では{|GR2004:もう話がついてる|}みたい")]
    [TestCase("次の総合計画、目玉事業はまだ候補が3つで{|GR2004:絞り切れてない|}")]
    [TestCase("敬老祝い金の廃止、{|GR2004:もう話がついて\u200Bる|}")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("発表はまだ先ですが、新しい公園の愛称を募集中です")]
    [TestCase("幹部の間では、若手の提案がいい刺激になっていると好評")]
    [TestCase("ランチのお店、まだ候補が3つで絞り切れてない")]
    [TestCase("検査の結果はまだ非公表です、と記者発表で説明があった")]
    [TestCase("今期の監査結果、まだ非公表だけど指摘は15件もあった")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 24: a hospital transfer negotiated behind the scenes, figures already out internally, a budget being settled at 5 billion, a merger all but decided before parents are told. A finished sports transfer, a daughter's report card, and a family trip budget stay quiet.
    [TestCase("市立病院の民間譲渡、{|GR2004:水面下で交渉中|}。相手先は〇〇会")]
    [TestCase("来年の保育所の定員削減、{|GR2004:内部で|}はもう数字が出てる")]
    [TestCase("文化ホールの建て替え案、予算規模は50{|GR2004:億で調整中|}らしい")]
    [TestCase("〇〇小と△△小の統合、保護者への{|GR2004:説明前だけど|}ほぼ決定事項")]
    [TestCase("市立病院の民間譲渡、{|GR2004:水面下で交渉\u200B中|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("水面下で交渉していた選手の移籍が決まった。おめでとう")]
    [TestCase("説明前だけど、って前置きして娘が成績表を見せてくれた")]
    [TestCase("旅行の予算規模は5万円で調整中。家族会議の結果")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 25: an operator chosen before the selection committee meets, a section settling on ending a free service, a plan from an internal study group, a redevelopment not yet public (だけど, passed on anyway). An open call, a note to applicants, advice not to post unpublished plans, a family trip, and a study group's report stay quiet.
    [TestCase("図書館の指定管理、次は〇〇社に{|GR2004:内定してるっぽい|}。選定委員会はこれから")]
    [TestCase("来年度から市民プールの無料開放をやめ{|GR2004:る方向で|}、課内でまとまりつつある")]
    [TestCase("庁内の{|GR2004:検討会で出た案|}だと、コミュニティバスは3路線廃止になる")]
    [TestCase("駅前再開発、{|GR2004:まだ非公開の段階だけど|}高さ100mのビルになる計画")]
    [TestCase("駅前再開発、{|GR2004:まだ非公開の段階だけど|}高さ１００ｍのビル")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("図書館の指定管理者の選定はこれから、公募を開始します")]
    [TestCase("審査はこれからです、と応募者に連絡した")]
    [TestCase("まだ非公開の段階の情報は、発信しないようにしましょう")]
    [TestCase("家族旅行の行き先、まとまりつつある。北海道かな")]
    [TestCase("庁内の検討会では、住民アンケートの結果を報告しました")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 26: a go-ahead already given internally at 50 yen a bag, a closure list seen in meeting papers, a department split over an online ceremony, a design competition still being judged. A house renovation, a chart, a photo contest, a family deciding on a dog, and a budget result to be published stay quiet.
    [TestCase("ごみ袋の有料化、市の{|GR2004:内部で|}はもうゴーサイン出てる。値段は1枚50円の方向")]
    [TestCase("公民館の{|GR2004:統廃合リスト|}、会議資料で見たけど〇〇公民館も入ってた")]
    [TestCase("来年の成人式、オンライン開催に{|GR2004:するかどうかで局内がもめて|}る")]
    [TestCase("新しい市民会館の設計、コンペの{|GR2004:審査中だけど|}〇〇案が一歩リード")]
    [TestCase("公民館の{|GR2004:統廃合ﾘｽﾄ|}、会議資料で見た")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("ゴーサインが出て、ようやく家のリフォームが始まる")]
    [TestCase("会議資料で見たグラフ、わかりやすかった")]
    [TestCase("審査中だけど、写真コンテストの応募作品がどれもすごい")]
    [TestCase("犬を飼うかどうかで家族がもめてる")]
    [TestCase("予算の査定結果は、2月に市ホームページで公表します")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 27: a merger plan being acted on, a secretariat's draft before the council, a wider subsidy likely but unfunded, a decision firm at section-chief level. A reorganisation announced, papers sent to council members, a beginner at shogi, and a jelly stay quiet.
    [TestCase("来年度の{|GR2004:組織改編|}、うちの課は隣の課と合併する案で動いてる。まだ誰にも言っちゃだめ")]
    [TestCase("市営住宅の家賃改定、審議会の前に{|GR2004:事務局案ができた|}。1割アップの案")]
    [TestCase("子ども医療費の無料化、高校生まで広げる{|GR2004:案が有力|}。まだ予算がつくか不明")]
    [TestCase("図書館の休館日を増やす話、課長{|GR2004:レベルでは|}ほぼ固まった")]
    [TestCase("課長{|GR2004:レベルでは|}ほぼ固まっ\u200Bた")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("組織改編のお知らせ：4月から子ども未来局が発足します")]
    [TestCase("審議会の前に、委員の皆さんに資料を送付しました")]
    [TestCase("レベルでは、まだ初心者。将棋の話")]
    [TestCase("ゼリーがほぼ固まった。おやつの時間")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 28: a bus route's abolition taken for granted, relocation sites narrowed to two, a hiring cut set out in an internal meeting. Published candidate sites, a policy announced at a press conference, and internal meetings about training and a year-end party stay quiet.
    [TestCase("市バスの路線廃止、担当{|GR2004:レベルでは|}もう廃止ありきで議論してる")]
    [TestCase("新庁舎の移転先、{|GR2004:候補地|}は〇〇と△△の2つにまで絞られたらしい")]
    [TestCase("来年度の職員採用、{|GR2004:内部の打ち合わせで|}2割減らす方針が示された")]
    [TestCase("市バスの路線廃止、担当{|GR2004:レベルでは|}もう廃止ありきで議論してﾙ")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("候補地は、市のホームページで公表しています")]
    [TestCase("方針が示された、と市長の記者会見で発表されました")]
    [TestCase("内部の打ち合わせで新人研修の内容を確認")]
    [TestCase("内部の打ち合わせで、忘年会の店の名前まで出てる")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 29: a gift dropped 'under study', an internal estimate of a fee rise, the mayor's private intention not yet told to the council. A public consultation, a published estimate, and a private plan to buy a house stay quiet.
    [TestCase("ふるさと納税の返礼品、来年から〇〇牛をやめる{|GR2004:案で検討が進ん|}でる")]
    [TestCase("保育料の値上げ、{|GR2004:内部試算|}だと月3000円アップ。まだ審議前")]
    [TestCase("駅前の再開発、{|GR2004:市長の腹づもり|}ではタワマン誘致。議会にはまだ話してない")]
    [TestCase("〇〇牛をやめる{|GR2004:案で検討が進ん|}でﾙ")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("ふるさと納税の返礼品の見直しについて、パブリックコメントを募集しています")]
    [TestCase("内部試算の結果を公表しました。詳しくはホームページへ")]
    [TestCase("腹づもりとしては、来年には家を買いたい")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);

    // Challenge set 30: a collection cut settled inside the department, a subsidy cut list being drawn up, a shorter counter time floated inside the office. A welcome party, a workplace visit, a child's craft, and a referendum stay quiet.
    [TestCase("ごみ収集の回数を週2回から1回に減らす案、{|GR2004:部内で内定|}済み。発表は来年")]
    [TestCase("来年度の補助金カット、{|GR2004:対象のリスト|}を課長が作ってる最中")]
    [TestCase("市役所の窓口時間短縮、試行{|GR2004:の話が庁内で|}出てる。反対も多い")]
    [TestCase("減らす案、{|GR2004:部内で内定|}済ﾐ")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<DeliberativeInformationRule>.VerifyAsync(markup);

    [TestCase("課内で内定者の歓迎会を開きました")]
    [TestCase("内定済みの学生向けに、職場見学会を開きます")]
    [TestCase("夏休みの工作、今作ってる最中")]
    [TestCase("反対も多い中、住民投票で決まりました")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<DeliberativeInformationRule>.VerifyAsync(text);
}
