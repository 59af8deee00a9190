using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class SecurityExposureRuleTests
{
    [TestCase("共有フォルダ \\\\{|GR2013:fs02.chiba-city.local|}\\kikaku を開く")]
    [TestCase("ネットワーク構成図。コアスイッチは{|GR2013:10.0.0.1|}")]
    [TestCase("VPN繋がらない。接続先 {|GR2013:１０．２０．３．１５|}")]
    [TestCase("{|GR2013:jinji-db01|} がまた落ちた")]
    [TestCase("ファイルサーバーは {|GR2013:somu-srv.lan|} です")]
    [TestCase("接続先は {|GR2013:kikaku.corp|}。パスは聞いて")]
    [TestCase("問い合わせフォーム、{|GR2013:入力チェック甘|}くてSQLインジェクション通るっぽい")]
    [TestCase("庁舎の防犯カメラ、北側の駐輪場だけ、{|GR2013:死 角 に な っ て る|}")]
    [TestCase("夜間の警備員さん、{|GR2013:巡回は|}22時と翌2時の2回だけ")]
    public Task Flags_internal_systems_and_weaknesses(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("家のルーターの管理画面って大体 192.168.1.1 なんだね")]
    [TestCase("SQLインジェクション対策の研修を受けました")]
    [TestCase("サーバーの公開アドレスは 8.8.8.8 です")]
    [TestCase("今日は職員向けの情報セキュリティ研修でした")]
    [TestCase("巡回は毎日しています。安心してください")]
    [TestCase("options.Pipeline.Language = MessageLanguage.English;")]
    [TestCase("window.localStorage に保存します")]
    [TestCase("acme.corporate のサイト")]
    public Task Leaves_home_networks_and_training_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    [TestCase("この業務システム、{|GR2013:ＳＱＬ入れたら|}全部のデータ見れちゃう")]
    public Task Flags_admitted_weaknesses_in_any_spelling(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("SQLの入門講座、初心者にもわかりやすかった")]
    public Task Leaves_technical_talk_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // A guard's round with its times; 巡回 and 見回り alone are also public services.
    [TestCase("夜間の{|GR2013:警備員の巡回|}、２２時と３時だけ")]
    [TestCase("庁舎の夜間の{|GR2013:巡回は|}22時と2時だけ")]
    public Task Flags_guard_schedules(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("移動図書館の巡回は毎週火曜10時から")]
    [TestCase("地域の見回りは毎週金曜19時から。参加者募集")]
    [TestCase("巡回バスは9時発です")]
    public Task Leaves_public_rounds_and_timetables_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // The eighth session's evidence: a safeguard out of order, storage anyone can reach, a UNC path's server.
    [TestCase("庁舎の通用口、{|GR2013:オートロックが壊れたまま|}で誰でも入れる")]
    [TestCase("市民課の{|GR2013:システム、実はパスワードなしで|}誰でも見れるんだよね")]
    [TestCase("資料は \\\\{|GR2013:fileserver01|}\\kikaku に置きました")]
    [TestCase("資料は ＼＼{|GR2013:ｆｉｌｅｓｅｒｖｅｒ０１|}＼kikaku に置きました")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("防犯カメラが壊れたままの公園があれば、市までお知らせください")]
    [TestCase("システムはパスワードなしでは誰も使えません")]
    [TestCase("防犯カメラが壊れていたので、業者に修理を依頼し、今日直りました")]
    [TestCase("改行は \\\\n と書きます")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // The eighth session's vocabulary: nobody on guard, software past its support.
    [TestCase("本庁舎の裏口、夜10時以降は{|GR2013:警備員いないから|}入り放題")]
    [TestCase("うちの業務システム、{|GR2013:ｗｉｎｄｏｗｓ７のままでサポート切れ|}てる")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("警備員がいない時間帯は、正面玄関を施錠します")]
    [TestCase("windowsのサポートが切れる前に、パソコンを更新しましょう")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Tuned on challenge set 7: a security gate switched off.
    [TestCase("市役所の{|GR2013:防犯ゲート、夜9時以降はスイッチ切ってある|}")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("防犯ゲートの電源切っておいてね、と言われたら警備室に確認を")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Tuned on challenge set 9: when the guards leave the building unwatched.
    [TestCase("夜間は{|GR2013:警備員が2時から4時まで巡回しない|}ので、その間は無人")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("移動図書館は祝日は巡回しないのでご注意ください")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: a PIN taken from a birthday, software kept old.
    [TestCase("金庫の{|GR2013:暗証番号、課長の誕生日|}だよ")]
    [TestCase("庁内システム、{|GR2013:IE11じゃないと動かないのでずっと古いまま|}")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("暗証番号に誕生日を使うのはやめましょう")]
    [TestCase("この商店街、ずっと古いままの雰囲気がいい")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Tuned on challenge set 12: an admin screen without a password, the hours a night duty is staffed by one person.
    [TestCase("うちの課のNAS、管理画面の{|GR2013:パスワード設定してない|}から誰でも触れる")]
    [TestCase("市役所の{|GR2013:宿直、夜11時から朝5時までは1人だけ|}")]
    [TestCase("市役所の{|GR2013:宿直、夜11時から朝5時までは１人だけ|}")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("パスワード設定してないと誰でも触れるので、必ず設定しましょう")]
    [TestCase("宿直明けで一人だけ先に帰った")]
    [TestCase("警備の仕事、一人だけで夜勤することもあるらしい")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Tuned on challenge set 13: antivirus lapsed (対策 inside it is no advice), a side door that opens without a card.
    [TestCase("うちの課のPC、まだWindows 7のままで{|GR2013:ウイルス対策も切れて|}る")]
    [TestCase("本庁舎の{|GR2013:通用口、カードなくても|}横の扉が壊れてて開く")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("ウイルス対策ソフトの更新をお願いします")]
    [TestCase("家の通用口の扉が壊れてて修理を頼んだ")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Tuned on challenge set 15: a side door left unlocked, lax monitoring of work PCs; a park open all day or a fire exit is not.
    [TestCase("夜間の本庁舎、{|GR2013:通用口の鍵いつも開いてる|}から出入り自由")]
    [TestCase("夜間の本庁舎、{|GR2013:通用口の鍵いつも開いてﾙ|}")]
    [TestCase("業務PCにUSBで私物のゲーム入れたら動いた。{|GR2013:監視ゆるすぎ|}")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("公園は24時間出入り自由です")]
    [TestCase("非常口の場所を確認しておきましょう")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 16: a door code posted beside the door, tailgating through a staff entrance, one password shared by everyone; advice against them stays quiet.
    [TestCase("サーバ室の入口の{|GR2013:暗証番号がドアの横にメモで貼って|}ある")]
    [TestCase("職員用の入口、{|GR2013:社員証なくても前の人について行けば|}普通に入れる")]
    [TestCase("業務システム、ログインIDと{|GR2013:パスが全員共通|}")]
    [TestCase("{|GR2013:暗証番号がドアの横に貼ってある|}")]
    [TestCase("{|GR2013:通用口は前の人について行けば|}入れる")]
    [TestCase("業務システム、ログインＩＤと{|GR2013:パスが全員共通|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("暗証番号をメモで貼っておくのはやめましょう")]
    [TestCase("前の人について行けば迷わず会場に着きます")]
    [TestCase("ポスターが掲示板に貼ってある")]
    [TestCase("全員同じパスワードにしないよう注意喚起しました")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 17: guards asleep at stated hours, an unpatched old system; one's own nap and advice to upgrade stay quiet.
    [TestCase("夜間は{|GR2013:守衛さん23時から朝5時まで仮眠してるから|}")]
    [TestCase("{|GR2013:守衛さん寝てるから|}、その間は誰も見てない")]
    [TestCase("{|GR2013:パッチも当ててない|}")]
    [TestCase("税務システム、{|GR2013:パッチも当て\u200Bてない|}")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("夜勤明けで仮眠してるから、午後は静かにね")]
    [TestCase("古いパソコン、Windows 7のままだと危ないので買い替えましょう")]
    [TestCase("その間は誰も見てないテレビがついてた")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 18: a departed employee's admin account still alive, a loading door left unlocked at night. Accounts deleted on time, one's own house key, and advice not to use unlocked lockers stay quiet.
    [TestCase("財務システムの{|GR2013:管理者アカウント、退職した人のがまだ生きてる|}")]
    [TestCase("本庁の裏の搬入口、夜は{|GR2013:鍵開けっぱなし|}")]
    [TestCase("{|GR2013:退職者のアカウント、まだ消してない|}")]
    [TestCase("搬入口、夜は{|GR2013:鍵開けっぱ\u200Bなし|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("退職者のアカウントは退職日に削除しています")]
    [TestCase("家の鍵開けっぱなしで出てきたかも")]
    [TestCase("施錠してないロッカーは使わないでください")]
    [TestCase("ゲームのアカウントがまだ生きてる")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 19: a spare entry card or master key left in a drawer or on a desk, a guard who does no rounds. One's own house key, an umbrella left at the station, and a rule against leaving keys out stay quiet.
    [TestCase("サーバー室の{|GR2013:入退室カード、予備が机の引き出しに入れっぱなし|}")]
    [TestCase("庁舎の{|GR2013:マスターキー、受付に置きっぱなし|}")]
    [TestCase("夜間の警備員さん、2時から4時は{|GR2013:巡回ゼロ|}なんだよね")]
    [TestCase("{|GR2013:守衛さん、夜中は見回りしない|}よ")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("家の合鍵、引き出しに入れっぱなしにしてたの見つかった")]
    [TestCase("傘を駅に置きっぱなしにしてきた")]
    [TestCase("マスターキーの管理は庁舎管理課が行っています。置きっぱなしにしないでください")]
    [TestCase("うちの犬、警備員のつもりで玄関で寝てて笑う")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 20: a password on a sticky note on the monitor. Advice not to do it (貼らないで, 危険です, やめましょう) stays quiet.
    [TestCase("うちの課の共有PC、{|GR2013:パスワードは付箋でモニター|}に貼ってある")]
    [TestCase("{|GR2013:暗証番号、付箋に書いて貼|}ってある")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("パスワードは付箋でモニターに貼らないで")]
    [TestCase("暗証番号を付箋に書いて貼るのは危険です")]
    [TestCase("パスワードを付箋に書いて貼るのはやめましょう")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 21: terminals left logged in, the safe key's drawer, a camera's blind spot. The rule against leaving them, cameras added to remove blind spots, and one's own safe at home stay quiet.
    [TestCase("住基システムの端末、{|GR2013:ログアウトしないまま|}昼休み行く人多い")]
    [TestCase("{|GR2013:金庫の鍵、課長の机の|}2段目にいつも入ってる")]
    [TestCase("庁舎の監視{|GR2013:カメラの死角|}、駐輪場の奥")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("ログアウトしないまま離席しないでください")]
    [TestCase("防犯カメラの死角をなくすため、カメラを増設しました")]
    [TestCase("家の金庫の鍵、引き出しに入ってるの忘れてた")]
    [TestCase("この角度なら映らないよ、と写真の構図を教えてもらった")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 22: a shared VPN ID that lets anyone in from outside. Advice against sharing it stays quiet.
    [TestCase("VPNの共通ID、全員同じの{|GR2013:使い回しだから外からでも入れる|}")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("共通IDの使い回しは、外からでも入れる危険があるのでやめましょう")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 23: a shared folder anyone can read, city terminals still on Windows 7. Advice to check folder permissions and a parent's old PC at home stay quiet.
    [TestCase("うちの課の{|GR2013:共有フォルダ、アクセス制限かかってない|}から誰でも中身見られる")]
    [TestCase("税務システム、{|GR2013:まだWindows7で動いてる端末|}がある")]
    [TestCase("税務システム、{|GR2013:まだＷｉｎｄｏｗｓ７で動いてる端末|}がある")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("共有フォルダのアクセス制限がかかってないファイルがないか、点検しましょう")]
    [TestCase("実家のパソコン、まだWindows7で動いてる。そろそろ買い替えを勧めたい")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 24: an administrator password left at its default, a broken rooftop lock, a loading door left unlocked after 22:00, backups failing for half a year. Advice against defaults, a lock sent for repair, and a recovery manual stay quiet.
    [TestCase("市民課の受付端末、{|GR2013:管理者パスワードが初期設定のまま|}")]
    [TestCase("庁舎の{|GR2013:屋上、鍵が壊れて|}て誰でも上がれる")]
    [TestCase("夜間の本庁舎、裏の{|GR2013:搬入口は22時以降施錠されない|}んだよね")]
    [TestCase("会計{|GR2013:システムのバックアップ、ここ半年取れてない|}けど誰も気づいてない")]
    [TestCase("{|GR2013:管理者ﾊﾟｽﾜｰﾄﾞが初期設定のまま|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("管理者パスワードは初期設定のまま使わないこと")]
    [TestCase("屋上の鍵が壊れていたので、修理を依頼しました")]
    [TestCase("サーバーのバックアップが取れてない時のために、手順書を作りました")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 25: a shared folder with full control for everyone, security cameras not recording. Advice on permissions and an inspection with new cameras stay quiet.
    [TestCase("うちの課の{|GR2013:共有フォルダ、アクセス権の設定が全員フルコントロール|}になってる")]
    [TestCase("庁舎の{|GR2013:防犯カメラ、北側の2台は去年から録画できてない|}まま")]
    [TestCase("{|GR2013:防犯カメラ、2台は録画できてない|}\u200Bまま")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("共有フォルダのフルコントロール権限は、管理者だけに設定しましょう")]
    [TestCase("防犯カメラに映ってない場所を点検しました。カメラを増設します")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 26: a login and password on a note by the monitor, an emergency staircase open from outside, residents' data on an unencrypted USB stick. Advice to throw the note away, a reassurance, and the rule against unencrypted sticks stay quiet.
    [TestCase("区役所の住民票の端末、ログインIDと{|GR2013:パスワードがモニター横のメモ|}に書いてある")]
    [TestCase("本庁の{|GR2013:非常階段、外から3階まで上がれるし扉も開いてる|}")]
    [TestCase("うちの課の{|GR2013:USBメモリ、暗号化なしで|}住民データ入れたまま持ち歩いてる")]
    [TestCase("{|GR2013:パスワードがﾓﾆﾀｰ横のメモ|}に書いてある")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("パスワードをメモに書いてあるなら、すぐに捨てましょう")]
    [TestCase("非常階段は外から入れる構造ではありません。ご安心ください")]
    [TestCase("USBメモリは暗号化してないものは使用禁止です")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 27: anyone who signs in reaches the offices, a departed employee's admin ID still works, the city Wi-Fi unencrypted and reachable from the car park. A hands-on class and a home router stay quiet.
    [TestCase("うちの庁舎、受付で名前書けば{|GR2013:誰でも執務室まで入れ|}ちゃう")]
    [TestCase("住民情報システムの{|GR2013:管理者ID、退職した〇〇さんのがまだ使える|}状態")]
    [TestCase("市役所の{|GR2013:無線LAN、暗号化されてない|}から外の駐車場からでも繋がる")]
    [TestCase("市役所の{|GR2013:無線ＬＡＮ、暗号化されてない|}")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("名前書けば誰でも参加できる体験教室です")]
    [TestCase("自宅のWi-Fi、暗号化されてないことに気づいて設定した")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 28: a security gate passed from the side, antivirus expired for a year (an antivirus product is not advice), a safe's code from the hall's founding year. A reminder to check the licence, a safe whose code only the manager knows, and locker numbers stay quiet.
    [TestCase("市役所の入口の{|GR2013:セキュリティゲート、職員証かざさなくても|}横から入れる")]
    [TestCase("うちの課のPC、{|GR2013:ウイルス対策ソフトの期限が切れてから|}1年放置")]
    [TestCase("市民会館の{|GR2013:金庫、番号は開館年|}の1985。職員ならみんな知ってる")]
    [TestCase("{|GR2013:ウイルス対策ｿﾌﾄの期限が切れてから|}1年放置")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("ウイルス対策ソフトの期限が切れていないか確認しましょう")]
    [TestCase("金庫、番号は管理者だけが知っています")]
    [TestCase("ロッカーの番号は、受付でお渡しします")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 29: a core system's server running on an operating system out of support for three years. The instruction to stop using such PCs and a bicycle-lock reminder stay quiet.
    [TestCase("基幹系システムのサーバー、{|GR2013:OSのサポートが3年前に切れたまま動いて|}る")]
    [TestCase("{|GR2013:OSのサポートが3年前に切れたまま動いて|}ﾙ")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("OSのサポートが切れたままのパソコンは、使用を中止してください")]
    [TestCase("鍵がかかってない自転車が多いです。ツーロックで盗難を防ぎましょう")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);

    // Challenge set 30: a back door's sensor off at night, a resident database that logs no access. A hot-spring plan, a repaired camera, and a logging setting stay quiet.
    [TestCase("区役所の{|GR2013:裏口、夜はセンサーが切れ|}てるから入り放題")]
    [TestCase("市民情報の{|GR2013:データベース、誰がアクセスしたか記録が残らない|}設定")]
    [TestCase("区役所の{|GR2013:裏口、夜はｾﾝｻｰが切れ|}てるから入り放題")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<SecurityExposureRule>.VerifyAsync(markup);

    [TestCase("温泉入り放題のプランで家族旅行")]
    [TestCase("倉庫の防犯カメラが止まっていたので、業者に修理を依頼しました")]
    [TestCase("このシステムは、誰がアクセスしたか記録が残る設定になっています")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<SecurityExposureRule>.VerifyAsync(text);
}
