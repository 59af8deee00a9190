using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class DisrespectRuleTests
{
    [TestCase("リプ欄の奴、{|GR1001:ク ソ 野 郎|} って言葉がぴったり")]
    [TestCase("今日のプレゼン、{|GR1001:マジでゴミ|}だったね笑")]
    [TestCase("また苦情の電話…{|GR1001:ｶｽ|}が。")]
    [TestCase("この反応。{|GR1001:バ・カ・な・の|}？")]
    [TestCase("隣の係の新人、マジ{|GR1001:ＵＺＥＥ|}。早く消えてくれ")]
    [TestCase("いや{|GR1001:バカじゃ|}ん")]
    [TestCase("あの議員、言ってることほんと{|GR1001:ご\u200Bみ\u200Bく\u200Bず|}だわ")]
    [TestCase("窓口に来たじいさん、{|GR1001:マジで害虫|}。二度と来んな")]
    public Task Flags_insults(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("は？{|GR1501:お前に言われる筋合い|}ねーわ")]
    [TestCase("暇人は{|GR1501:黙ってろ|}よ")]
    [TestCase("{|GR1501:文句あるなら|}市長室に直接言えば？")]
    [TestCase("{|GR1501:お 前 こ そ|}何様？")]
    public Task Flags_heated_replies_to_critics(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("ヤバい、死ぬほど美味しい")]
    [TestCase("死ぬほど笑った。うちの猫、段ボールに頭突っ込んだまま寝てる")]
    [TestCase("『バカ』って言われた子どもの気持ちを考える、いじめ防止の研修に参加しました")]
    [TestCase("カスタマーハラスメント対策の研修。『カスハラ』の定義を学んだ")]
    [TestCase("ゴミの分別、引っ越してきたばかりの友達に説明したら『細かい！』って驚かれた")]
    [TestCase("いただいた「税金泥棒」というご意見について、ご説明します")]
    [TestCase("カスタードプリンとカステラが絶品")]
    [TestCase("馬鹿にならない電気代")]
    [TestCase("害虫駆除の業者さんが来た")]
    [TestCase("行けばかなり楽しいよ。ばかりか安い")]
    public Task Leaves_slang_mentions_and_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    [TestCase("窓口の人、ほんと {|GR1001:頭 お か し い|} んじゃないの")]
    [TestCase("あの担当、{|GR1001:無能|}すぎて話にならない")]
    [TestCase("うちの課長、ほんと{|GR1001:ｷﾓい|}")]
    [TestCase("クレーマーの客、さっさと{|GR1001:くたばれ|}")]
    [TestCase("あいつ{|GR1001:ザコ|}すぎ")]
    [TestCase("@someone {|GR1501:何様|}のつもり？")]
    [TestCase("いちいち{|GR1501:絡んでくんな|}よ")]
    public Task Flags_common_insults_in_any_spelling(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("親バカですが、娘の絵が展示に選ばれました")]
    [TestCase("釣りバカ日誌を久しぶりに見た")]
    [TestCase("新商品がバカ売れしています")]
    [TestCase("机の上の紙クズを片付けた")]
    [TestCase("合宿は大部屋で雑魚寝でした")]
    [TestCase("市長の肝いり事業、きもいりで始まった")]
    [TestCase("ハゲタカファンドのニュースを読んだ")]
    [TestCase("デブリ除去衛星の打ち上げ")]
    [TestCase("無能力者という古い法律用語について学んだ")]
    public Task Leaves_lookalikes_of_the_new_insults_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Contempt for a group is reported by the discrimination rule (4(6)②), not twice.
    [TestCase("あの宗教の信者ってみんな頭おかしいよね")]
    [TestCase("新しい係長、オカマっぽくてキモい")]
    public Task Leaves_contempt_for_a_protected_group_to_the_discrimination_rule(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    [Test]
    public async Task Still_flags_an_insult_of_a_person_after_a_group_word_outside_the_clause()
    {
        await Verifier<DisrespectRule>.VerifyAsync("外国人観光客の案内をしていたら、横から口を出してきた係長がほんと{|GR1001:無能|}");
    }

    // The seventh session's evidence: contempt for someone's mind or worth; lookalikes of バカ and 低能 as intensifiers or words.
    [TestCase("{|GR1001:脳みそ入って|}んのか、あの課長")]
    [TestCase("あいつは人{|GR1001:として終わって|}る")]
    [TestCase("書き込んだ奴、ほんと{|GR1001:低\u200B能|}")]
    public Task Flags_the_seventh_sessions_evidence(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("うちの犬、ﾊﾞｶかわいい")]
    [TestCase("ここのランチ、バカ安い")]
    [TestCase("低能率な作業を見直します")]
    [TestCase("カニの脳みそ、じゃなくてカニみそが絶品")]
    public Task Leaves_intensifiers_and_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // The eighth session's vocabulary: common words of contempt for people and hostile retorts; バカみたいに as an intensifier.
    [TestCase("同じこと三回聞いてくる{|GR1001:ｼﾞｼﾞｲ|}まじで話通じない")]
    [TestCase("@critic あなた税金払ってるの？{|GR1501:恥 を 知 れ|}")]
    [TestCase("部長の説明が下手すぎ。{|GR1001:給料泥棒|}")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("うちのジジイ（祖父）が今年で米寿を迎えました")]
    [TestCase("マヌケな顔で寝てる猫がかわいい")]
    [TestCase("「恥を知れ」という言葉は使わないようにしています")]
    [TestCase("うちの猫、今日もバカみたいに寝てる")]
    [TestCase("今日は一日中、バカみたいに走り回った")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // An insult word before 「みたいに」 is an intensifier, whatever the word; 「みたいだな」 of a person is not.
    [TestCase("お前{|GR1001:ｱﾎ|}みたいだな")]
    public Task Flags_insults_that_only_look_like_intensifiers(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("アホみたいに暑い一日だった")]
    [TestCase("バカみたいに混んでた")]
    [TestCase("今日は一日中、ﾊﾞｶみたいに走り回った")]
    public Task Leaves_insults_that_only_look_like_intensifiers_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge set 7: contempt for someone's upbringing or existence; being told to start school again.
    [TestCase("騒いでたおばさん、{|GR1001:育ちが知れる|}")]
    [TestCase("@x そんなこともわからないの？{|GR1501:小学校からやり直せ|}ば")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("説明を聞いてなんか納得した")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // 「ほど」 after an insult word is a measure of degree (「アホほど食べた」), like 「みたいに」.
    [TestCase("あの{|GR1001:アホ|}、また遅刻")]
    public Task Flags_insults_beside_degree_words(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("アホほど食べた。幸せ")]
    [TestCase("ﾊﾞｶほど笑った一日")]
    public Task Leaves_insults_beside_degree_words_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Kanji written for the katakana they look like (UTS #39 confusables): 力 for カ, 八 for ハ, 口 for ロ.
    [TestCase("お前{|GR1001:バ力|}だろ")]
    [TestCase("お前{|GR1001:ﾊﾞ力|}だろ")]
    [TestCase("{|GR1001:力ス|}が調子に乗るな")]
    [TestCase("あの{|GR1001:八ゲ|}、また来た")]
    [TestCase("{|GR1001:バ\u200B力|}じゃないの")]
    public Task Flags_katakana_insults_spelled_with_lookalike_kanji(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("毎日の努力が大事")]
    [TestCase("ご協力ください")]
    [TestCase("チーム力が試される試合でした")]
    [TestCase("駅前の八百屋さん、野菜が安い")]
    [TestCase("ケーキ二つとコーヒー")]
    [TestCase("カスタマー力を高める研修")]
    public Task Leaves_kanji_that_only_look_like_katakana_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // A short katakana insult with spaces between its letters inside a sentence, glued to the words around it.
    [TestCase("市議の〇〇、あんな{|GR1001:ク ズ|}がよく当選したな")]
    [TestCase("同じこと三回聞いてくる{|GR1001:ジ ジ イ|}まじで話通じない")]
    [TestCase("どんだけ{|GR1001:ア\u3000ホ|}なの")]
    public Task Flags_katakana_insults_spaced_inside_a_sentence(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("ミルク ズッキーニ トマトを買った")]
    [TestCase("クズ餅と抹茶でひと休み")]
    [TestCase("ア ホテルに泊まった")]
    [TestCase("すれば かなり楽になる")]
    public Task Leaves_spaced_katakana_that_is_not_one_word_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge set 8: sarcastic contempt, 「日本語読めないんですか」, クソ before a person.
    [TestCase("税金で昼寝とか{|GR1001:いいご身分ですね|}")]
    [TestCase("何回説明させるの？{|GR1001:日本語読めないんですか|}？")]
    [TestCase("ほんと{|GR1001:クソ上司|}")]
    [TestCase("ほんと{|GR1001:ｸｿ上司|}")]
    [TestCase("ほんと{|GR1001:糞上司|}")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("クソ暑い日が続きますね")]
    [TestCase("日本語が読めない方のために、多言語の案内を用意しています")]
    [TestCase("上司とクソゲーの話で盛り上がった")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 10's false alarms: 「くらい」 after an insult word is a degree, like 「ほど」; a pet called デブ.
    [TestCase("激辛ラーメン、頭おかしいくらい辛かった")]
    [TestCase("激辛ラーメン、頭おかしいぐらい辛かった")]
    [TestCase("うちの猫、今日もデブ猫まっしぐら")]
    [TestCase("うちの猫、今日もﾃﾞﾌﾞ猫まっしぐら")]
    public Task Leaves_challenge_set_10s_false_alarms_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    [TestCase("あいつ{|GR1001:頭おかしい|}")]
    [TestCase("あいつ{|GR1001:頭おかしい|}。くらいつく気もない")]
    [TestCase("{|GR1501:お前みたいな|}{|GR1001:デブ|}、見たくない")]
    public Task Still_flags_the_insults_themselves(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    // Tuned on challenge set 9: critics told to keep quiet, a person called useless.
    [TestCase("文句ばかりの{|GR1501:外野は黙って|}て")]
    [TestCase("{|GR1501:素人は黙って|}て")]
    [TestCase("新しい{|GR1001:担当、使えなさすぎ|}て笑うしかない")]
    [TestCase("新しい{|GR1001:担当、ﾏｼﾞで使えない|}")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("このことはみんなには黙っててね")]
    [TestCase("このアプリ、使えなさすぎて笑うしかない")]
    [TestCase("黙っててごめん、実は転勤が決まりました")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: 「恥ずかしくないの」 to a critic, 「黙っとけ」, an empty head.
    [TestCase("その程度の理解で市政を語るとか、{|GR1501:恥ずかしくないの|}？")]
    [TestCase("揚げ足取りしかできないなら{|GR1501:黙っとけ|}よ")]
    [TestCase("あの議員、{|GR1001:頭空っぽ|}なんだろうな")]
    [TestCase("あの議員、{|GR1001:頭からっぽ|}なんだろうな")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("失敗しても恥ずかしくないので、どんどん質問してください")]
    [TestCase("冷蔵庫が空っぽ。買い出しに行かなきゃ")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge set 12: contempt measured against a child's level, a critic not worth answering, 老いぼれ.
    [TestCase("係長の企画書、{|GR1501:小学生レベルで読む気失せ|}た")]
    [TestCase("こんな資料、{|GR1501:幼稚園児並みで話にならない|}")]
    [TestCase("@critic_01 いちいち絡んでくるとか、{|GR1501:相手するだけ時間の無駄|}")]
    [TestCase("傍聴席の{|GR1001:老いぼれ|}、いびきがうるさい")]
    [TestCase("傍聴席の{|GR1001:老いボレ|}、いびきがうるさい")]
    [TestCase("係長の企画書、{|GR1501:小学生ﾚﾍﾞﾙで読む気失せ|}た")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("英語は小学生レベルだけど、旅行で何とか通じた")]
    [TestCase("小学生レベルの算数ドリルを息子と解いた")]
    [TestCase("夜更かしせずに早く寝てろって母に言われた")]
    [TestCase("老いぼれ犬のポチ、今日も元気に散歩")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge set 13: not reading the room, 「働いてから物言え」 to a critic, ジジババ (not in hiragana, not one's own).
    [TestCase("説明会で同じ質問ばかりの人、{|GR1501:空気読めなさすぎて引|}いた")]
    [TestCase("@critic 文句ばっか言ってないで{|GR1501:働いてから物言え|}よ")]
    [TestCase("苦情の電話してくる{|GR1001:ジジババ|}、相手にしたくない")]
    [TestCase("苦情の電話してくる{|GR1001:ｼﾞｼﾞﾊﾞﾊﾞ|}、相手にしたくない")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("空気読めなさすぎて自己嫌悪。明日は気をつけよう")]
    [TestCase("うちのジジババ、孫が来て大喜び")]
    [TestCase("じじばば孝行してきた")]
    [TestCase("ニートが増えているという統計を研修で学んだ")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Set 15's false alarms, measured before any change: the word talked about (「老害って言葉」) and someone asked to
    // disappear together (「一緒に消えてくれる人」, a self-harm post, not an insult). Telling someone to disappear still is one.
    [TestCase("{|GR1001:消えてくれ|}、二度と窓口に来るな")]
    [TestCase("お前なんか{|GR1001:消えてくﾚ|}")]
    [TestCase("傍聴に来てた{|GR1001:老害|}、声がでかいだけ")]
    public Task Flags_what_set_15s_precision_fixes_keep(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("老害って言葉、使う側の品位が問われると思う")]
    [TestCase("ﾛｳｶﾞｲって言葉、使う側の品位が問われると思う")]
    [TestCase("老害っていう言葉は好きじゃない")]
    [TestCase("一緒に消えてくれる人を探すより、まず相談窓口へ")]
    [TestCase("シミがきれいに消えてくれた")]
    public Task Leaves_set_15s_false_alarms_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge set 14: 「頭使えよ」 at someone, 「できないくせに態度」, 「哀れだね」 to a critic; not said of a cat or of oneself.
    [TestCase("話の通じない相手は本当に疲れる、{|GR1001:頭使えよ|}")]
    [TestCase("話の通じない相手、{|GR1001:頭使えﾖ|}")]
    [TestCase("隣の課の人、仕事{|GR1001:できないくせに態度|}ばかりでかい")]
    [TestCase("揚げ足取りしかできないの？{|GR1001:哀れだね|}")]
    [TestCase("揚げ足取りしかできないの？{|GR1001:哀 れ だ ね|}")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("パズルは頭使えよって父に言われた")]
    [TestCase("頭使ったら疲れた。甘いものが欲しい")]
    [TestCase("哀れな子猫を保護して、今はうちの子です")]
    [TestCase("態度だけはでかいうちの猫")]
    [TestCase("できないくせに見栄を張る自分が嫌になる")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Tuned on challenge set 15: 「親の顔が見てみたい」 is contempt; wanting to see one's parents is not.
    [TestCase("挨拶もまともにできない。{|GR1001:親の顔が見てみたい|}わ")]
    [TestCase("挨拶もまともにできない。{|GR1001:親の顔が見てﾐﾀｲ|}わ")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("親の顔を見に実家へ。元気そうで安心した")]
    [TestCase("久しぶりに親の顔が見たくなって帰省した")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 16 (tuned on after set 17 was measured): 救いようがない (a story's ending is not a person), お花畑 said of a mind (not of a flower bed), 人としての器, にも程がある after not listening.
    [TestCase("同じ質問を三回した人、ほんと{|GR1001:救いようがない|}")]
    [TestCase("あの課長は{|GR1001:救いようのない|}レベル")]
    [TestCase("批判するなら調べてから言えば？{|GR1001:頭の中お花畑かよ|}")]
    [TestCase("あの議員、{|GR1001:脳内お花畑|}")]
    [TestCase("怒鳴ってきたおっさん、{|GR1001:人としての器が小さ|}すぎ")]
    [TestCase("窓口の人、{|GR1001:哀れみすら感じる|}")]
    [TestCase("同じ質問を三回も。{|GR1001:話聞いてないにも程がある|}")]
    [TestCase("ほんと{|GR1001:救いようが\u200Bない|}")]
    [TestCase("ﾎﾝﾄ{|GR1001:救いようがない|}人")]
    [TestCase("{|GR1001:頭の中お花畑カヨ|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("この映画、救いようがない結末で泣いた")]
    [TestCase("救いようのない話だけど、最後まで読んでしまった")]
    [TestCase("頭の中お花畑みたいな春の公園")]
    [TestCase("自分の器が小さいなと反省した一日")]
    [TestCase("冗談にも程があるよ、と笑い合った")]
    [TestCase("救いの手を差し伸べる活動に参加しました")]
    [TestCase("頭の中がお花畑になるくらい綺麗な花壇")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 17 (tuned on after set 18 was measured): 社会のお荷物 and 口だけ番長 said of someone (not of not becoming one), 猿でもできるのに, telling someone to use their brain (not 使えば).
    [TestCase("ごねてた爺さん、ああいうのが一番{|GR1001:社会のお荷物|}")]
    [TestCase("隣の係の主任、{|GR1001:口だけ番長|}")]
    [TestCase("そういうの揚げ足取りって言うんだよ、{|GR1501:ちょっとは脳みそ使え|}")]
    [TestCase("何回教えても覚えない。{|GR1001:猿でもできるのに|}")]
    [TestCase("{|GR1501:ちょっとは頭使え|}")]
    [TestCase("主任、{|GR1001:口だけ番\u200B長|}")]
    [TestCase("{|GR1501:脳みそ使えよ|}")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("社会のお荷物なんて言われていい人はいない")]
    [TestCase("口だけじゃなく行動で示そう")]
    [TestCase("猿でもわかるパソコン入門という本を借りた")]
    [TestCase("頭を使うパズルが好き")]
    [TestCase("脳みそが疲れたので甘いものを食べる")]
    [TestCase("社会のお荷物にならないよう、健康づくりを頑張ろう")]
    [TestCase("口だけ番長にならないよう、まず自分が動きます")]
    [TestCase("脳みそ使えば使うほどお腹がすく")]
    [TestCase("少しは頭使えば解けるパズルだよ")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 18 (tuned on after set 19 was measured): contempt as 人生の無駄 and だけ一丁前, 鏡見てきたら? as a retort, 頭使って仕事して. A game 「相手するだけ時間の無駄な」 describes a thing, not a person.
    [TestCase("苦情の電話、{|GR1001:相手するだけ人生の無駄|}")]
    [TestCase("新人議員、{|GR1001:しゃべり方だけ一丁前|}")]
    [TestCase("偉そうに語る{|GR1501:前に鏡見てきたら|}？")]
    [TestCase("{|GR1501:鏡見てから言え|}")]
    [TestCase("{|GR1001:頭使って仕事してほしい|}")]
    [TestCase("{|GR1001:頭使っ\u200Bて仕事してほしい|}")]
    [TestCase("{|GR1001:ｼｬﾍﾞﾘ方だけ一丁前|}")]
    [TestCase("あんな人、{|GR1501:相手するだけ時間の無駄|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("人生の無駄な時間なんてない")]
    [TestCase("鏡見てきたら寝ぐせがすごかった")]
    [TestCase("うちの三歳児、口だけは一丁前になってきた")]
    [TestCase("頭使って仕事する日は甘いものが欲しくなる")]
    [TestCase("相手するだけ時間の無駄なゲームだと思ってたけど、やってみたら面白かった")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 20 (measured untuned, then this one fix): 「死ね」 inside the conditional 死ねば is no insult (「人は死ねばどうなるのか」 was reported); 死ねばいい and 死ねば？ still are.
    [TestCase("あんなやつ{|GR1001:死ねばいいのに|}")]
    [TestCase("そんなに辛いなら{|GR1001:死ねば？|}")]
    [TestCase("お前なんか{|GR1001:死ねばいい|}")]
    [TestCase("{|GR1001:死\u200Bねばいいのに|}")]
    [TestCase("{|GR1001:死ね|}")]
    public Task Flags_challenge_set_20s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("人は死ねばどうなるのか、という哲学の本を読んだ")]
    [TestCase("死ねば本望、と言えるほど好きな仕事")]
    [TestCase("死ねばもろとも、という言葉の意味を調べた")]
    public Task Leaves_challenge_set_20s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 19 (tuned on after set 21 was measured): a person called a monkey one cannot talk to, writing below a schoolchild's essay, being kept on taxes. A children's essay contest and a rebuttal of the taxes charge stay quiet.
    [TestCase("窓口のあの客、{|GR1001:話の通じない猿|}だわ")]
    [TestCase("あいつ{|GR1001:話の通じないｻﾙ|}かよ")]
    [TestCase("市議のブログ、{|GR1001:小学生の作文以下|}")]
    [TestCase("{|GR1001:税金で飼われてる自覚|}ないのかね")]
    [TestCase("{|GR1001:税金で飼われ\u200Bてるくせに|}偉そう")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("小学生の作文コンクールの表彰式を行いました")]
    [TestCase("税金で飼われているという批判は当たらないと思う。説明を尽くしたい")]
    [TestCase("猿の群れが山から下りてきました")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 20 (tuned on after set 22 was measured): telling a resident to stay home and shut up, 口出しすんな and 引っ込んでろ at a critic, 耳も頭も遠い. Staying home on a rainy day, advice one was given, and a grandfather's hearing stay quiet.
    [TestCase("暇な年金暮らしは{|GR1501:黙って家にいろ|}よ")]
    [TestCase("素人が{|GR1501:口出しすんな|}")]
    [TestCase("{|GR1501:文句あるなら|}引っ込んでろ")]
    [TestCase("あのじいさん、{|GR1001:耳も頭も遠|}くて話にならん")]
    [TestCase("素人が{|GR1501:口出しす\u200Bんな|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("雨の日は黙って家にいるのが一番")]
    [TestCase("親に口出しするなと言われて育った")]
    [TestCase("寒いので布団に引っ込んでます")]
    [TestCase("祖父は耳が遠くなってきたので補聴器を買った")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 21 (tuned on after set 23 was measured): 学習能力ゼロかよ, 「よくあれで係長になれたな」, not bothering with old people. The words about AI, a surprising win, and a quoted prejudice argued against stay quiet.
    [TestCase("同じこと5回聞いてくる。{|GR1001:学習能力ゼロか|}よ")]
    [TestCase("{|GR1501:よくあれで係長になれたな|}")]
    [TestCase("窓口に来る{|GR1501:年寄りは話が長い。相手してらんない|}")]
    [TestCase("{|GR1001:学習能力ｾﾞﾛか|}よ")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("学習能力ゼロの状態から、AIがどう学ぶかを解説します")]
    [TestCase("よくあれで優勝できたなと自分でも驚いている")]
    [TestCase("年寄りの話は中身ゼロなんて言う人がいるけど、経験に学ぶことは多い")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 22 (tuned on after set 24 was measured): an answer that rots the ears, a part-timer called useless, residents' letters called drivel. An idiom about a song heard often, kittens, an app in training, and one's own drunken talk stay quiet.
    [TestCase("あの議員の答弁、{|GR1001:聞いてるだけで耳が腐る|}")]
    [TestCase("新しい{|GR1001:バイトの子、言われたことしかできない。使えなさすぎ|}")]
    [TestCase("意見箱の投書、{|GR1001:クレーマーの戯言|}ばっか")]
    [TestCase("{|GR1001:新人、何回言っても覚えない。ほんと使えねー|}やつ")]
    [TestCase("{|GR1001:聞いてるだけで耳が腐\u200Bる|}")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("耳が腐るほど聞いた名曲だけど、生で聴くとやっぱりいい")]
    [TestCase("見てるだけで目が癒やされる子猫の動画")]
    [TestCase("このアプリ、新人研修で使えなさすぎて困った。改善を要望します")]
    [TestCase("酔っ払いの戯言だと思って聞き流してください")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 23 (tuned on after set 25 was measured): a caller called a time thief, a colleague all talk (口だけ達者), a critic told he has no right to speak. A game that eats one's time, a child's chatter, and one's own modesty stay quiet.
    [TestCase("さっきの苦情の{|GR1001:電話、同じ話を延々と。時間泥棒にもほどがある|}")]
    [TestCase("隣の課の主査、仕事できない{|GR1001:くせに口だけ達者|}")]
    [TestCase("{|GR1001:あなたみたいな人に税金の使い道を語る資格なし|}")]
    [TestCase("{|GR1001:主査は口だけは達\u200B者|}")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("このゲーム、時間泥棒にもほどがある。気づいたら朝だった")]
    [TestCase("子どもは口だけ達者になってきた。成長を感じる")]
    [TestCase("口だけは達者な5歳児、今日も元気です")]
    [TestCase("自分に語る資格はないけれど、平和について考えた一日")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 24 (tuned on after set 26 was measured): a director called a fossil and told to retire, a critic called petty (器ちっさ). A museum fossil, a retirement regretted, a small dish, and a generous person stay quiet.
    [TestCase("うちの{|GR1001:部長、判断が遅すぎて化石かと思う。早く引退してくれ|}")]
    [TestCase("@sato_m 反論できないからって{|GR1001:ブロックとか、器ちっさ|}")]
    [TestCase("反論できないから{|GR1001:ブロックとか、器ﾁｯｻ|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("部長と博物館へ。恐竜の化石かと思うほど大きな骨があった")]
    [TestCase("課長、来年で定年。早く引退してくれ、なんて誰も思ってない。寂しい")]
    [TestCase("この器ちっさいけど、お菓子を盛るとかわいい")]
    [TestCase("反論されても怒らない人は器が大きい")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 25 (tuned on after set 27 was measured): an insult applied to someone by way of talking about the word (給料泥棒って言葉はこの人のためにある), residents told to use their heads before coming. A training on the word, a puzzle event, and one's own plan stay quiet.
    [TestCase("新任の係長、仕事できなさすぎて笑える。{|GR1001:給料泥棒|}って言葉はこの人のためにある")]
    [TestCase("説明会に来た住民、質問が的外れすぎ。もう少し{|GR1001:頭使ってから来てほしい|}")]
    [TestCase("{|GR1001:給料泥棒|}って言葉はこの人のためにあ\u200Bる")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("「給料泥棒」って言葉は使わないようにしよう、と研修で習った")]
    [TestCase("頭を使ってから来てね、と謎解きイベントの案内に書いてあった")]
    [TestCase("もう少し頭使って計画を立てればよかった。反省")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 26 (tuned on after set 28 was measured): a director who naps on the taxpayer's money called dead weight. Luggage offered to be carried and camping gear stay quiet.
    [TestCase("うちの{|GR1001:課長、会議で寝てばっかり。税金で昼寝してるお荷物|}")]
    [TestCase("{|GR1001:課長、会議で寝てばっかり。税金で昼寝してる\u200Bお荷物|}")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("部長、お荷物お持ちしましょうか")]
    [TestCase("課長の荷物、重くてとんだお荷物だった（笑）キャンプ道具")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 27 (tuned on after set 29 was measured): a caller likened to talking to a monkey, a critic's posts called a waste of time to read. A zookeeper, a useful tip, a book review, and a note on blocking stay quiet.
    [TestCase("今日来た{|GR1001:苦情の人、言葉が通じない。サルと話してる|}みたいだった")]
    [TestCase("@tanaka_y 文句ばっかりの{|GR1001:あなたの投稿、読むだけ時間の無駄|}。二度と絡まないで")]
    [TestCase("{|GR1001:苦情の人、ｻﾙと話してる|}みたいだった")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("動物園の飼育員さん、サルと話してるみたいに仲良し")]
    [TestCase("あなたの投稿、時間の無駄を省くコツが参考になりました")]
    [TestCase("この本、読むだけ時間の無駄だった。次は別の作家を読もう")]
    [TestCase("二度と絡まないでください、というメッセージはブロック機能で伝わります")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 28 (tuned on after set 30 was measured): a caller's upbringing sneered at, a section chief worse than an ornament, a critic called a loser. Tomatoes, an ornament, and a coach's sympathy stay quiet.
    [TestCase("窓口でずっとタメ口の{|GR1001:おばさん、育ちが悪い|}のが丸わかり")]
    [TestCase("うちの係長、何聞いても『わからない』しか言わない。{|GR1001:置物以下|}")]
    [TestCase("@mori_k {|GR1001:匿名でしか吠えられない|}負け犬がうるさい")]
    [TestCase("係長、{|GR1001:置物以\u200B下|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("今年はトマトの育ちが悪い。日照不足かな")]
    [TestCase("この置物、玄関にぴったり")]
    [TestCase("負け犬の気持ちもわかる、と監督は言った")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 29 (tuned on after set 31 was measured): a resident asked whether they have ears, a caller whether they have eyes. Rabbit ears on a headband and a question about a plush toy stay quiet.
    [TestCase("説明会で同じ質問を3回した住民、{|GR1001:耳ついてんのかな|}")]
    [TestCase("何回言ったらわかるの。{|GR1001:目ついてんのかよ|}")]
    [TestCase("{|GR1001:耳ついてんのｶﾅ|}")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("うさぎの耳ついてんのかわいい。カチューシャ買っちゃった")]
    [TestCase("このぬいぐるみ、耳ついてますか？と聞かれたので、ついてますと答えました")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);

    // Challenge set 30 (tuned on after set 32 was measured): a critic told to be useful to society before speaking. Regret, a mother's joke, and a friend's invitation stay quiet.
    [TestCase("@kei_s 文句ばかりのおっさん、どうせ暇なんでしょ。社会の{|GR1501:役に立ってから言え|}")]
    [TestCase("社会の{|GR1501:役に立ってから言ｴ|}")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<DisrespectRule>.VerifyAsync(markup);

    [TestCase("確認してから言えばよかった。反省")]
    [TestCase("全部食べてから言えよ、と母に笑われた")]
    [TestCase("どうせ暇なんでしょ？と友達に誘われて、映画を見に行った")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<DisrespectRule>.VerifyAsync(text);
}
