using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class PoliticalActivityRuleTests
{
    [TestCase("伏せ字で言うね。さ.と.う候補に{|GR1201:清き一票|}を！")]
    [TestCase("来月の市長選、さとう健一さん{|GR1201:をよろしくお願いします|}！")]
    [TestCase("比例は市民改革党{|GR1201:に入れて\u200Bください|}")]
    [TestCase("市民改革党の{|GR1201:後援会に入|}ってくれる人募集中！")]
    [TestCase("市長リコールの{|GR1201:署名|}集めてます")]
    [TestCase("次の市議選、現職のおがわ議員だけは{|GR1201:落とすべき|}")]
    public Task Flags_soliciting_votes_support_and_signatures(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("ご当地グルメ総選挙、迷わず『千葉のからあげ』に一票！")]
    [TestCase("明日は市長選挙の投票日です。期日前投票に行けなかった方も、ぜひ一票を。")]
    [TestCase("【選挙管理委員会】期日前投票は市内各区役所で行えます")]
    [TestCase("18歳になって初めての選挙。どこに入れるかはじっくり考える")]
    [TestCase("再開発に反対の署名を集めても結論は変わりません")]
    [TestCase("新商品の試食、よろしくお願いします！")]
    public Task Leaves_neutral_election_notices_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    [TestCase("うちの叔父をよろしく、みんな〇〇党{|GR1201:に投票しよう|}ね")]
    [TestCase("{|GR1201:後援会の入会|}申込書を配ってます")]
    public Task Flags_the_broader_evidence(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("ご当地グルメ総選挙、千葉のからあげに一票！")]
    [TestCase("前回の選挙では希望の党に投票したけど、今回はまだ決めていない")]
    [TestCase("本日は投票日です。投票所は午後8時まで開いています")]
    public Task Leaves_contests_own_votes_and_neutral_notices_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    [TestCase("市長選は山田{|GR1201:候補をどうぞよろしく|}")]
    [TestCase("市議選、皆さんの{|GR1201:一票を託して|}ください")]
    public Task Flags_requests_for_a_candidate(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("忘年会のお店、候補を3つに絞りました")]
    public Task Leaves_other_candidates_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // The eighth session's evidence: hands wanted for a candidate's street speech.
    [TestCase("△△候補の街頭演説、{|GR1201:手伝える人|}は駅前に集合して")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("防災訓練、来られる人は公民館に集合してください")]
    [TestCase("選挙管理委員会より：街頭演説は午前8時から午後8時までです")]
    [TestCase("期日前投票所には来られる人から順にお並びください")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Tuned on challenge set 7: party membership solicited; volunteers for a candidate.
    [TestCase("△△党に{|GR1201:入党しませんか|}？")]
    [TestCase("次の選挙、□□候補の事務所で{|GR1201:ボランティアしてくれる|}職員募集中")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("市民ボランティア募集中！公園の清掃に参加しませんか")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Someone else's solicitation, reported with 「と勧誘され」「と頼まれ」, is not the poster's own.
    [TestCase("△△党に{|GR1201:入党しませんか|}？　一緒に活動しましょう")]
    public Task Flags_solicitations_in_ones_own_voice(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("入党しませんか、と勧誘されても職員は応じられません")]
    [TestCase("「△△候補に一票を」と頼まれても、職員は断ってください")]
    public Task Leaves_solicitations_reported_in_order_to_refuse_them_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Tuned on challenge set 8: a candidate's supporters' list, a party named as where votes go, a petition left out to sign.
    [TestCase("市議選の〇〇候補、{|GR1201:後援会名簿|}に載せてもいい人いる？")]
    [TestCase("知事選は□□{|GR1201:党へ！|}")]
    [TestCase("知事選は□□{|GR1201:党へ!|}")]
    [TestCase("市長選、〇〇候補の後援会に{|GR1201:名前書いてくれる|}人を探してます")]
    [TestCase("定数削減反対の{|GR1201:署名|}、休憩室に置いといたので書いてね")]
    [TestCase("定数削減反対の{|GR1201:署\u200B名|}、休憩室に置\u200Bいといたので書いてね")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("誕生日の寄せ書き、休憩室に置いといたので書いてね")]
    [TestCase("選挙の話は職場ではしないよう、みんなに声をかけてます")]
    [TestCase("献血の申込書、受付に置いといたので書いてね")]
    [TestCase("家族旅行は東北へ！")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Tuned on challenge set 9: colleagues brought to a party's rally; a candidate's flyers left at work.
    [TestCase("〇〇党の集会、同僚{|GR1201:誘って来て|}ください")]
    [TestCase("県議選の△△{|GR1201:候補のチラシ|}、窓口に置いておきました")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("歓迎会、同僚誘って来てください")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: a party paper to subscribe to, help with leaflets, a vote asked for a party.
    [TestCase("△△党の機関紙、{|GR1201:購読してくれる人|}を職場で探してます")]
    [TestCase("次の選挙は〇〇さんを{|GR1201:勝たせたい|}ので、ポスティング手伝ってくれる人募集")]
    [TestCase("△△党の政策、ほんとに良いので次は絶対△△{|GR1201:党へ投票|}を")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("町内会の引っ越し、手伝ってくれる人募集")]
    [TestCase("新聞を購読してくれる人に、粗品をプレゼント")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Tuned on challenge set 12: a party's goods handed out at work, a referendum vote asked for.
    [TestCase("△△{|GR1201:党のカレンダー、課のみんなに配っておきました|}")]
    [TestCase("住民投票は{|GR1201:反対に入れて|}ください。職員の皆さんも一緒に")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("党の公約について授業で学んだ")]
    [TestCase("チラシは区役所で配りました")]
    [TestCase("住民投票の投票日は来月です。賛成・反対のどちらかに〇をつけてください")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Tuned on challenge set 14: supporters called into a candidate's group, colleagues taken to a campaign office, a petition left on a desk.
    [TestCase("〇〇議員の再選、{|GR1201:応援してくれる人は|}後援会のLINEグループ入って！")]
    [TestCase("市長選、職場のみんなで△△さんの事務所に{|GR1201:ボランティア行こう|}")]
    [TestCase("憲法改正反対の{|GR1201:署名|}、職場の机の上に置いておくので名前書いといて")]
    [TestCase("憲法改正反対の{|GR1201:署名|}、机の上に置いておくので名前書いといて")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("マラソン大会、応援してくれる人は沿道へ")]
    [TestCase("選挙の投票所の案内、LINEグループで共有しました")]
    [TestCase("地域清掃のボランティアに行こう")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 16: party leaflets handed out at the counter, juniors taken to a campaign rally, staff asked to help a recall campaign.
    [TestCase("知事選、〇〇{|GR1201:党のパンフ、窓口に来た人にも一緒に渡して|}おきました")]
    [TestCase("知事選、△△候補の{|GR1201:出陣式に課の若手を連れて行きます|}")]
    [TestCase("市長の{|GR1201:リコール運動、職員も裏で協力して|}くれるとありがたい")]
    [TestCase("知事選、△△候補の{|GR1201:出陣式に課の若手を連れ\u200Bて行きます|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("選挙の投票所入場券、窓口で再発行の案内を渡しておきました")]
    [TestCase("出陣式の様子をニュースで見た")]
    [TestCase("リコール運動の署名期間が終わったと報道されていた")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 17: colleagues told which party to vote for.
    [TestCase("係のみんなには、次の選挙は△△{|GR1201:党でって声かけ|}てます")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("次の選挙、投票に行こうって声かけてます")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 18: asking for a vote for someone (入れてあげて), mobilising colleagues for a party meeting, sending campaign postcards to staff. 選挙運動 and ビラ配り count only when the post joins them or asks others to: notices and refusals (職員は選挙運動ができません), and words reported to refuse them, stay quiet.
    [TestCase("市議選は〇〇{|GR1201:さんに入れてあげて|}")]
    [TestCase("△△{|GR1201:党の集会、係の人に声かけといた|}")]
    [TestCase("□□さんの{|GR1201:選挙ハガキ、住所録から|}職員に送っておきました")]
    [TestCase("〇〇候補の{|GR1201:選挙運動|}、土曜に手伝ってくれる人募集")]
    [TestCase("市議選の{|GR1201:ビラ配り|}、一緒に行こう")]
    [TestCase("市議選の{|GR1201:ﾋﾞﾗ配り|}、一緒に行こう")]
    [TestCase("〇〇候補の{|GR1201:選挙\u200B運動|}、土曜に手伝ってくれる人募集")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("〇〇さんに入れてあげてって言われたけど、職員なので選挙運動はできません")]
    [TestCase("職員の選挙運動は法律で制限されています")]
    [TestCase("公務員は選挙運動ができません")]
    [TestCase("選挙運動期間中の注意事項をお知らせします")]
    [TestCase("ビラ配りのバイトを探しています")]
    [TestCase("選挙はがきの配達について郵便局からお知らせがありました")]
    [TestCase("党の集会の警備について警察と打ち合わせました")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 19: a party's policy leaflets to be delivered door to door, with colleagues asked to help. The election bulletin delivered to every house and a neighbourhood association's leaflets stay quiet.
    [TestCase("〇〇党の{|GR1201:政策ビラ|}、各戸配布を手伝ってくれる職員さん募集")]
    [TestCase("市長選の{|GR1201:候補のビラ|}配布、一緒に行こう")]
    [TestCase("〇〇党の{|GR1201:ポスティング|}、手伝って")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("選挙公報は各戸配布します")]
    [TestCase("市の広報紙を各戸配布するボランティアを募集します")]
    [TestCase("町内会のお知らせのポスティングを手伝ってくれる方募集")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 20: recruiting colleagues into a support group, asking for a vote for someone in an election. Office notices, refusing to join a party, and asking a colleague to help at a polling station stay quiet.
    [TestCase("〇〇党の{|GR1201:後援会、職員も何人か入ってるよ。君も入らない|}？")]
    [TestCase("次の{|GR1201:県議選、△△さんにお願いね|}")]
    [TestCase("{|GR1201:市長選は□□さんでよろしく|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("後援会の事務局は移転しました。入会の受付は終了しています")]
    [TestCase("党員になる気はない。君も入らないでしょ")]
    [TestCase("次の選挙、投票所のお手伝い、田中さんにお願いね")]
    [TestCase("選挙の日は家族の分も期日前投票してきた")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 21: phoning for a candidate's office with staff invited to join, colleagues asked to vote for the chosen one, a party meeting served by the public car. A call-centre job, the rule against campaign calls, asking family to vote, and the rule against using the car stay quiet.
    [TestCase("市議選の〇〇候補の事務所、{|GR1201:電話かけ|}のバイト職員でもできるよ。やる人いる？")]
    [TestCase("今度の知事選は△△{|GR1201:で決まり。課の皆にも投票頼んどいた|}")]
    [TestCase("□□{|GR1201:党の集会、公用車で送り迎え|}してあげた")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("電話かけのバイト、コールセンターで始めました。やる人いる？")]
    [TestCase("選挙の電話かけは禁止されています")]
    [TestCase("知事選の投票、家族に投票頼んだら一緒に行ってくれた")]
    [TestCase("党の集会の会場、公用車での送迎は禁止です")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 22: staff invited to a campaign office, fund-raising tickets for a councillor, a union's favourite in the mayoral election. A campaign act beside the rule against it (禁止, できません) states the rule; an invitation (入党しませんか) is no refusal. An idol, voting with family, and the rule against selling tickets stay quiet.
    [TestCase("うちの課長、〇〇候補の選挙事務所でボランティアしてるから、{|GR1201:君も来て|}って")]
    [TestCase("△△議員の{|GR1201:励ます会のチケット|}、課で10枚買うことになった")]
    [TestCase("次の市長選、職員組合として□□{|GR1201:さん推しで|}いくから")]
    [TestCase("△△党に{|GR1201:入党しませんか|}？職場の仲間も何人か入ってます")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("推しでいくって決めたアイドル、ライブが最高だった")]
    [TestCase("市長選の投票に行く日、家族にも声かけて一緒に行こう")]
    [TestCase("励ます会のチケットを職員に売るのは政治的行為にあたるので禁止です")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 23: staff asked to show up at a candidate's campaign launch (出陣式), a party paper pressed on the section, colleagues asked to canvass acquaintances for a candidate. A history lesson, a baseball club's rally, a learned society's journal, and a cleaning rota stay quiet.
    [TestCase("〇〇候補の{|GR1201:出陣式、職員も顔出して|}って議員から頼まれた。行ける人は一緒に")]
    [TestCase("△△党の{|GR1201:機関紙、課で何部か取って|}あげてくれない？")]
    [TestCase("次の選挙は□□{|GR1201:さん。職員の皆さん、知り合いにも声かけ|}お願いします")]
    [TestCase("△△党の{|GR1201:機関紙、何部か取って|}あげ\u200Bて")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("出陣式ってなんだろう、と思って調べたら戦国時代の儀式だった")]
    [TestCase("決起集会に顔を出して、と言われたけど、野球部の話です")]
    [TestCase("学会の機関紙、図書館で取ってくれないかな")]
    [TestCase("佐藤さん。知り合いにも声かけお願いします、と町内の清掃当番の連絡")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 24: staff sought to address a candidate's election postcards, a section said to back one candidate to a man. New Year cards and a family trip chosen together stay quiet.
    [TestCase("△△さんの選挙はがき、{|GR1201:宛名書きを手伝|}ってくれる職員を探してます")]
    [TestCase("今度の市議選、うちの{|GR1201:課は全員〇〇候補で一致|}してるから、よろしく")]
    [TestCase("選挙はがき、{|GR1201:宛名書きを手伝|}ってくれる人")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("年賀状の宛名書きを手伝ってくれる家族に感謝")]
    [TestCase("みんな、候補で一致した旅行先は沖縄です")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 25: a union's candidate with a request to vote, staff wanted as paid seat-fillers (サクラ) at a party rally. A student council election and cherry blossoms stay quiet.
    [TestCase("次の選挙、職員組合として△△さんを{|GR1201:推すことに決まったので投票お願い|}します")]
    [TestCase("今週末の□□党の集会、{|GR1201:サクラで座って|}てくれる人募集。職員歓迎")]
    [TestCase("□□党の集会、{|GR1201:ｻｸﾗで座って|}てくれる人")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("野球部の部長を推すことに決まったので、投票お願いします（生徒会選挙）")]
    [TestCase("桜の季節、サクラで有名な公園へ")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 26: staff to fill the seats of a candidate's rally, colleagues to back the incumbent as one, a party's questionnaire handed round. The request refused, a lunch choice, and a neighbourhood survey stay quiet.
    [TestCase("〇〇候補の個人{|GR1201:演説会、課の若手で席埋めて|}って係長に言われた。みんな行こう")]
    [TestCase("市長選は現職で。職員は現職{|GR1201:推しでまとまろう|}")]
    [TestCase("△△{|GR1201:党のアンケート、職員の家族の分も|}書いて出してって頼まれたから配るね")]
    [TestCase("市長選は現職{|GR1201:推しでﾏﾄﾏﾛｳ|}")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("個人演説会、席を埋めてほしいとの依頼は断りました。職員は参加できません")]
    [TestCase("ランチは和食でまとまろう、と同僚と決めた")]
    [TestCase("市民アンケートを配るね、と自治会長")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 27: announcing for a candidate from the campaign car, a party's leaflet posted to the section's chat, the family's votes asked for. A candidate seen waving and an acquaintance told that staff may not campaign stay quiet.
    [TestCase("次の日曜、〇〇候補の選挙カーに乗って{|GR1201:ウグイス嬢やります|}。職員だけど内緒で")]
    [TestCase("課のLINEグループに△△党の政策{|GR1201:ビラのPDF|}流しといた。読んどいて")]
    [TestCase("市長選、〇〇さんが勝たないとうちの部署は潰されるから、{|GR1201:家族の票も|}頼む")]
    [TestCase("市長選、{|GR1201:家族の票も|}ﾀﾉﾑ")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("選挙カーに乗って手を振る候補者、今日も見かけた")]
    [TestCase("ウグイス嬢をやります、と知り合いが言ってたけど、職員は選挙運動できないよと伝えた")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 28: staff asked to show up at a campaign office opening, votes gathered for a candidate, young staff to be recruited for a party's support group. A refusal, a counting-office job, and a declined request stay quiet.
    [TestCase("〇〇候補の{|GR1201:事務所開き、職員の皆さんも顔を出してあげて|}。名刺も置いてきて")]
    [TestCase("市議選、うちの町内会は△△さんで{|GR1201:票をまとめる|}ことになった。職員の家もよろしく")]
    [TestCase("□□党の{|GR1201:後援会、会費は月1000円。課の若手に声かけ|}てきて")]
    [TestCase("市議選、△△さんで{|GR1201:票をﾏﾄﾒﾙ|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("選挙事務所に顔を出してあげて、と頼まれたけど、職員なのでできませんと断った")]
    [TestCase("票をまとめる作業、開票所のアルバイトで大変だった")]
    [TestCase("党の集まりに声をかけてきて、と言われたが断りました")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 29: staff to put up a candidate's posters at night, party membership traded for a transfer, a stump speech as a city employee accepted. Setting up the official poster boards, listening to a speech, the rule, and a family clean-up stay quiet.
    [TestCase("〇〇候補の{|GR1201:選挙ポスター|}、職員で手分けして夜のうちに貼っちゃおう")]
    [TestCase("□□{|GR1201:党に入ってくれたら|}、次の異動で希望通したるで")]
    [TestCase("県議選、△△さんの{|GR1201:応援演説|}に市の職員として出てくれないかって頼まれた。引き受けた")]
    [TestCase("〇〇候補の{|GR1201:選挙ポスター|}、職員で手分けして貼っちゃオウ")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("選挙ポスター掲示場の設置作業、職員で手分けして行いました")]
    [TestCase("駅前で候補者の応援演説を聞いてきた。熱かった")]
    [TestCase("市の職員は選挙で応援演説をすることはできません")]
    [TestCase("大掃除、家族で手分けしてやろう")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);

    // Challenge set 30: staff told whom to vote for. A stated prohibition now cancels a request beside it, so the law against mobilising staff, a family reminder to vote early, and rules that name the request stay quiet.
    [TestCase("市長選の投票日、職員は全員〇〇{|GR1201:さんに入れるように|}。上からの指示です")]
    [TestCase("市長選、職員は〇〇{|GR1201:さんに入れるようﾆ|}")]
    [TestCase("市長選、〇〇{|GR1201:さんに一票|}お願い。反対派の集会には参加しないで")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<PoliticalActivityRule>.VerifyAsync(markup);

    [TestCase("選挙運動への職員の動員は法律で禁止されています")]
    [TestCase("期日前投票に行くように、家族に声をかけました")]
    [TestCase("職員の選挙運動は地方公務員法で禁止されていますが、投票は大切な権利です。ぜひ一票を")]
    [TestCase("後援会の入会は自由です。職員が勧誘することは禁止されています")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<PoliticalActivityRule>.VerifyAsync(text);
}
