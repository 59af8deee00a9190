using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class IllegalActRuleTests
{
    [TestCase("見かけたら{|GR1003:殴っていい|}よ。俺が許す")]
    [TestCase("深夜の高速、１８０{|GR1003:キロ出してみた|}")]
    [TestCase("ビール5杯飲んで結局自分の{|GR1003:車で帰|}ったｗ")]
    [TestCase("{|GR1003:大.麻|}って海外なら合法だし、一回くらい試してみな")]
    [TestCase("手押しで{|GR1003:ﾏﾘﾌｧﾅ|}買える人いたらDMください")]
    [TestCase("久々に {|GR1003:シ ャ ブ|} キメたら仕事はかどった")]
    [TestCase("新刊、いつものサイトで{|GR1003:全巻タダで読|}めた")]
    [TestCase("出張の交通費、毎回ちょっと{|GR1003:多めに申請|}してる")]
    [TestCase("取引先の治験、まだ発表前だけど失敗らしい。{|GR1003:株売っとこ|}")]
    [TestCase("@anti_chiba {|GR1003:特定したからな|}。ぶっ殺すぞ")]
    public Task Flags_admitted_or_encouraged_illegal_acts(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("会社の忘年会はしゃぶしゃぶ食べ放題")]
    [TestCase("神社で大麻（おおぬさ）を振ってお祓いしてもらった")]
    [TestCase("飲酒運転は絶対ダメ。忘年会シーズン、ハンドルキーパー運動にご協力を")]
    [TestCase("『ダメ。ゼッタイ。』薬物乱用防止教室。大麻の危険性について警察の方からお話がありました")]
    [TestCase("海賊版サイトで漫画を読むのはやめよう")]
    [TestCase("覚醒剤を買った疑いで男を逮捕")]
    [TestCase("ビールを飲んだ日は電車で帰ります")]
    [TestCase("ミステリー小説読了。犯人の殺し方がトリッキーすぎた")]
    [TestCase("子どもとマリカーで対戦。逆走して爆笑された")]
    public Task Leaves_prevention_news_and_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // The sixth session's broader evidence: drinking occasions, piracy downloads, "nobody will notice", threats to property.
    [TestCase("昨日の忘年会のあと、そのまま{|GR1003:車運転して帰|}った")]
    [TestCase("この漫画、{|GR1003:ｚｉｐで落と|}せるよ")]
    [TestCase("交通費は多めに出し{|GR1003:てもﾊﾞﾚない|}って")]
    [TestCase("あいつの車、{|GR1003:タ イ ヤ に 穴|}開けてやる")]
    public Task Flags_the_broader_evidence(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("忘年会の帰りは電車で帰ります。車は置いていきます")]
    [TestCase("違法サイトで漫画を読むのはやめましょう")]
    [TestCase("サプライズの準備、子どもにバレないように進行中")]
    [TestCase("タイヤの空気圧、月に一度は点検を")]
    public Task Leaves_lookalikes_of_the_broader_evidence_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // The seventh session's evidence: threats in their volitional forms, padded expenses.
    [TestCase("あの野郎、{|GR1003:殴ってやる|}")]
    [TestCase("{|GR1003:ﾎﾞｺﾎﾞｺにしてやる|}からな")]
    [TestCase("事務所に{|GR1003:火つけてﾔﾛ|}ｳかな")]
    [TestCase("出張旅費は{|GR1003:水増しし|}ておいた")]
    public Task Flags_the_seventh_sessions_evidence(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("経費を水増ししないよう、領収書の確認を徹底しましょう")]
    [TestCase("暴力は絶対ダメ。殴ってやるなんて言葉も使わないで")]
    [TestCase("カラ出張の問題が報道されていました")]
    [TestCase("市議会の中継は無料で見られるサイトで公開しています")]
    public Task Leaves_prevention_and_news_of_the_new_acts_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // The eighth session's evidence: violent verbs in their going-to and volitional forms, lost property kept, downloads before release.
    [TestCase("あいつの家、今夜{|GR1003:火をつけに行く|}")]
    [TestCase("あいつ{|GR1003:刺し​に行く|}わ")]
    [TestCase("文句あるなら{|GR1003:ﾎﾞｺりに行こう|}か")]
    [TestCase("{|GR1003:拾った財布、交番に届けずに|}そのまま使った")]
    [TestCase("{|GR1003:発売前のゲーム、もう落とせるサイト|}あるよ")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("週末は薪割りに行く予定")]
    [TestCase("とどめを刺しに行く展開に鳥肌")]
    [TestCase("拾った財布を交番に届けました")]
    [TestCase("拾った財布を届けずに持っていると犯罪になります")]
    [TestCase("発売前の新刊を予約しました")]
    [TestCase("発売前の新作ゲーム、予約が落とせるか心配")]
    [TestCase("カロリーを燃やしてやる！ジムに行ってきます")]
    [TestCase("あいつを殺しに行く、という台詞が印象的な映画でした")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // The eighth session's vocabulary: a wrongdoing not caught, a document altered, stones thrown.
    [TestCase("{|GR1003:違法だけど誰も捕まってない|}から大丈夫")]
    [TestCase("出張の領収書、ちょっと{|GR1003:金額書き換えて|}精算した")]
    [TestCase("あの事務所に{|GR1003:石投げてやろう|}かな")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("違法駐輪は撤去の対象です。見逃されることはありません")]
    [TestCase("領収書の日付を書き換えてはいけません")]
    [TestCase("子どもたちが川に石を投げて遊んでいました")]
    [TestCase("ホームの柵を乗り越えて線路に降りるのは危険です")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 7: office supplies taken home, standing in for an offender, threats to 「シメる」.
    [TestCase("職場の{|GR1003:コピー用紙、家のプリンター用に持って帰ってる|}")]
    [TestCase("スピード違反、友達に{|GR1003:身代わりで出頭|}してもらった")]
    [TestCase("あのクレーマー、{|GR1003:裏で締めとく|}わ")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("コピー用紙は各課で持ち帰って補充してください")]
    [TestCase("公用車を私用で使ってはいけません")]
    [TestCase("今日は家でシメのラーメン")]
    [TestCase("身代わりになってくれた同僚に感謝")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // A scene of a film, a novel or a game is a story, not a threat.
    [TestCase("あいつの家、今夜{|GR1003:火をつけに行く|}")]
    public Task Flags_threats_outside_stories(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("映画で主人公が敵を殺しに行くシーン、鳥肌ものでした")]
    [TestCase("ゲームでボスを殴りに行くところ")]
    public Task Leaves_threats_outside_stories_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 8: paid software copied, expenses claimed for a dearer fare, a threat of harm.
    [TestCase("{|GR1003:有料ソフト、家のPCにもコピーして使って|}る")]
    [TestCase("実際は電車{|GR1003:なのにタクシー代で申請してる|}")]
    [TestCase("あのブロガー、そのうち{|GR1003:痛い目見せてやる|}")]
    [TestCase("あのブロガー、そのうち{|GR1003:痛い目見せ\u200Bてやる|}")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("有料ソフトのライセンスは、台数分だけ購入しています")]
    [TestCase("実際はバスで通勤しているので、バス代で申請しました")]
    [TestCase("本当は電車の方が早いけど、通勤手当はバス代で申請してる")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 9: pirate sites.
    [TestCase("発売前の漫画、{|GR1003:海外サイトで全部読める|}よ")]
    [TestCase("発売前の漫画、{|GR1003:海外サイトで\u200B全部読める|}よ")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("海外サイトで買ったスニーカーが届いた")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: vandalism, office supplies taken home, a new film on a pirate site, expenses
    // for private things, plates hidden from speed cameras.
    [TestCase("ムカつく客の車に{|GR1003:10円パンチ|}してきた")]
    [TestCase("備品の{|GR1003:プリンタ用紙、家でこっそり使って|}る")]
    [TestCase("最新映画、{|GR1003:公開初日にもう無料で見れるサイト|}があるよ")]
    [TestCase("会社の{|GR1003:経費で私物|}のパソコン買っちゃった")]
    [TestCase("オービス、{|GR1003:ナンバー隠せば|}逃げられるよ")]
    [TestCase("海外製の薬、実は{|GR1003:日本じゃ違法|}なやつ")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("10円玉で遊ぶパンチングゲーム、子どもが大喜び")]
    [TestCase("備品の貸し出しは総務課へ。家で使う場合も申請してください")]
    [TestCase("最新映画の公開初日、舞台挨拶に行ってきた")]
    [TestCase("日本では違法な薬物の持ち込みに注意してください")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 12: poisoned bait, selling fakes, leaving without paying at a self-checkout, a staff card used for free private parking.
    [TestCase("隣の犬がうるさいから、{|GR1003:毒入りのエサ|}置いといた")]
    [TestCase("{|GR1003:偽ブランドのバッグ、フリマで売った|}ら結構儲かった")]
    [TestCase("セルフレジ、たまに{|GR1003:スキャンしないで持って帰ってる|}")]
    [TestCase("市の駐車場、{|GR1003:職員証見せれば私用でもタダ|}で停められる")]
    [TestCase("{|GR1003:スーパーコピーの時計、ネットで売った|}")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("毒入りのエサに注意！ネズミ駆除剤をペットが食べないように")]
    [TestCase("偽ブランド品を売るのは犯罪です")]
    [TestCase("偽物をつかまされたので消費生活センターに相談した")]
    [TestCase("スキャンしないで持って帰ると万引きになります")]
    [TestCase("職員証は私用で使わないことになっています")]
    [TestCase("〇〇不動産の社長、脱税してるって有名だよ")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 13: travel-expense differences pocketed, a found wallet emptied, a guessed password used.
    [TestCase("{|GR1003:出張の新幹線、実際は高速バスで行って差額はお小遣い|}にしてる")]
    [TestCase("{|GR1003:拾った財布、中身の3万だけもらって|}捨てといた")]
    [TestCase("上司のSNS、{|GR1003:パスワード推測してログインしてみたら|}入れた")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("拾った財布、中身を確認して交番に届けた")]
    [TestCase("パスワード推測されないように長くしましょう")]
    [TestCase("出張の差額精算は総務課へ")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 14: parking where it is banned (not someone else's car), copies burned and handed out, a tracked-down home visited, a commuter pass shared.
    [TestCase("{|GR1003:駐禁エリアだけど、役所の用事だから毎回車停めてる|}")]
    [TestCase("ﾁｭｳｷﾝって書いてあるけど、{|GR1003:駐禁エリアに毎回停めてる|}")]
    [TestCase("ネットで拾った映画、DVDに{|GR1003:焼いて友達に配|}った")]
    [TestCase("あの市議の{|GR1003:自宅、特定したから今度直接文句言いに行く|}")]
    [TestCase("{|GR1003:定期券、家族と使い回して|}る。改札は普通に通れる")]
    [TestCase("{|GR1003:定期券、家族と使い回ｼて|}る")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("駐禁の場所に停めてる車を見かけたら警察へ")]
    [TestCase("駐車禁止の標識が見えにくいので、市に要望を出した")]
    [TestCase("DVDに焼いて祖父母に孫の運動会の動画を渡した")]
    [TestCase("配信の不具合の原因を特定したから直接現場に行く")]
    [TestCase("定期的に使い回してる保冷剤、そろそろ替えどき")]
    [TestCase("定期券を更新した。家族の分もまとめて")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Tuned on challenge set 15: the office copier used for one's own print run, appliances dumped in the hills; a report of dumping or a new copier is not.
    [TestCase("{|GR1003:市役所のコピー機で自分の同人誌|}100部刷った。紙代浮いた")]
    [TestCase("{|GR1003:職場のコピー機で私用|}の年賀状を刷った")]
    [TestCase("ゴミ処理代ケチって、古い家電を{|GR1003:山に捨ててきた|}")]
    [TestCase("古い家電を{|GR1003:山に捨ててｷﾀ|}")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("市役所のコピー機が新しくなって速い")]
    [TestCase("週末は同人誌の即売会に行ってきた")]
    [TestCase("山に捨てられたゴミを拾うボランティアに参加した")]
    [TestCase("不法投棄を見つけたら環境局までご連絡ください")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 16: a fuel card used for one's own car, taking things from a house entered uninvited, application papers altered for points, threats to a resident.
    [TestCase("公用車の{|GR1003:ガソリンカード、たまに自分の車にも入れ|}てる")]
    [TestCase("空き家に{|GR1003:勝手に入って中の物持ってきた|}")]
    [TestCase("保育園の申請、{|GR1003:点数上がるから書類いじった|}")]
    [TestCase("クレーマーの家に行って{|GR1003:脅してやろう|}かな")]
    [TestCase("{|GR1003:離婚したことにしとけば|}点数上がる")]
    [TestCase("空き家に{|GR1003:勝手に入って持って帰った|}")]
    [TestCase("{|GR1003:ガソリンカード、たまに自分の車にも入れ|}てる")]
    [TestCase("空き家に{|GR1003:勝手に入って中の物持ってｷﾀ|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("ガソリンカードの使い方を研修で教わった。自分の車には使えない")]
    [TestCase("自分の車にも給油してから出かけた")]
    [TestCase("お土産を持ってきた")]
    [TestCase("申請書類を確認して提出しました")]
    [TestCase("驚かしてやろうと思ってサプライズを準備")]
    [TestCase("勝手に入ってくる猫がかわいい")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 17: a receipt's amount written up, sleeping pills handed on without a prescription, a time card punched by a colleague.
    [TestCase("出張の領収書、ちょっと{|GR1003:金額書き足し|}といた")]
    [TestCase("睡眠薬を{|GR1003:処方箋なしで分けて|}もらえる")]
    [TestCase("{|GR1003:タイムカードは同僚に押して|}もらってる")]
    [TestCase("領収書、{|GR1003:金額書き\u200B足し|}といた")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("領収書の宛名を書き足してもらった")]
    [TestCase("処方箋なしで買える市販薬もあります")]
    [TestCase("タイムカードは出勤したらすぐ押してください")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 18: taking office supplies home, leaving a car park without paying, splitting an inflated quote's difference with a contractor. A notice about supplies or a broken gate, or a split petrol bill, is lawful.
    [TestCase("市の備品の{|GR1003:プリンター用紙、家で使う分|}ちょっと持ち帰ってる")]
    [TestCase("駐車場の{|GR1003:ゲートが上がってたからタダで出てきた|}")]
    [TestCase("業者に{|GR1003:見積もり高めに出してもらって差額は折半|}")]
    [TestCase("{|GR1003:コピー用紙、家で使う分|}ちょっと持ち帰\u200Bってる")]
    [TestCase("{|GR1003:駐車場、ﾀﾀﾞで出てきた|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("市の備品の貸し出しは総務課で受け付けています")]
    [TestCase("コピー用紙の持ち帰りは禁止です")]
    [TestCase("駐車場の精算機が故障中です。ゲートは係員が開けます")]
    [TestCase("ガソリン代の差額は折半しようって友達と決めた")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 19: a blank receipt to fill in later, a threat to make someone pay (思い知らせに行く), a film recorded whole in the cinema. A notice refusing blank receipts, watching a film to the end, and learning a lesson the hard way stay quiet.
    [TestCase("会議費の領収書、{|GR1003:白紙のをもらっ|}といた")]
    [TestCase("{|GR1003:金額は後で好きに書|}けるから便利")]
    [TestCase("今夜ちょっと{|GR1003:思い知らせに行く|}")]
    [TestCase("あいつに{|GR1003:思い知らせてやる|}")]
    [TestCase("最新映画、{|GR1003:公開初日にスマホで全部撮ってきた|}")]
    [TestCase("ｻｲｼﾝ映画は無理だけど、最新映画を{|GR1003:映画館で全部撮った|}")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("白紙の領収書は受け付けません。金額と宛名を記入してもらってください")]
    [TestCase("最新映画を映画館で見てきた。最後まで泣けた")]
    [TestCase("悔しさを思い知らされた試合だった")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 20: claiming a train fare for a trip made by car, cannabis received, a borrowed account used to download paid videos. Settling actual costs, a note on terms of use, and the shrine's 大麻 (おおぬさ) stay quiet.
    [TestCase("{|GR1003:実際は車で行ったけど電車代で請求しといた|}")]
    [TestCase("友達から{|GR1003:大麻もらった|}")]
    [TestCase("友達の{|GR1003:アカウント借りて全部ダウンロード|}した")]
    [TestCase("友達から{|GR1003:大麻|}吸ってみた")]
    [TestCase("{|GR1003:実際は車で行ったけど電車代で精算しといた|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("実際は車で行ったので、ガソリン代で精算しました")]
    [TestCase("友達のアカウント借りてログインするのは規約違反です")]
    [TestCase("神社で大麻（おおぬさ）を振ってお祓いしてもらった")]
    [TestCase("大麻の乱用防止キャンペーンのポスターをもらった")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 21: overtime claimed without being worked, a threat to poison a neighbour's dog. Recording one's hours honestly, the rule against the fraud, and vitamins in a bird's food stay quiet.
    [TestCase("{|GR1003:残業してないけど、月20時間つけとけば|}誰にもバレない")]
    [TestCase("隣の家の犬がうるさいから、{|GR1003:餌に何か混ぜてやろ|}うかな")]
    [TestCase("実際は{|GR1003:残業してないけど申請した|}")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("残業してないけど、勤怠はちゃんとつけてる")]
    [TestCase("残業してないのに残業代を請求するのは不正です")]
    [TestCase("鳥の餌に何か混ぜてあげると喜ぶらしい。ビタミン剤とか")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 22: shopping in the public car, a coupon bug exploited, gift vouchers from a contractor. The rules against them (禁止されています, 違反です), a bug reported, and a returned gift stay quiet.
    [TestCase("昼休みに{|GR1003:公用車でちょっと買い物|}行ってきた")]
    [TestCase("クーポンの{|GR1003:コード、何回でも使えるバグ|}あるから使いまくってる")]
    [TestCase("{|GR1003:業者さんから商品券もらっ|}ちゃった。契約の件よろしくって")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("公用車で買い物に行くのは禁止されています")]
    [TestCase("公用車での寄り道は服務規律違反です")]
    [TestCase("クーポンのコードが使えないバグ、サポートに報告した")]
    [TestCase("業者さんからお中元をもらっても受け取れません。お返ししています")]
    [TestCase("業者から見積もりをもらった")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 23: a relative's car parked in staff spaces, a party paid as a meeting expense, a bicycle taken by breaking its lock, a threat to go to a customer's home. Bicycles removed from a no-parking spot, the rule on meeting expenses, a theft warning, and a friend who comes over to help stay quiet.
    [TestCase("庁舎の駐車場、職員用の枠に親戚の車{|GR1003:こっそり停めさせ|}てる")]
    [TestCase("昨日の歓送迎会の二次会、{|GR1003:会議費で落とし|}といた")]
    [TestCase("駅の自転車置き場の自転車、{|GR1003:鍵壊して乗って帰|}った")]
    [TestCase("ムカつく客の車、{|GR1003:ナンバー控えたから家まで行ってやる|}")]
    [TestCase("二次会、{|GR1003:会議費で落とし|}ﾄｲﾀ")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("こっそり停めておいた自転車が撤去されました。駐輪場を使いましょう")]
    [TestCase("会議費で落とせるのは会議に必要な経費だけです。二次会は対象外です")]
    [TestCase("自転車の鍵を壊して乗っていく盗難が増えています。ツーロックを")]
    [TestCase("家まで行ってやるよ、と友達が引っ越しの手伝いに来てくれた")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 24: a side job without permission, a fence climbed into a closed riverbank, alcohol served to a minor, city equipment sold online. The rules and warnings against them, a shift never applied for, sweet sake for a son, and one's own things sold stay quiet.
    [TestCase("休日に{|GR1003:副業でウーバーやってる。許可？取ってない|}けど誰も気づかない")]
    [TestCase("{|GR1003:立ち入り禁止の河川敷、フェンス乗り越えて|}釣りしてきた")]
    [TestCase("昨日の飲み会、{|GR1003:未成年のバイトの子にもお酒飲ませ|}ちゃった")]
    [TestCase("市の{|GR1003:備品のノートPC、メルカリで売った|}ら結構いい値段になった")]
    [TestCase("{|GR1003:備品のノートPC、ﾒﾙｶﾘで売った|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("副業は許可を取ってから。許可取ってない人は人事課へ相談を")]
    [TestCase("アルバイトの申請してないシフト、店長に確認した")]
    [TestCase("立ち入り禁止のフェンスを乗り越えて遊ぶ子どもがいます。危険です")]
    [TestCase("未成年にお酒を飲ませるのは法律違反です")]
    [TestCase("高校生の息子に甘酒を飲ませたら喜んだ")]
    [TestCase("不要になった私物をメルカリで売った。部屋がすっきり")]
    [TestCase("貸与品をメルカリに出した職員が処分されました。公物の私的処分は厳禁です")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 25: the city car used for a child's cram school, persimmons taken from an empty house, an office to be set on fire, a drunk to be pushed onto the tracks. A welfare transport service, the rule, one's own garden, a call for information, a coach's pep talk, and a platform safety notice stay quiet.
    [TestCase("{|GR1003:公用車で子どもの塾の送り迎え|}してる。ガソリン代浮くし")]
    [TestCase("近所の{|GR1003:空き家の庭の柿、勝手に取ってきた|}。誰も住んでないしいいよね")]
    [TestCase("あの議員の事務所、{|GR1003:火つけてやりたい|}。本気で")]
    [TestCase("駅のホームで酔っ払いを{|GR1003:線路に突き落としたく|}なった。みんなやればいいのに")]
    [TestCase("{|GR1003:空き家の柿、勝手に取ってｷﾀ|}")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("公用車で高齢者の送り迎えを行う福祉事業を始めました")]
    [TestCase("公用車の私的利用（子どもの送り迎え等）は禁止です")]
    [TestCase("うちの庭の柿、子どもが勝手に取ってきた。おいしかった")]
    [TestCase("空き家の庭の柿を勝手に取ってきた人がいたら、ご連絡ください")]
    [TestCase("やる気に火をつけてやる！と監督が言ってくれた")]
    [TestCase("線路に突き落とされる事件が起きています。ホームでは白線の内側に")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 26: manga read on a pirate site at work, a shop clerk's name and workplace exposed in revenge, a bomb hoax call contemplated. Warnings against each stay quiet.
    [TestCase("昼休みに職場のパソコンで有料マンガの{|GR1003:違法サイト見てる|}。タダで全部読める")]
    [TestCase("あの店員の態度、ムカついたからSNSで{|GR1003:本名と勤務先を晒し|}てやった")]
    [TestCase("市役所に{|GR1003:爆弾仕掛けた|}って電話してみたい。どうなるか見てみたい")]
    [TestCase("{|GR1003:違法サイト見て\u200Bる|}")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("違法サイトで漫画を読むのはやめましょう。作者に収益が届きません")]
    [TestCase("晒してやった、という投稿は名誉毀損になることがあります。注意しましょう")]
    [TestCase("爆弾仕掛けたという電話は、偽計業務妨害罪になります")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 27: the coffee fund's surplus pocketed, a contractor's summer gift shared out. A neighbourhood fund carried over and quotations compared stay quiet.
    [TestCase("職場のコーヒー代の集金、{|GR1003:余った分はこっそり自分の財布に|}入れてる")]
    [TestCase("{|GR1003:業者から受け取ったお中元、課のみんなで山分け|}した。お礼状は出してない")]
    [TestCase("集金の{|GR1003:余った分、自分の財布に|}入れ\u200Bてる")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("町内会費の集金、余った分は来年度に繰り越します")]
    [TestCase("業者から受け取った見積書を、課のみんなで比較した")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 28: films pirated over the office Wi-Fi (a film named as the object of piracy is not fiction), a residence certificate issued without a proxy letter, overtime claimed for hours at home, a threat to push a caller down the stairs. Calls to report, the rules, a victim's account, and a case found and punished stay quiet.
    [TestCase("庁舎のWi-Fiで映画の{|GR1003:違法ダウンロードしてる|}。速いから最高")]
    [TestCase("{|GR1003:住民票の写し、知り合いに頼まれたから本人の委任状なしで出して|}あげた")]
    [TestCase("時間外の手当、実際は{|GR1003:家にいた時間もつけて申請|}してる")]
    [TestCase("あのクレーマーのじいさん、次来たら階段から{|GR1003:突き飛ばしてやる|}")]
    [TestCase("映画の{|GR1003:違法ダウンロードしてﾙ|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("違法ダウンロードしてるサイトを見つけたら、通報してください")]
    [TestCase("映画の違法ダウンロードは犯罪です")]
    [TestCase("突き飛ばしてやる、と言われて怖かった、という相談が寄せられています")]
    [TestCase("住民票の写しは、委任状なしで出してあげることはできません")]
    [TestCase("実際は家にいた時間もつけて申請してる、という不正が発覚し処分されました")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 29: the loss of residents' documents kept quiet, an unlocked bicycle taken, a bid's draft specification shown to a contractor before the bid. A lost umbrella, a loss reported, the reporting rule, a call to the caretaker, and answers published to every bidder stay quiet.
    [TestCase("住民から預かった書類、家で作業しようと思って持ち帰ったら{|GR1003:電車に置き忘れた。黙っとこ|}")]
    [TestCase("駅の駐輪場の自転車、{|GR1003:鍵かかってなかったから借りて帰った|}。返してない")]
    [TestCase("知り合いの業者に、{|GR1003:入札前に仕様書の案を見せてあげた|}。お礼はもらってない")]
    [TestCase("{|GR1003:入札前に仕様書の案を見せてｱｹﾞﾀ|}")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("傘を電車に置き忘れた。まあいいか")]
    [TestCase("書類を置き忘れたことに気づいてすぐ上司に報告しました")]
    [TestCase("USBメモリを紛失した場合は、すぐに情報政策課へ報告してください")]
    [TestCase("鍵がかかってなかったので、管理人さんに連絡しました")]
    [TestCase("入札前に質問を受け付け、回答は全業者に公開しています")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);

    // Challenge set 30: library books sold online, a friend's licence borrowed to rent a car, vending takings skimmed, rubbish stuffed into a neighbour's letterbox. Free recycled books, the law, a tally of takings, a charity count, leaflets, and rubbish-sorting advice stay quiet.
    [TestCase("市の{|GR1003:図書館の本、返すの面倒だからメルカリで売|}っちゃった")]
    [TestCase("友達{|GR1003:の免許証借りて|}、レンタカー借りてきた。自分のは停止中だから")]
    [TestCase("職員用の自販機の{|GR1003:売上金、鍵の場所知ってるからたまに抜いてる|}")]
    [TestCase("むかつく隣人の家の{|GR1003:郵便受けに、生ごみ詰めといて|}やった")]
    [TestCase("{|GR1003:売上金、たまに抜いてﾙ|}")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<IllegalActRule>.VerifyAsync(markup);

    [TestCase("図書館のリサイクル本、自由にお持ち帰りください")]
    [TestCase("免許証を借りて運転することは犯罪です")]
    [TestCase("売上金の集計が終わった。今月は好調")]
    [TestCase("募金箱の中身を数えて、全額を社会福祉協議会に届けました")]
    [TestCase("郵便受けにチラシを入れておきました")]
    [TestCase("生ごみは水を切ってから出してください")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<IllegalActRule>.VerifyAsync(text);
}
