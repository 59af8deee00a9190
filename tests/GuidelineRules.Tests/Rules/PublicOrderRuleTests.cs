using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class PublicOrderRuleTests
{
    [TestCase("{|GR1006:ｾｯｸｽﾌﾚﾝﾄﾞ|}募集中。市内で会える人")]
    [TestCase("今夜23時から {|GR1006:オ ナ ニ ー|} 配信するから見に来てね")]
    [TestCase("はねられた人の{|GR1006:頭が割れて|}脳みそ出てた")]
    [TestCase("飛び降りた人の{|GR1006:遺体|}、撮ったｗ")]
    [TestCase("{|GR1006:楽に死ねる方法|}のまとめ作った")]
    [TestCase("{|GR1006:リ\u200Bス\u200Bカすると|}落ち着くよ")]
    [TestCase("{|GR1006:ＯＤって最高|}にキマるよ")]
    public Task Flags_sexual_gore_and_self_harm_content(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("9月10日から16日は自殺予防週間です。ひとりで抱え込まず、こころの電話相談を")]
    [TestCase("性感染症の検査は保健所で無料・匿名で受けられます")]
    [TestCase("ゾンビ映画マラソン中。血まみれのシーン多すぎ")]
    [TestCase("ミステリー小説読了。遺体の写真が出てくる場面が怖かった")]
    [TestCase("#foodporn 週末に作ったローストビーフ")]
    [TestCase("中学校で『命の授業』。自分を傷つけたくなったときに相談できる大人がいることを伝えました")]
    [TestCase("甲子園、地元の高校が3回戦進出！")]
    public Task Leaves_health_information_and_fiction_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    [TestCase("昨日は彼女と{|GR1006:朝までｾｯｸｽ|}しまくった")]
    [TestCase("事故の写真、{|GR1006:頭が割れて|}中身が出てた")]
    [TestCase("{|GR1006:死にたいならさっさと|}飛び降りろ")]
    public Task Flags_the_broader_evidence(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("性感染症の検査は保健所で無料・匿名で受けられます")]
    [TestCase("死にたいと感じたら、こころの相談窓口へ")]
    [TestCase("パチンコ店の駐車場で事故がありました")]
    public Task Leaves_health_information_and_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    [TestCase("つらいなら{|GR1006:手首切れば|}楽になるよ")]
    [TestCase("{|GR1006:ﾘｽｶすれば|}落ち着くよ")]
    public Task Flags_self_harm_offered_as_relief(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("リスカしたくなったら、こころの相談窓口へ")]
    [TestCase("手首を切ったら、すぐに圧迫して止血を")]
    public Task Leaves_counselling_and_first_aid_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // The eighth session's evidence: gore described as shown; a teaching model is not gore.
    [TestCase("事故の写真、{|GR1006:内臓まで写って|}る")]
    [TestCase("事故の写真、{|GR1006:ﾊﾗﾜﾀが丸見え|}")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("今日の授業は、カエルの内臓が見えてる模型を使いました")]
    [TestCase("最近、内臓が疲れてる気がする")]
    [TestCase("理科の授業で魚の内臓を観察しました")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // The eighth session's vocabulary: touching described, a place to jump from offered as an end.
    [TestCase("飲み会で後輩の{|GR1006:胸触った|}ら柔らかかった")]
    [TestCase("{|GR1006:電車に飛び込め|}ば一瞬で終わるよ")]
    [TestCase("そんなに辛いなら{|GR1006:楽になる方法教えようか、ビルの屋上|}とか")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("乳がんの自己チェック、胸を触ってしこりがないか確認しましょう")]
    [TestCase("肩こりが楽になる方法を理学療法士さんに教わりました")]
    [TestCase("ビルから飛び降りたら危ないので、屋上は立入禁止です")]
    [TestCase("人が多いところで胸を張って歩こう")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 7: an overdose offered as a gentle end.
    [TestCase("死にたいなら、薬を飲めば{|GR1006:眠るように逝ける|}よ")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("薬をまとめて飲めば効くというのは誤解です。用法を守りましょう")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // A katakana word of any term may be spelled with kanji lookalikes (力 for カ, 卜 for ト), but only where the
    // text around them is katakana.
    [TestCase("{|GR1006:リス力すると|}落ち着くよ")]
    [TestCase("次は職場の{|GR1006:卜イレでやってみたい|}")]
    public Task Flags_terms_spelled_with_lookalike_kanji(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("みんなが協力すると早く終わる")]
    [TestCase("りす力すると")]
    public Task Leaves_lookalike_kanji_outside_katakana_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 8: showing self-harm scars, a corpse shown uncensored.
    [TestCase("{|GR1006:リスカの跡を写真|}に撮ったから見て")]
    [TestCase("{|GR1006:ﾘｽｶの跡を写真|}に撮ったから見て")]
    [TestCase("事故の{|GR1006:遺体|}、モザイクなしで貼っとく")]
    [TestCase("{|GR1006:潰れた死体|}が転がってた")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("リスカの跡を目立たなくする治療について、皮膚科で相談できます")]
    [TestCase("ゾンビ映画、潰れた死体の特殊メイクがすごい")]
    [TestCase("猫の写真、モザイクなしで載せます")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 9: an invitation to die together, a method asked for.
    [TestCase("もう疲れた。{|GR1006:一緒に楽になれる|}人いない？")]
    [TestCase("{|GR1006:首吊りのやり方|}まとめた")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("一人で抱え込まず、一緒に楽になれる方法を考えましょう。こころの相談窓口へ")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: nude images kept, gore described beside a photo, a method or the easiest way
    // offered to someone who wants to die, a night's 「回戦」.
    [TestCase("あの子の{|GR1006:裸、保存|}しといたから欲しい人あげる")]
    [TestCase("轢かれた鳩、{|GR1006:ぐちゃぐちゃで写真|}撮っちゃった")]
    [TestCase("{|GR1006:死にたいなら薬まとめて飲むのが一番楽|}だよ")]
    [TestCase("生きるのしんどい人、{|GR1006:練炭のやり方教える|}よ")]
    [TestCase("彼女との夜の話、{|GR1006:朝まで5回戦|}だった")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("ホラー映画、血まみれの特殊メイクの写真がすごい")]
    [TestCase("死にたいと思ったら一人で抱え込まず、こころの相談窓口へ。確実につながります")]
    [TestCase("甲子園、朝から3回戦まで観戦した")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 12: sex with a partner in slang, an inconspicuous way to die, a family photo edited with fake blood.
    [TestCase("会社のトイレで{|GR1006:彼女とやっちゃった|}話、聞きたい人いる？")]
    [TestCase("会社のトイレで{|GR1006:彼女とﾔっちゃった|}話")]
    [TestCase("どうせ死ぬなら、誰にも{|GR1006:迷惑かけない方法で逝|}こう")]
    [TestCase("あいつの家族の写真、{|GR1006:顔に血のりつけて|}加工してやった")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("彼女とゲームやっちゃった。徹夜")]
    [TestCase("子どもの写真、アプリで加工してやった。かわいい")]
    [TestCase("ホラー映画の血のりメイク、リアルすぎて笑った")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 13: a colleague made drunk and taken home, an invitation to die together.
    [TestCase("飲み会で後輩の子、{|GR1006:酔わせてお持ち帰り|}した")]
    [TestCase("{|GR1006:生きてても意味ないし、みんなで一緒に終わりに|}しない？")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("飲み会の残り物をお持ち帰りした")]
    [TestCase("この企画、一緒に終わりにしない？次の企画を考えよう")]
    [TestCase("死にたいくらい恥ずかしい。でも一緒に笑ってくれた")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Frames whose picture is offered in the next sentence ("nextSentence" in the data); a run of 「！！」 is one
    // sentence end, two sentences between are too far.
    [TestCase("飛び降りた人の現場、{|GR1006:血の海でやばかった。写真|}あるよ")]
    [TestCase("現場は{|GR1006:血の海！！写真|}あるよ")]
    [TestCase("線路に飛び込んだ人の現場、{|GR1006:ぐちゃぐちゃで逆に見入った。動画|}あるけど見る？")]
    [TestCase("線路に飛び込んだ人の現場、{|GR1006:ｸﾞﾁｬｸﾞﾁｬ。動画|}あるよ")]
    [TestCase("{|GR1006:リスカの跡、今日は10本。記念に載せ|}とく")]
    public Task Flags_frames_whose_picture_is_offered_in_the_next_sentence(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    // 「ぐちゃぐちゃ」 beside a picture is gore only where a body is in the post (it was flagged in a messy room or
    // on a squashed cake before); hiding a scar is no self-harm.
    [TestCase("現場は血の海だった。ひどい話。写真あるよ")]
    [TestCase("部屋がぐちゃぐちゃで動画撮った")]
    [TestCase("ケーキがぐちゃぐちゃになった写真")]
    [TestCase("昨日の大雨で畑がぐちゃぐちゃ。写真載せます")]
    [TestCase("トマトが潰れてぐちゃぐちゃになった。写真あるよ")]
    [TestCase("リスカの跡を隠すメイクの写真")]
    [TestCase("リスカの跡を隠すメイクを教わった。写真で見せたら友達も安心してた")]
    [TestCase("ゾンビ映画で轢かれた人がぐちゃぐちゃ。動画あるよ")]
    public Task Leaves_mess_and_far_pictures_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 14: a date 「連れ込んだ」 to a hotel, a peephole on a changing room, exposed organs beside a photo, an overdose as relief.
    [TestCase("昨日の合コンの子、{|GR1006:ホテルまで連れ込ん|}だ話する？")]
    [TestCase("昨日の子、{|GR1006:ﾎﾃﾙまで連れ込ん|}だ")]
    [TestCase("轢かれた猫、{|GR1006:内臓出てたから写真|}撮った。見たい？")]
    [TestCase("轢かれた猫、{|GR1006:内臓出てた。写真|}あるよ")]
    [TestCase("もう限界なら薬{|GR1006:まとめて飲めば楽になれる|}よ")]
    [TestCase("職場の女子の着替え、{|GR1006:のぞける穴|}見つけた")]
    [TestCase("職場の女子の着替え、{|GR1006:ノゾける穴|}見つけた")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("ホテルのラウンジで打ち合わせ")]
    [TestCase("魚をさばいたら内臓が出てきた。下処理は大変")]
    [TestCase("薬まとめて飲めば楽なのに、時間をずらして飲むように言われた")]
    [TestCase("理科の授業で内臓出てる模型の写真を撮った")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Tuned on challenge set 15: a pool of blood offered as a photo (also in the next sentence), an upskirt shot, a call to disappear together, a sex worker's service told.
    [TestCase("飛び降り現場に居合わせた。{|GR1006:血だまりの写真|}あるけどいる？")]
    [TestCase("飛び降り現場、{|GR1006:血だまり。写真|}あるよ")]
    [TestCase("電車で隣の女の子の{|GR1006:スカートの中、こっそり撮って|}みた")]
    [TestCase("{|GR1006:生きてても意味ないし、一緒に消えて|}くれる人いない？")]
    [TestCase("昨日の{|GR1006:風俗嬢、サービスの中身|}を全部書くわ")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("雨上がりの水たまり、空が映っていて写真を撮った")]
    [TestCase("スカートの丈を直してもらった写真")]
    [TestCase("風俗営業の許可について窓口でご案内しています")]
    [TestCase("一緒に消えてくれる人を探すより、まず相談窓口へ")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 16: groping called easy, a crushed face at an accident, a jump from a bridge announced, staring at a colleague's chest; bungee jumps, flights and exercise stay quiet.
    [TestCase("通勤電車の痴漢、{|GR1006:触られても黙ってる子が多い|}から狙い目")]
    [TestCase("事故現場、運転手の{|GR1006:顔面えぐれて|}て")]
    [TestCase("今夜あの{|GR1006:橋から飛ぶつもり|}、止めないで")]
    [TestCase("新人の子の{|GR1006:胸元ずっと見てた|}ら目が合った")]
    [TestCase("{|GR1006:ビルから飛ぶつもり|}")]
    [TestCase("今夜あの{|GR1006:橋から飛\u200Bぶつもり|}、止めないで")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("痴漢は犯罪です。見かけたら声をかけて通報を")]
    [TestCase("顔面蒼白になるほど驚いた")]
    [TestCase("バンジーで橋から飛ぶ体験、怖かった")]
    [TestCase("今夜の便で成田から飛ぶつもり")]
    [TestCase("胸元にブローチを付けると華やか")]
    [TestCase("太ももの筋トレ、ずっと続けてる")]
    [TestCase("屋上から飛ぶ紙飛行機を撮影した")]
    [TestCase("橋から飛ぶ鳥を撮った")]
    [TestCase("バンジーで橋から飛ぶつもり、怖いけど楽しみ")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 17: overdose advice, an explicit boast, organs in full view, telling someone to disappear for others' sake; warnings and a zombie film stay quiet.
    [TestCase("{|GR1006:ODするなら|}この薬とお酒一緒に飲むのが一番効くよ")]
    [TestCase("昨夜の彼女、ベッドの上で{|GR1006:何回もイかせ|}てやった")]
    [TestCase("事故の写真、{|GR1006:内臓まる見え|}")]
    [TestCase("生きてる意味ないなら、さっさと{|GR1006:消えたほうが周りのため|}だよ")]
    [TestCase("{|GR1006:ＯＤするなら|}")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("薬とお酒を一緒に飲むのは危険です")]
    [TestCase("ベッドの上で何回も寝返りを打って眠れなかった")]
    [TestCase("夜のおかずは肉じゃが")]
    [TestCase("ゾンビ映画、グロ好きな人どうぞ")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 18: 3回戦 in a hotel bed, and encouraging someone to cut their wrist. A tournament's third round and first aid for a cut wrist stay quiet.
    [TestCase("昨日の夜は{|GR1006:ホテルで3回戦|}")]
    [TestCase("そんなに辛いなら{|GR1006:手首切ってみたら|}？")]
    [TestCase("{|GR1006:ﾎﾃﾙで3回戦|}")]
    [TestCase("{|GR1006:手首切っ\u200Bてみたら|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("ホテルで3回戦まで進んだ将棋大会の観戦記")]
    [TestCase("転んで手首を痛めたので整形外科へ")]
    [TestCase("手首を切ってしまったときの応急処置を消防局が紹介しています")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 19: wanting to vanish beside a rooftop key, offering to teach how to buy charcoal for suicide, last night's girlfriend who kept one up till morning. Sexual words beside a caution (やめましょう, 被害, 相談) are a warning: a post against sharing children's naked photos stays quiet, and so do hyperbole (死にたいくらい暑い) and a baby crying all night.
    [TestCase("もう{|GR1006:消えたい。屋上の鍵|}が開いてるの知ってる")]
    [TestCase("{|GR1006:死にたい。明日、飛び降りる|}")]
    [TestCase("そんなに{|GR1006:死にたいなら練炭の買い方教えようか|}")]
    [TestCase("{|GR1006:死にたいなら方法教えてあげる|}")]
    [TestCase("{|GR1006:昨夜の彼女、朝まで寝かせてもらえなかった|}")]
    [TestCase("{|GR1006:ゆうべの彼女、朝まで寝かせてくれなかった|}")]
    [TestCase("彼女の{|GR1006:裸の写真|}、保存してある")]
    [TestCase("【閲覧注意】昨夜の{|GR1006:エッチの詳細|}レポ")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("恥ずかしくて消えたい。屋上のビアガーデン今日行く")]
    [TestCase("死にたいくらい暑い。飛び降りるほど高い滑り台は無理")]
    [TestCase("赤ちゃんの夜泣きで朝まで寝かせてもらえなかった")]
    [TestCase("昨夜の彼女との電話、声が大きくて隣に聞こえてたかも")]
    [TestCase("子どもの裸の写真をSNSに載せるのはやめましょう")]
    [TestCase("援交や裸の写真の要求など、子どもの性被害の相談はこちらへ")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 20: saying life has no meaning and ending it tonight, wanting to grope a colleague's wife, a torn-off arm with a photo on offer. Philosophy, a soft loaf, sore shoulders, torn cloth and bread stay quiet.
    [TestCase("{|GR1006:生きてる意味がわからない。今夜で終わりにする|}")]
    [TestCase("先輩の奥さん、{|GR1006:胸が大きくて服の上からでも揉みたくなる|}")]
    [TestCase("交通事故の現場、{|GR1006:腕がちぎれてたのを見た。写真|}もあるよ")]
    [TestCase("{|GR1006:生きる価値がない。もう終わらせる|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("生きる意味を考える哲学カフェ、今日で終わりにするのは惜しい")]
    [TestCase("生きてる価値があるのかと悩んだら、一人で抱え込まずに相談を")]
    [TestCase("揉みたくなるほど柔らかいパン")]
    [TestCase("肩が凝って揉みたくなる")]
    [TestCase("布がちぎれてた。写真あるから見て")]
    [TestCase("ちぎれてるパンの写真")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 21: a colleague's underwear glimpsed on the stairs, a dismembered cat's photo offered to whoever wants it. A school uniform rule (認めません), a zombie plush, and a demolished house stay quiet.
    [TestCase("新人の子、スカート短くて階段で{|GR1006:パンツ見えそう|}だった")]
    [TestCase("{|GR1006:解体された猫|}の写真、欲しい人にはあげる")]
    [TestCase("{|GR1006:グロいけど欲しい人|}にはあげる")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("パンツが見えそうなくらい短い丈のスカートは、制服としては認めません")]
    [TestCase("このぬいぐるみ、グロいけど欲しい人いる？ゾンビのやつ")]
    [TestCase("解体された家の写真、更地になってさみしい")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 22: a suicide note written in despair, wanting to touch a schoolgirl's legs, a hanged person's photo offered. An end-of-life seminar, a kitten's paws, a plush toy, and first aid stay quiet.
    [TestCase("もう{|GR1006:生きてても仕方ない。遺書も書いた|}")]
    [TestCase("電車で隣の女子高生の{|GR1006:脚、ずっと見てた。触りたかった|}")]
    [TestCase("{|GR1006:首を吊った人の写真|}、ネットで見つけた。欲しい人いる？")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("終活セミナーで遺書を書いた。気持ちが整理できた")]
    [TestCase("子猫の肉球、触りたい")]
    [TestCase("女子高生の娘が、触りたくなるほどふわふわのぬいぐるみを買ってきた")]
    [TestCase("首を吊った人を見つけたら、すぐに119番へ。写真を撮るより救命を")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 23: going to throw oneself on the tracks, a receptionist's cleavage watched every day, a crushed rat's photo offered. Insects that fly into a train, a child running, a scarf, a daily sunset, crushed tomatoes, and a bicycle's insurance photo stay quiet.
    [TestCase("誰にも必要とされてない。今から{|GR1006:線路に飛び込みに行く|}")]
    [TestCase("受付の派遣の子、胸元ゆるくて{|GR1006:谷間丸見え。|}毎日眺めてる")]
    [TestCase("ネズミ駆除したら、{|GR1006:潰れたやつが出てきた。写真撮ったから|}見る？")]
    [TestCase("今から{|GR1006:線路に飛び込みﾆ行ｸ|}")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("電車に飛び込んでくる虫が多い季節")]
    [TestCase("ホームから飛び込みに行くような勢いで走る子どもに注意")]
    [TestCase("胸元の開いた服は冷えるので、ストールを")]
    [TestCase("富士山の夕日を毎日眺めてる。職場の窓から")]
    [TestCase("潰れたやつは捨てて、きれいなトマトだけ出荷します")]
    [TestCase("轢かれたやつ、写真撮ったから保険会社に送った。自転車の話です")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 24: wishing to vanish while writing a suicide note, an accident photo offered. A person who called for help and recovered, a denial, and an offer reported by the person who turned it down stay quiet.
    [TestCase("仕事も家庭もうまくいかない。この世から{|GR1006:消えてしまいたい。遺書書いてる|}")]
    [TestCase("高速の事故、{|GR1006:ぐちゃぐちゃの車の中に人が残ってた。拡大写真あるけど見る|}？")]
    [TestCase("この世から{|GR1006:消えてしまいたい。遺書書い\u200Bてる|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("消えてしまいたいと思ったとき、遺書を書いてる自分に気づいて相談窓口へ電話した。今は元気です")]
    [TestCase("いなくなりたいと思う夜もある。でも遺書を書いてるわけじゃない")]
    [TestCase("事故の写真あるけど見る？と聞かれたけど、ドライブレコーダーの映像だった")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 25: at the end of one's rope, jumping from the city hall roof tomorrow; a female colleague's bottom stared at. A long run, a cat's tail, and a brooch stay quiet.
    [TestCase("{|GR1006:もう限界。明日の朝、庁舎の屋上から飛び降りる|}")]
    [TestCase("コピー機の前で同僚の{|GR1006:女性のお尻を見てたら気づかれ|}た。いい眺めだったのに")]
    [TestCase("{|GR1006:もう限界。明日、屋上から飛び降り\u200Bる|}")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("もう限界まで走った。明日は筋肉痛")]
    [TestCase("お尻を見てたら気づかれた、と猫の話。しっぽを振っていた")]
    [TestCase("胸元を見てたら気づかれた、ブローチが素敵だったから")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 26: ending it with all one's pills, looking up a newcomer's skirt on the stairs, an accident photo offered by DM. A call to seek help, a son looking at the stars, and a drama's signed card stay quiet.
    [TestCase("仕事も人間関係も全部だめ。{|GR1006:薬を全部飲んで終わり|}にする")]
    [TestCase("新人の子、{|GR1006:スカート短いから階段で下から覗いてる|}。役得")]
    [TestCase("事故現場の写真、{|GR1006:血だらけの運転手が写ってるやつ手に入れた。欲しい人DMで|}")]
    [TestCase("{|GR1006:薬を全部飲んで終わり|}にｽﾙ")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("薬を全部飲んで終わりにする前に、相談してください。いのちの電話")]
    [TestCase("階段で下から見上げてた息子が、星がきれいと言った")]
    [TestCase("血だらけの手術シーン、ドラマの撮影裏話。欲しい人DMでサイン色紙プレゼント")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 27: going to the sea tonight and not coming back, a stream of dirty jokes at a newcomer, a suicide scene's blood photographed to post. A night at one's parents', a harassment complaint, and a warning against such posts stay quiet.
    [TestCase("もう{|GR1006:疲れた。今夜、海に行ってそのまま帰らない|}つもり")]
    [TestCase("歓迎会で新人の{|GR1006:女の子に下ネタ連発|}したら顔真っ赤にしてた。かわいい")]
    [TestCase("{|GR1006:飛び降りがあった現場、まだ血の跡が残ってる。写真撮ってきたから載せる|}ね")]
    [TestCase("新人の{|GR1006:女の子に下ﾈﾀ連発|}")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("もう疲れた。今夜は実家に行ってそのまま帰らないつもり。のんびりする")]
    [TestCase("後輩の女の子に下ネタを連発する上司がいて困っている、という相談が寄せられました")]
    [TestCase("事故現場の写真撮ってきたから載せるね、という投稿はやめましょう")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 28: a farewell to the world planned for one's birthday, a drunk junior taken to a hotel under the pretext of care, groping told as a feat. A grandmother's memorial, a taxi home, and a report on such posts stay quiet.
    [TestCase("毎日が地獄。来週の誕生日に{|GR1006:この世とお別れする予定|}")]
    [TestCase("飲み会で酔った後輩を{|GR1006:介抱するふりしてホテルに連れてった|}")]
    [TestCase("駅のトイレで{|GR1006:痴漢した話|}、武勇伝として聞いて")]
    [TestCase("{|GR1006:この世とお別れする予\u200B定|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("祖母がこの世とお別れして1年。早いものです")]
    [TestCase("酔った後輩をタクシーに乗せて、家まで送った")]
    [TestCase("痴漢した話を自慢する投稿が問題になっています。痴漢は犯罪です")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 29: a wish to end everything beside a rope, a forced kiss. Finishing work, a camping rope, and finishing a report stay quiet.
    [TestCase("毎晩眠れない。もう{|GR1006:全部終わらせたくて、ロープ|}買ってきた")]
    [TestCase("新人歓迎会で、後輩の女の子に{|GR1006:無理やりキスして|}やった")]
    [TestCase("{|GR1006:全部終わらせたくて、ﾛｰﾌﾟ|}買ってきた")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("仕事を全部終わらせたくて、今日は残業した")]
    [TestCase("キャンプ用にロープ買ってきた。週末が楽しみ")]
    [TestCase("もう終わらせたい、この報告書。あとは印刷して提出")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);

    // Challenge set 30: charcoal burnt at night by someone who thinks nobody would grieve, a colleague watched while changing. Barbecue safety, a child's essay, and a kindergarten story stay quiet.
    [TestCase("誰も悲しまないと思う。今夜、{|GR1006:練炭を焚いて寝|}ます")]
    [TestCase("更衣室の隙間から同僚の{|GR1006:着替えのぞいた|}。最高だった")]
    [TestCase("同僚の{|GR1006:着替えのぞいﾀ|}")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<PublicOrderRule>.VerifyAsync(markup);

    [TestCase("練炭を使ったバーベキューは換気のよい屋外で")]
    [TestCase("誰も悲しまない世界にしたい、と子どもが作文に書いた")]
    [TestCase("着替えのぞいたら怒られた、と息子が幼稚園の話をしてくれた")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<PublicOrderRule>.VerifyAsync(text);
}
