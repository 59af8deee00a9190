using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class RumorRuleTests
{
    [TestCase("駅前のタワマン、手抜き工事で傾いてる{|GR1004:って噂|}")]
    [TestCase("あのラーメン屋、食中毒出したって。{|GR1004:聞いた話|}だけど")]
    [TestCase("{|GR1004:ウワサによると|}、あのコンビニのおでんに虫入ってたらしい")]
    [TestCase("{|GR1004:友達の友達|}が言ってたけど、明日から断水になるって。")]
    [TestCase("ワクチン打つと不妊になるって職場の{|GR1004:人が言ってた|}")]
    [TestCase("駅前の店、食中毒出した{|GR1004:って噂|}。{|GR1014:拡散希望|}")]
    [TestCase("ライオンが逃げ出した{|GR1004:らしい|}！{|GR1014:拡 散 希 望|}")]
    [TestCase("震度７の地震が来る{|GR1004:って予言|}されてる！{|GR1014:ＲＴして|}知らせて")]
    public Task Flags_hearsay_and_requests_to_spread_it(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("噂の絶品ラーメン、ついに行ってきた！")]
    [TestCase("ウワサの新スポット、海辺のカフェに行ってきた")]
    [TestCase("デマに注意してください。災害時は公式の情報を確認してから共有しましょう")]
    [TestCase("【拡散希望】迷子の犬を探しています。柴犬・オス・赤い首輪。見かけた方はDMください")]
    [TestCase("噂話が広がる仕組みを解説した本。『拡散希望』って付いてるものほど一度立ち止まりたい")]
    [TestCase("『明日から断水』という情報が出回っていますが、そのような事実はありません。拡散する前に公式情報をご確認ください")]
    [TestCase("春らしい陽気。素晴らしい一日でした")]
    [TestCase("彼らしいね。明日は雨らしい")]
    [TestCase("ソースはやく")]
    public Task Leaves_marketing_warnings_and_first_hand_notices_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    [TestCase("「ネットの噂を鵜呑みにしない」をテーマに、情報モラル教室を開きました")]
    public Task Leaves_media_literacy_lessons_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    [TestCase("再開発の件、{|GR1004:もっぱらのｳﾜｻ|}だよ")]
    public Task Flags_fixed_hearsay_idioms(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("週末はもっぱら読書です")]
    public Task Leaves_other_uses_of_the_idioms_words_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // The eighth session's evidence: talk going round a group, 「って話」, asking one's circle to pass it on.
    [TestCase("市長が辞める{|GR1004:って話|}、ママ友のlineで回ってきた")]
    [TestCase("来週の花火大会は中止{|GR1004:って話|}。{|GR1014:みんなに教えてあげて|}")]
    [TestCase("来週の花火大会は中止{|GR1004:って話|}。{|GR1014:ﾐﾝﾅに教えてあげて|}")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("本当かどうか分からない情報は、拡散せずに公式発表を確認しましょう")]
    [TestCase("地元の人の間で話題になってるパン屋さん、美味しかった")]
    [TestCase("みんなに伝えてください、投票日は日曜です")]
    [TestCase("昨日その件って話をしました")]
    [TestCase("LINEで回ってきた市の公式お知らせを確認しました")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // The eighth session's vocabulary: told by someone one knows, read online, the details unknown.
    [TestCase("来月から市バスが全線廃止{|GR1004:になるとか。|}知り合いの運転手が言ってた")]
    [TestCase("公園の池で子どもが溺れた{|GR1004:って書き込み|}見た。詳しく知らないけど")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("友達が言ってたカフェ、本当に美味しかった")]
    [TestCase("知り合いから聞いたおすすめの本を読みました")]
    [TestCase("詳しいことはわからないので、担当課にお問い合わせください")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge set 8: hearsay through a named channel; 「って話がある」.
    [TestCase("駅前の店が閉店するらしい。ママ友{|GR1004:経由の情報|}だけど")]
    [TestCase("市長が辞める{|GR1004:って話がある|}")]
    [TestCase("市長が辞める{|GR1004:って話が\u200Bある|}")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("LINE経由の情報は、必ず市の公式情報で確認してください")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge set 9: an incident passed on with 「らしい」; information said to be going round.
    [TestCase("市内の浄水場で{|GR1004:異物混入があったらしい|}。水道水は飲まない方がいいかも")]
    [TestCase("動物園からライオンが逃げた{|GR1004:って情報が回ってき|}た")]
    [TestCase("動物園からライオンが逃げた{|GR1004:って情報が回ってき|}た。{|GR1014:拡散希望|}")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("昔ここにお城があったらしい。歴史を感じる")]
    [TestCase("浄水場で異物混入があったという情報はデマです")]
    [TestCase("事故があったらしいという書き込みは事実ではありません")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: what everyone is saying, what was posted, 「真相は知らん」, share requests.
    [TestCase("市内全域が停電する{|GR1004:って、みんな言ってる|}よ")]
    [TestCase("市長が入院した{|GR1004:って書き込みがあった|}。{|GR1014:シェアお願いします|}")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("停電の情報は市の公式サイトで確認を。シェアお願いします")]
    [TestCase("みんな言ってるけど、それはデマです")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge set 12: an accused wrongdoing said to be common talk, an event passed on with 「って」 and talk of the neighbourhood.
    [TestCase("市長と業者が{|GR1004:癒着してるって、前から|}ずっと言われてるよね")]
    [TestCase("市長と業者が{|GR1004:癒着ｼﾃﾙｯﾃ、前から|}ずっと言われてる")]
    [TestCase("来週から市営プールが{|GR1004:閉鎖されるって|}近所で話題になってる")]
    [TestCase("あの店、{|GR1004:閉店するって|}町内で持ちきり")]
    [TestCase("あの店、{|GR1004:閉店するって|}町内でもちきり")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("美味しいって近所で話題になってるパン屋に行った")]
    [TestCase("閉店するって聞いて慌てて行ってきた")]
    [TestCase("癒着を防ぐための仕組みについて講演を聞いた")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge set 13: 「って話、みんな知ってる？」.
    [TestCase("水道水に変なものが混じってる{|GR1004:って話、みんな知ってる|}？")]
    [TestCase("水道水に変なものが混じってる{|GR1004:って話、ﾐﾝﾅ知ってる|}？")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("そういえば、あの店の話みんな知ってる？すごく美味しいよ")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge set 14: word passed round among parents with 「本当っぽいから気をつけて」; hand-me-downs passed round are no rumor.
    [TestCase("不審者が出たって{|GR1004:ママ友から回ってき|}たけど、本当っぽいから気をつけて")]
    [TestCase("不審者が出たって{|GR1004:ママ友から回ってき|}たけど、ﾎﾝﾄｳっぽいから気をつけて")]
    [TestCase("給食に異物が入ってたって{|GR1004:保護者の間で回ってる|}。本当っぽいから注意")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("ママ友から回ってきたお下がりの服、サイズぴったり")]
    [TestCase("LINEで回ってきた写真、娘の運動会のだった")]
    [TestCase("本当っぽいから気をつけてって言われたけど、ただの迷信でした")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Tuned on challenge set 15: a resignation 「辞任するって」 that is 「もう常識」 inside; weak hearsay about something one looks forward to is chatter, unless a strong marker or a spread request stands beside it.
    [TestCase("市長が近く{|GR1004:辞任するって|}、役所の中ではもう常識になってる")]
    [TestCase("市長が近く{|GR1004:辞任するって|}、役所の中ではもう常識にﾅってる")]
    [TestCase("駅前のパン屋、閉店する{|GR1004:って噂|}。楽しみにしてたのに")]
    [TestCase("あの店で{|GR1004:食中毒が出たらしい|}よ、知らんけど。行ってみたい人は気をつけて")]
    [TestCase("新しいカフェ、{|GR1004:地元で話題になって|}るらしい。行ってみたい人は{|GR1014:拡散して|}")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("市長が辞任する意向を記者会見で表明しました")]
    [TestCase("朝ごはんを食べるのは、うちではもう常識になってる")]
    [TestCase("合唱コンクールが地元で話題になってるらしい。見に行きたい")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 16: マジらしい / ガチらしい pass a claim on as true; マジで / ガチで alone are intensifiers.
    [TestCase("先生が生徒に手を出したって。{|GR1004:これマジらしい|}")]
    [TestCase("あの店が閉店するの、{|GR1004:ガチらしい|}よ")]
    [TestCase("先生が生徒に手を出したって。{|GR1004:これﾏｼﾞらしい|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("このラーメン屋、マジで美味しい")]
    [TestCase("ガチで頑張った結果です")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 17: a quake said to be man-made and hidden by the government; the claim called a rumour stays quiet.
    [TestCase("あの地震、実は{|GR1004:人工的に起こされた|}ものだって。政府は隠してる")]
    [TestCase("{|GR1004:人工地震|}だって知ってた？")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("人工地震説はデマです。気象庁の情報を確認しましょう")]
    [TestCase("政府は隠してると言う人もいるけれど、データは公開されています。デマに注意")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 18: hearsay vouched for (たぶん本当), talk in the neighbourhood as a source, an accusation spreading among parents. 近所で噂の is marketing, and one weak sign alone is not a rumor.
    [TestCase("市長が入院した{|GR1004:らしい|}。たぶん本当")]
    [TestCase("堤防が決壊するって{|GR1004:近所で言われてる|}")]
    [TestCase("業者が産地{|GR1004:偽装してるって|}ママ友の間で広まってる")]
    [TestCase("堤防が決壊するって{|GR1004:近所で言われ\u200Bてる|}")]
    [TestCase("業者が産地{|GR1004:偽装してるって|}ﾏﾏ友の間で広まってる")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("課長、たぶん本当に疲れてるんだと思う")]
    [TestCase("近所で噂のパン屋さんにやっと行けた")]
    [TestCase("ママ友の間で広まってるお弁当アイデア、試してみた")]
    [TestCase("産地偽装してるって報道があった件、市の調査結果が公表されました。デマに注意")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 19: a closure passed on (中止になったって) with an acquaintance as the source, a friend's secret tip with a request to pass it round. A café an acquaintance mentioned, a circular passed to the next house, and a friend's secret surprise stay quiet.
    [TestCase("駅前の再開発、実は{|GR1004:中止になったって|}不動産屋の知り合いが言ってた")]
    [TestCase("あの店、{|GR1004:閉店したって|}友達から聞いた。知り合いが言ってたし間違いない")]
    [TestCase("院内感染が出てるって看護師の{|GR1004:友達がこっそり|}。{|GR1014:みんなに回して|}")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("知り合いが言ってたカフェに行ってみたら美味しかった")]
    [TestCase("回覧板、読んだら次の家に回しといて")]
    [TestCase("友達がこっそりサプライズを準備してくれていた")]
    [TestCase("会議資料をみんなに回してください")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 20: a stabbing passed on from LINE, an accusation 「ってもっぱらの話」, a request to pass a claim on (伝えといて). A stabbing from the news, an alert from the city, and a teacher's reputation stay quiet.
    [TestCase("隣の市で{|GR1004:通り魔が出たって|}LINEで回ってきた")]
    [TestCase("あの議員、暴力団とつながってるって{|GR1004:もっぱらの話|}だよ")]
    [TestCase("水道水に薬品が混ざってるって誰か{|GR1004:が言ってた|}。{|GR1014:みんなにも伝えといて|}")]
    [TestCase("あの店、{|GR1004:不正してるってもっぱらの評判|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("通り魔が出たってニュース、犯人は逮捕されたそうでほっとした")]
    [TestCase("不審者が出たって市の防犯メールが来た。気をつけよう")]
    [TestCase("あの先生は厳しいってもっぱらの評判")]
    [TestCase("大事な連絡だから、みんなにも伝えといて")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 21: an arrest passed round a parents' group with its truth unknown, a closure a shop clerk muttered. Photos passed round the same group and a clerk's greeting stay quiet.
    [TestCase("不審者が3人捕まったって保護者の{|GR1004:グループで流れてた|}。本当かは知らないけど")]
    [TestCase("来月{|GR1004:閉店するって|}店員さんがぼそっと")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("保護者のグループで流れてた運動会の写真、かわいかった")]
    [TestCase("店員さんがぼそっと「いらっしゃいませ」って言ってて笑った")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 22: an accusation passed on as heard (偽ってるって聞いた). The same words found to be a hoax stay quiet.
    [TestCase("あの店の肉、産地を{|GR1004:偽ってるって聞いた|}ことある")]
    [TestCase("あの会社、{|GR1004:不正してるって聞いた|}")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("偽ってるって聞いたけど、調べたら全くのデマだった")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 23: a teacher said to have hit a pupil, talked about among parents; a bakery's mouldy bread read in reviews (クチコミで見た). A café found good through reviews and a raised hand stay quiet.
    [TestCase("〇〇中の先生が生徒に{|GR1004:手を上げたって|}、保護者の間で話題になってる")]
    [TestCase("あのパン屋、カビたパンを売ってるって{|GR1004:クチコミで見た|}。たぶん本当")]
    [TestCase("先生が{|GR1004:手を上げたって|}、保護者の間で話題になってる")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("口コミで見たカフェ、本当においしかった")]
    [TestCase("息子が先生に手を上げたって、本当は挙手のことだった")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 24: a harmful emission said to be there because neighbours are in an uproar (って近所の人たちが騒いでる). Everyday excitement about fireworks or a game stays quiet.
    [TestCase("新しいごみ処理場、実は有害物質が出てる{|GR1004:って近所の人たちが騒いでる|}。子どもは近づけない方がいい")]
    [TestCase("有害物質が出てる{|GR1004:って近所の人たちが騒\u200Bいでる|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("花火大会はまだ？ってみんなが騒いでる")]
    [TestCase("ゲーム機って近所の子どもたちが騒いでる。新作が出たらしい")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 25: the mayor's illness, talked about among staff; a water cut passed round in a circular with a request to spread it. A café talked about, a festival circular, the neighbourhood board, and a grandfather's recovery stay quiet.
    [TestCase("市長が入院してるって{|GR1004:職員の間でもちきり|}。公表されてないけど重病らしい")]
    [TestCase("明日、給水が止まるって{|GR1004:回覧で回ってき|}た。本当かわからないけど{|GR1014:広めとい|}て")]
    [TestCase("給水が止まるって{|GR1004:回覧で回ってき|}た。本当かﾜｶﾗﾅｲけど{|GR1014:広めとい|}て")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("職員の間で話題になってる新しいカフェ、行ってみたい")]
    [TestCase("回覧で回ってきたお祭りのお知らせ、楽しみ")]
    [TestCase("回覧板を広めといてね、と自治会長に頼まれた")]
    [TestCase("重病らしいと心配していた祖父が、元気に退院しました")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 26: a blackout heard from a friend's father and passed round, a hospital's cover-up heard from an acquaintance, a flat said to be stigmatised that estate agents will not mention. An old story, a promise of openness, and a drama stay quiet.
    [TestCase("来週、市内で大規模停電があるって{|GR1004:友達のお父さん（電力会社）から聞いた|}。{|GR1014:みんなに回して|}")]
    [TestCase("〇〇病院、院長が医療ミスを{|GR1004:もみ消してるって|}看護師の知り合いが言ってた")]
    [TestCase("駅前のマンション、実は{|GR1004:事故物件らしい|}よ。不動産屋は絶対言わないけど")]
    [TestCase("院長が医療ミスを{|GR1004:もみ消してるって|}知り合いが言ってﾀ")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("友達のお父さんから聞いた昔話、おもしろかった")]
    [TestCase("隠蔽してるって言われないように、情報公開を徹底します")]
    [TestCase("事故物件らしいよ、ってドラマの話で盛り上がった")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 27: premiums said to double, picked up on social media. The same claim checked and found false stays quiet.
    [TestCase("来月から国民健康保険料が{|GR1004:倍になるって|}SNSで流れてきた。ヤバくない？")]
    [TestCase("保険料が{|GR1004:倍になるって|}ＳＮＳで流れてきた")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("来月から保険料が倍になるって本当？と思って市のホームページを確認したら、デマだった")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 28: relabelled best-before dates heard from a former part-timer, a merger spread by a neighbourhood head, robberies by foreigners to be passed on. A birthday surprise, the weather, a police notice, and a party game stay quiet.
    [TestCase("〇〇スーパー、賞味期限を{|GR1004:貼り替えてるって|}元バイトの子が言ってた。たぶんガチ")]
    [TestCase("来年、うちの区が隣の区と合併する{|GR1004:らしい|}って、町内会長がみんなに言いふらしてる")]
    [TestCase("駅前で外国人グループが{|GR1004:強盗してるらしい|}。夜は出歩かないで{|GR1014:って回して|}")]
    [TestCase("賞味期限を{|GR1004:貼り替えてるって|}元バイトの子が言ってﾀ")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("元バイトの子が言ってた、店長の誕生日サプライズ計画")]
    [TestCase("たぶんガチで寒い。明日は手袋必須")]
    [TestCase("明日は雨らしいって天気予報で言ってた")]
    [TestCase("空き巣が出たらしいので、戸締まりに気をつけましょう、と警察からのお知らせ")]
    [TestCase("伝言ゲーム、って回してみんなで遊んだ")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 29: bribery heard from a reporter, an earthquake predicted by a fortune-teller and to be passed on. The mayor's words, a child's, a lucky colour, an earthquake drill, and a reporter on their own work stay quiet.
    [TestCase("〇〇議員、裏で業者から{|GR1004:金もらってるって|}知り合いの記者が言ってた")]
    [TestCase("明日の朝、大きい{|GR1004:地震が来るって|}占い師が言ってる。{|GR1014:みんなに知らせて|}あげて")]
    [TestCase("業者から{|GR1004:金もらってるって|}知り合いの記者が言ってﾀ")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("市長が言ってる通り、来年から新しい制度が始まります")]
    [TestCase("子どもが言ってる言葉、ときどき深くてびっくりする")]
    [TestCase("占い師によると今年のラッキーカラーは緑らしい。当たるかな")]
    [TestCase("地震が来るって思ったら、まず机の下に。防災訓練で学びました")]
    [TestCase("知り合いの記者が言ってたけど、取材って大変なんだね")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge set 30: a water-plant claim from an insider, a councillor's mob ties 'everyone knows' without proof, rats in a kitchen 'famous among regulars'. A mascot costume, a dog's crime, a child's question, a hidden gem, and a ramen fact stay quiet.
    [TestCase("〇〇町の浄水場、実は水に薬品{|GR1004:入れすぎてるって|}内部の人から聞いた。水道水飲まない方がいいよ")]
    [TestCase("あの市議、暴力団とつながってる{|GR1004:ってみんな知ってる|}よ。証拠はないけど")]
    [TestCase("あのラーメン屋、厨房に{|GR1004:ネズミが出るって|}常連の間では有名")]
    [TestCase("厨房に{|GR1004:ネズミが出るって|}常連の間では有名ﾀﾞﾖ")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<RumorRule>.VerifyAsync(markup);

    [TestCase("中の人から聞いたけど、この着ぐるみ、意外と涼しいらしい")]
    [TestCase("証拠はないけど、たぶん犬が犯人。スリッパがぼろぼろ")]
    [TestCase("サンタさんがいないってみんな知ってる？と息子に聞かれた")]
    [TestCase("地元の人の間では有名な、隠れた名店を紹介します")]
    [TestCase("このラーメン、マニアの間では常識らしい")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    // Challenge sets 32 and 33: a rumor quoted to correct it (「…という噂がありますが、そのような予定はありません」) is
    // a correction, not the rumor passed on. The same hearsay without the correction is still reported.
    [TestCase("「ごみ袋が値上げされる」という噂がありますが、そのような予定はありません")]
    [TestCase("「ダムが決壊する」という情報が出回っていますが、ダムは安全に運用されています")]
    [TestCase("「ごみ袋が値上げされる」という噂がありますが、そのような予定はあり\u200Bません")]
    [TestCase("「ごみ袋が値上げされる」という噂がありますが、ｿﾉﾖｳﾅ予定はありません")]
    [TestCase("SNSで広がっている誤った情報にご注意ください。正確な情報は市のホームページで")]
    public Task Leaves_rumor_corrections_of_challenge_sets_32_and_33_alone(string text) => Verifier<RumorRule>.VerifyAsync(text);

    [TestCase("ごみ袋が来月から値上げされる{|GR1004:という噂|}。{|GR1014:拡散して|}")]
    [TestCase("ダムが決壊しそう{|GR1004:という噂|}がある。予定通り放流するらしい")]
    public Task Still_flags_the_rumor_without_its_correction(string markup) => Verifier<RumorRule>.VerifyAsync(markup);
}
