using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class DiscriminationRuleTests
{
    [TestCase("おっさん完全に{|GR1002:がいじ|}だったｗ")]
    [TestCase("あいつ{|GR1002:ガイジ|}かよ")]
    [TestCase("あいつ{|GR1002:ｶﾞｲｼﾞ|}かよ")]
    [TestCase("{|GR1002:キ チ ガ イ|}みたいにクレーム入れてくる")]
    [TestCase("{|GR1002:キ.チ.ガ.イ|}じみた電話")]
    [TestCase("{|GR1002:き\u200Bち\u200Bが\u200Bい|}じみた電話")]
    [TestCase("もう中身見ないで{|GR1002:めくら判|}押してる")]
    [TestCase("見るからに{|GR1002:オカマ|}っぽい")]
    [TestCase("{|GR1002:老害|}どもは引っ込んでろ")]
    [TestCase("隣に越してきたの{|GR1002:ﾁｮﾝ|}だった")]
    [TestCase("隣に越してきたの{|GR1002:チョン|}\u200Bだった")]
    [TestCase("あの{|GR1002:シ\u200Bナ人|}ども")]
    [TestCase("{|GR1002:土人|}の踊りみたい")]
    public Task Flags_slurs_including_disguised_ones(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [Test]
    public void Offers_a_neutral_alternative_where_one_exists()
    {
        var diagnostic = GuidelinePipeline.CreateBuilder().AddRule<DiscriminationRule>().Build().Analyze("もうめくら判は押さない").Diagnostics.Single();
        diagnostic.Fix.Should().NotBeNull();
        diagnostic.Fix!.Edits.Should().ContainSingle().Which.NewText.Should().Be("内容を確かめずに押す判");
    }

    [TestCase("{|GR1012:外国人お断り|}の張り紙、好感持てる")]
    [TestCase("{|GR1012:HIVの人と同じ職場とか無理|}。")]
    [TestCase("{|GR1012:女に管理職は無理|}。すぐ感情的になる")]
    [TestCase("あの{|GR1012:宗教の信者ってみんな頭おかしい|}よね")]
    [TestCase("{|GR1012:障害者はいない方がマシ|}")]
    [TestCase("{|GR1012:移民は出ていけ|}")]
    [TestCase("{|GR1012:中国人って素行が悪い|}からなぁ")]
    public Task Flags_discriminatory_generalisations(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("ネットで『ガイジ』って言葉を平気で使ってる人を見かけて悲しくなった。差別語です。使うのはやめよう")]
    [TestCase("LGBTQについての講演会。『ホモ』『オカマ』といった言葉がどれだけ人を傷つけてきたか")]
    [TestCase("差別のない社会へ。部落差別、外国人への偏見について考えるパネル展")]
    [TestCase("部落差別解消推進法について学ぶ研修。『部落』と名指しする書き込みも後を絶たない")]
    [TestCase("HIVとともに生きる人への偏見をなくそう")]
    [TestCase("外国人住民のための多言語相談窓口です")]
    [TestCase("障害者差別解消法の改正で合理的配慮が義務化されました")]
    [TestCase("休日の朝はシナモンロールを焼いた")]
    [TestCase("シナリオ通りに進んだ")]
    [TestCase("休日の朝はシナ\u200Bモンロールを焼いた")]
    [TestCase("休日の朝はシ\u200Bナ\u200Bモ\u200Bン\u200Bロールを焼いた")]
    [TestCase("休日の朝はシナ\uFE0Fモンロールを焼いた")]
    [TestCase("ｼﾅ\u200Bﾘｵ通りに進んだ")]
    [TestCase("宿題しなさいと言った")]
    [TestCase("時代劇のちょんまげ姿の俳優さん")]
    [TestCase("カレンダーをめくらないまま過ごしてた")]
    [TestCase("道の駅で懐かしのホモ牛乳を見つけた")]
    [TestCase("博多人形と土人形を見た")]
    [TestCase("高齢者の運転免許の自主返納、支援があります")]
    [TestCase("そんなのおかまいなしに走っていった")]
    [TestCase("何も問題ない。それでも無理はしないで")]
    [TestCase("まちがいじゃないよ")]
    public Task Leaves_awareness_posts_and_innocent_words_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    [TestCase("{|GR1012:年寄りはみんな頑固で|}話が通じない")]
    [TestCase("{|GR1002:女 の く せ に|}生意気")]
    public Task Flags_the_broader_evidence(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("高齢者の方を狙った迷惑電話にご注意ください")]
    [TestCase("お年寄りの見守り活動に参加しました。話が弾んで楽しかった")]
    public Task Leaves_services_for_groups_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // The seventh session's evidence: exclusion (来るな, 結婚させない), stereotypes (感情的だ), origin (あの地区の出身者).
    [TestCase("{|GR1012:あの地区の出身者とは結婚させない|}")]
    [TestCase("{|GR1012:外国人は来ないで\u200Bほしい|}")]
    [TestCase("{|GR1012:女は感情的で|}すぐ泣く")]
    [TestCase("{|GR1012:外国人が増えると街が汚く|}なる")]
    public Task Flags_the_seventh_sessions_evidence(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("外国人の方への対応では感情的にならず、やさしい日本語で")]
    [TestCase("出身者の皆さんによる郷土料理教室、好評でした")]
    [TestCase("障害者の能力が低いと決めつけるのは偏見です")]
    [TestCase("外国人観光客の皆さんと、汚れた海岸を清掃しました")]
    public Task Leaves_neutral_mentions_of_the_new_words_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // The eighth session's evidence: a group called unfit.
    [TestCase("{|GR1012:外国人は日本の職場に向いてない|}")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("この仕事は夜型の人には向いてないかも")]
    [TestCase("高齢者が増えると介護の現場が回らなくなる")]
    [TestCase("女性に向いている仕事、向いてない仕事なんてありません")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // The eighth session's vocabulary: a people by country called liars; confinement demanded.
    [TestCase("〇〇{|GR1012:国の人って平気で嘘|}つくから気をつけて")]
    [TestCase("認知症の{|GR1012:年寄りなんて早く施設に入れとけ|}ばいいのに")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("韓国の人と交流するイベントを開きました")]
    [TestCase("隣の国の人たちと一緒に料理教室")]
    [TestCase("子どもに嘘をつくのはよくないと教えています")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 7: trainees, disabled children, women in posts, people of an area.
    [TestCase("{|GR1012:実習生、みんな手癖が悪い|}から目を離すな")]
    [TestCase("{|GR1012:女性管理職なんて、結局お飾り|}でしょ")]
    [TestCase("{|GR1012:障がい児と同じクラスだと|}困る")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("技能実習生の受け入れ制度について説明会を開きました")]
    [TestCase("女性管理職の登用を進めています")]
    [TestCase("この地域の出身の作家が賞を取りました")]
    [TestCase("お飾りのリボンがかわいい")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 8: a group said to lower a school's level, not to be married, a risk to hire.
    [TestCase("{|GR1012:外国籍の子が多い学校は、正直レベルが低い|}と思う")]
    [TestCase("〇〇{|GR1012:地区の人とは結婚しない方がいい|}って、昔から言われてる")]
    [TestCase("{|GR1012:精神科に通ってるような人を採用するのはリスクでしかない|}")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("外国籍の子どもへの日本語支援を充実させます")]
    [TestCase("〇〇地区の人と一緒に清掃活動をしました")]
    [TestCase("うちの近所の公園、遊具のレベルが低いのが残念")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 9: a group said to slow the workplace down.
    [TestCase("{|GR1012:障害者がいると職場の効率が落ちる|}のは事実でしょ")]
    [TestCase("{|GR1012:高齢者なんて足手まとい|}")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("寝不足だと仕事の効率が落ちるので、早く寝ます")]
    [TestCase("障害者の就労支援で、職場の効率が落ちるという誤解を解く研修を行いました")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: a people's 民度, fear of contagion, keeping away from people of an origin.
    [TestCase("〇〇人って基本的に{|GR1012:民度が低い|}よね")]
    [TestCase("あの{|GR1012:病気の人と同じ職場とか、うつりそう|}で無理")]
    [TestCase("〇〇{|GR1012:出身って聞いた瞬間、ちょっと距離置いちゃう|}よね")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("インフルエンザがうつりそうなので、今日は在宅勤務にします")]
    [TestCase("千葉出身って聞いて、話が盛り上がった")]
    [TestCase("差別につながる『民度が低い』という言葉は使わないようにしましょう")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 12: single parents, trans people and people of a region as groups, with what is said against them.
    [TestCase("{|GR1012:シングルマザーの家庭って、だいたい躾がなってない|}")]
    [TestCase("{|GR1012:片親の子は育ちが悪い|}よね")]
    [TestCase("{|GR1012:トランスの人にトイレ使われるの|}普通に怖い")]
    [TestCase("{|GR1012:アジア系の観光客はマナーが悪い|}から来てほしくない")]
    [TestCase("{|GR1012:ｱｼﾞｱ系の観光客は来てほしくない|}")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("ひとり親家庭への支援金の申請は区役所で受け付けています")]
    [TestCase("トランス脂肪酸が普通に怖いので揚げ物を控えてる")]
    [TestCase("トランスジェンダーの人が安心して使えるトイレの配慮について研修を受けた")]
    [TestCase("アジア系のスーパーでスパイスを買った")]
    [TestCase("マナーが悪い観光客が増えて困るという声を聞いた")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 13: welfare recipients, people of a prefecture and same-sex couples as groups.
    [TestCase("{|GR1012:生活保護の人たちって結局働く気がない|}だけでしょ")]
    [TestCase("〇〇県{|GR1012:出身の人は気性が荒い|}から採用のときは気をつけたほうがいい")]
    [TestCase("{|GR1012:同性カップルに子育てなんて無理|}に決まってる")]
    [TestCase("ﾄﾞｳｾｲ…いや、{|GR1012:同性愛者お断り|}の店")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("生活保護の人への支援策について研修を受けた")]
    [TestCase("千葉県出身の人は温かい")]
    [TestCase("同性カップルのパートナーシップ宣誓制度について説明会を開きます")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 14: a group beside 「まわりの負担が増えるだけ」, 「学力が下がる」, 「選挙に行くな」; a policy's cost is not one.
    [TestCase("{|GR1012:障害者雇用って、結局まわりの負担が増えるだけ|}なんだよな")]
    [TestCase("{|GR1012:障害者雇用って、結局まわりの負担が増えるﾀﾞｹ|}なんだよな")]
    [TestCase("{|GR1012:外国籍の子が多いクラスは学力が下がる|}から避けたい")]
    [TestCase("{|GR1012:年寄りは選挙に行くな|}。未来がないんだから")]
    [TestCase("{|GR1012:年寄りは選 挙 に 行 く な|}")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("高齢者の医療費、窓口負担が増えるだけでは解決しない")]
    [TestCase("外国籍の子どもの学力が下がらないよう、日本語支援を拡充します")]
    [TestCase("若い人も選挙に行こう。期日前投票もできます")]
    [TestCase("障害者雇用の助成金、申請の負担が増えるだけにならないよう制度を見直します")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Tuned on challenge set 15: origin beside 「結婚は考え直す」, a patient group beside 「業務は任せられない」; a trainee not yet at the counter is no group.
    [TestCase("{|GR1012:あの地区の出身って聞いたら、結婚は考え直|}すよね普通")]
    [TestCase("{|GR1012:あの地区の出身って聞いたら、結婚は考え直|}ｽよね")]
    [TestCase("{|GR1012:精神科に通ってる人に窓口業務は任せられない|}")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("結婚は考え直すって友達が言ってたけど、結局式を挙げた")]
    [TestCase("新人にはまだ窓口業務は任せられないので、研修を続けます")]
    [TestCase("精神科に通ってる人への偏見をなくす研修に参加した")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 16: a country's people said not to keep promises, distrust of a gay teacher with children, welfare recipients said to gamble all day; the same words in guidance stay quiet.
    [TestCase("{|GR1012:あそこの国の人たちって、約束守らない|}のが当たり前")]
    [TestCase("{|GR1012:ゲイの先生に子どもを任せるのは|}ちょっと")]
    [TestCase("{|GR1012:生活保護もらってる人って、昼間からパチンコ|}ばっかり")]
    [TestCase("{|GR1012:生活保護受けてる人はパチンコばかり|}")]
    [TestCase("{|GR1012:あそこの国の人たちって、約束\u200B守らない|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("あの国の人たちは約束を守ることを大切にする文化だそうです")]
    [TestCase("子どもを任せるのは信頼できる保育士さん")]
    [TestCase("生活保護の申請は福祉事務所で受け付けています")]
    [TestCase("昼間からパチンコ店の前に行列ができていた")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 17: women bosses said to be emotional; the stereotype quoted to reject it (決めつけ) stays quiet.
    [TestCase("{|GR1012:女の上司って感情的になるから|}、やりにくい")]
    [TestCase("{|GR1012:女の上司はすぐ感情的|}")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("「女の上司は感情的」なんて決めつけはやめよう")]
    [TestCase("女の上司に恵まれて、仕事が楽しい")]
    [TestCase("感情的になるから、一晩置いてから返信する")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 18: children of a district one will not let one's own play with, taking every licence away from the old, a group said to dirty a shop. Rain that dirties a shop, or a district's children singing, is no group statement.
    [TestCase("〇〇{|GR1012:地区の子とは遊ばせたくない|}")]
    [TestCase("{|GR1012:年寄りの免許なんて全員取り上げればいい|}")]
    [TestCase("{|GR1012:アジア系の客が来ると店が汚れる|}")]
    [TestCase("{|GR1012:アジア系の客が来ると店が汚\u200Bれる|}")]
    [TestCase("{|GR1012:ｱｼﾞｱ系の客が来ると店が汚れる|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("〇〇地区の子どもたちが合唱を披露してくれました")]
    [TestCase("雨の日は床が濡れて店が汚れるので、玄関マットを増やしました")]
    [TestCase("アジア系のスーパーで珍しいスパイスを買った")]
    [TestCase("地区の子と遊ばせたくないなんて偏見は、なくそう")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 19: people of a district not to be chosen as spouses, women who could never manage a site. Choosing a kind spouse, women site managers as news, and worrying whether one can manage a job stay quiet.
    [TestCase("△△{|GR1012:出身の人って、結婚相手には選ばな|}い方がいい")]
    [TestCase("{|GR1012:女に現場監督なんて務まるわけない|}")]
    [TestCase("{|GR1012:女に課長なんて務まるはずがない|}")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("娘の結婚相手には優しい人を選んでほしい")]
    [TestCase("女性の現場監督が増えています。建設業の働き方改革の一環です")]
    [TestCase("この仕事は体力がいるので、未経験で務まるか心配です")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 20: children of foreign nationality said to lower a school's quality, wheelchair users said to block the counter, not sharing a changing room with a gay colleague. Sleep lowering the quality of work, a counter rebuilt for wheelchairs, and laundry stay quiet.
    [TestCase("{|GR1012:外国籍の児童が増えると学校の質が下がる|}")]
    [TestCase("{|GR1012:車椅子の人が来ると窓口が詰まる|}から、別の日に来てほしい")]
    [TestCase("{|GR1012:ゲイの同僚とは更衣室一緒にしたくない|}")]
    [TestCase("{|GR1012:ｹﾞｲの同僚とは一緒にしたくない|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("睡眠不足だと仕事の質が下がる")]
    [TestCase("車椅子の人が来ると窓口が狭くて通れないので、カウンターを改修しました")]
    [TestCase("ゲイの友人の結婚式に出席した。一緒に写真を撮った")]
    [TestCase("洗濯物、色物と白いものを一緒にしたくない")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 22: depression called laziness (甘え). Saying it is not (甘えではありません), and advice to reach out to people with depression, stay quiet.
    [TestCase("{|GR1012:うつ病なんて甘え|}。気合いが足りないだけ")]
    [TestCase("{|GR1012:ｳﾂ病なんて甘え|}でしょ")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("うつ病は甘えではありません。治療が必要な病気です")]
    [TestCase("うつ病の人って、周りに相談しづらいことが多いそうです。声をかけてあげて")]
    [TestCase("気合いが足りないと言われて育った世代だけど、今は違うと思う")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 23: applicants with a developmental disability screened out on paper (書類で落としてる). The victim's own account (書類で落とされた) and a call to publish the criteria stay quiet.
    [TestCase("{|GR1012:発達障害の人を採用するとトラブルになるから、書類で落としてる|}")]
    [TestCase("{|GR1012:外国人は書類選考で落とす|}")]
    [TestCase("{|GR1012:発達障害の人は書類で落としﾃﾙ|}")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("書類で落とされた経験がある。発達障害を理由にするのはおかしいと訴えた")]
    [TestCase("応募書類で落とす基準は公表すべきだと思う")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 24: children of mixed parentage to be put in a separate class. Japanese lessons in a separate class and children taught together stay quiet.
    [TestCase("{|GR1012:ハーフの子って日本の学校になじめないでしょ。最初から別のクラスにすれば|}")]
    [TestCase("{|GR1012:ハーフの子は別のｸﾗｽにすれば|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("日本語がまだ苦手な子は、別のクラスで日本語指導を受けられます")]
    [TestCase("ハーフの子も外国籍の子も、同じクラスで学んでいます")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 25: people with disabilities to be kept out of sight (裏方に回すべき). Support for their work and a call to put them on the stage stay quiet.
    [TestCase("{|GR1012:障害のある人を窓口に置くと対応が遅くなるから、裏方に回すべき|}")]
    [TestCase("{|GR1012:障害のある人は裏方に回すﾍﾞｷ|}")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("障害のある人の就労を支援するカフェがオープンしました")]
    [TestCase("障害のある人が裏方に回るのではなく、表舞台で活躍できる社会に")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 26: people from one country told to leave, all of them. Praise for neighbours, a livelier shopping street, and mosquitoes stay quiet.
    [TestCase("○○{|GR1012:国の人が増えてから、この辺のゴミ出しがめちゃくちゃ。全員出ていってほしい|}")]
    [TestCase("○○{|GR1012:国の人が増えたから、全員出ていってﾎｼｲ|}")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("韓国の人は、いつも親切にしてくれる")]
    [TestCase("中国の人が増えてから、駅前のお店が多国籍でおもしろい")]
    [TestCase("出ていってほしい、と思うほど蚊が多い夏だった")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 27: women managers called too emotional to trust, psychiatric patients kept from residents, an estate with many foreigners to be avoided at night. More women managers, the same words named as prejudice, and a building site stay quiet.
    [TestCase("{|GR1012:女性の管理職って感情的になるから|}、大事な判断は任せられない")]
    [TestCase("{|GR1012:精神科に通ってる人は、何をするかわからない|}から住民相談には出さないでほしい")]
    [TestCase("あそこの団地は{|GR1012:外国人ばかりで、夜は近づかない方がいい|}")]
    [TestCase("{|GR1012:女性の管理職は感情的になるから|}ﾏｶｾﾗﾚﾅｲ")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("女性の管理職が増えて、職場の雰囲気が変わった")]
    [TestCase("女性管理職は感情的だから任せられない、という偏見をなくしましょう")]
    [TestCase("精神科に通ってる人への偏見をなくす講座を開きます")]
    [TestCase("外国人ばかりで近づかない方がいい、という決めつけはやめよう")]
    [TestCase("工事現場には近づかない方がいい。危ないので")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 28: same-sex couples to be refused city housing in favour of 'normal families'. The new rule that allows it and the city's answer to the objection stay quiet.
    [TestCase("{|GR1012:同性カップルに市営住宅を貸すなんておかしい|}。普通の家族を優先すべき")]
    [TestCase("{|GR1012:同性カップルに貸すなんてｵｶｼｲ|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("同性カップルに市営住宅を貸すことができるようになりました")]
    [TestCase("普通の家族を優先すべき、という意見もありますが、市は多様な家族を支援します")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 29: wheelchair users told to keep off rush-hour buses, believers of a religion screened out at interview, older staff to be pushed out. Advice to older people not to overdo it (無理をせず no longer reads as 無理), an accessible toilet, and the rule against asking about faith stay quiet.
    [TestCase("{|GR1012:車いすの人がバスに乗ると時間かかるから、ラッシュ時は遠慮してほしい|}")]
    [TestCase("ああいう{|GR1012:宗教の信者を職員に採るのはリスク|}。面接で見抜かないと")]
    [TestCase("{|GR1012:年配の職員はパソコン使えない|}んだから、早く辞めてもらった方が効率的")]
    [TestCase("{|GR1012:車いすの人はラッシュ時は遠慮してﾎｼｲ|}")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("年配の職員の方から、窓口対応のコツを教わりました")]
    [TestCase("年配の人は無理をせず、こまめに休憩をとってください")]
    [TestCase("高齢者の方は無理せず、暑い日は外出を控えましょう")]
    [TestCase("車いすの人も使いやすいトイレを設置しました。混雑時も遠慮なくどうぞ")]
    [TestCase("宗教の自由は憲法で保障されています。面接で信仰を聞くことは禁止です")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);

    // Challenge set 30: women to be kept to auxiliary work. A wish to do more than support work and a campaign against tea-serving duty stay quiet.
    [TestCase("{|GR1012:女は結婚したら辞めるんだから、最初から補助的な仕事だけ|}させればいい")]
    [TestCase("{|GR1012:女は補助的な仕事だけ|}させればｲｲ")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<DiscriminationRule>.VerifyAsync(markup);

    [TestCase("補助的な仕事だけでなく、企画にも挑戦したい")]
    [TestCase("お茶くみだけの時代は終わりました。女性の活躍を応援します")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<DiscriminationRule>.VerifyAsync(text);
}
