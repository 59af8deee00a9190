using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class ObsceneLinkRuleTests
{
    [TestCase("これ見て [|https://muryou-ero-douga.xxx/hitozuma/|]")]
    [TestCase("職場で開いたらアウトなやつ [|hxxp://www[.]sex-cam-live[.]com/japan|]")]
    [TestCase("置いとく [|uncensored-jav ドット xxx|]")]
    [TestCase("検索よけ [|hentai-manga . porn / free|] ←神")]
    [TestCase("→ [|ｗｗｗ．ｏｐｐａｉ－ｔｕｂｅ．ｐｏｒｎ|]")]
    [TestCase("DMで: [|h t t p s : / / l i v e - e r o c h a t . a d u l t|]")]
    [TestCase("[|https://jp.pornhub.net/view|] これ")]
    [TestCase("エロ自撮りのまとめ [|bit.ly/3eroJiDr|] ※18禁")]
    [TestCase("アダルト系だけど無料 [|adult-free-video.jp/ranking|]")]
    public Task Flags_links_to_obscene_sites_including_defanged_ones(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [Test]
    public void Suggests_removing_the_link()
    {
        var diagnostic = GuidelinePipeline.CreateBuilder().AddRule<ObsceneLinkRule>().Build().Analyze("見て https://a.xxx/ ね").Diagnostics.Single();
        diagnostic.Fix!.Edits.Should().ContainSingle().Which.Should().Be(new TextEdit(new TextSpan(3, 14), string.Empty));
    }

    [Test]
    public void Honours_user_supplied_adult_domains_and_allowlists()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule<ObsceneLinkRule>()
            .Configure(o =>
            {
                o.AdultDomains.Add("naughty.example.jp");
                o.AllowedDomains.Add("sex-education.example.org");
            })
            .Build();
        analyzer.Analyze("https://cdn.naughty.example.jp/x").Diagnostics.Should().ContainSingle();
        analyzer.Analyze("https://www.city.chiba.jp/ https://sex-education.example.org/").IsClean.Should().BeTrue();
    }

    [TestCase("今年の成人式の日程はこちら https://www.city.chiba.jp/kodomomirai/seishonen/seijinshiki.html")]
    [TestCase("留学先の候補、University of Sussex https://www.sussex.ac.uk/")]
    [TestCase("#foodporn 週末に作ったローストビーフ")]
    [TestCase("フィッシング対策の研修で、危険なURLは hxxps://example[.]com のように無害化して共有すると教わった")]
    [TestCase("『アダルトサイトを見たら料金請求の画面が出た』という相談が増えています")]
    [TestCase("懐かしの映画『トリプルX』観た。XXXってタイトルだけど普通の映画")]
    [TestCase("ｗｗｗ　この猫の動画ずっと見てられる")]
    [TestCase("詳しくは https://www.pref.chiba.lg.jp/ へ")]
    [TestCase("短縮URLです bit.ly/3abcDef 市のイベント情報")]
    public Task Leaves_ordinary_links_and_words_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // The eighth session's evidence: a scheme without its h (ttp://), a habit for links not meant to be clickable.
    [TestCase("ここ {|GR1005:ttps://pornhub.com/|} 見て")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("詳しくは ttps://www.city.chiba.jp/ へ")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // A host part that starts with a weak keyword (erotube) is weak evidence and needs obscene words beside it; 「見れる」 alone is no such word.
    [TestCase("例のエッチなサイトここ → {|GR1005:hxxp://erotube-jp[.]com|}")]
    [TestCase("18歳未満は見ちゃダメなやつ {|GR1005:bit.ly/xYz123|}")]
    public Task Flags_weak_prefixes_beside_obscene_words(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("浸食（erosion）の研究サイト https://erosion-lab.example.jp/ で見れる")]
    [TestCase("erotube-jp.com")]
    [TestCase("18歳未満の方はこちらから申し込み bit.ly/xYz123")]
    public Task Leaves_weak_prefixes_beside_obscene_words_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: words that call a link adult content.
    [TestCase("大人向けはこっち → {|GR1005:adult-douga-free.com|}")]
    [TestCase("お宝画像はここ → {|GR1005:hxxp://erozo-matome[.]net|}")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("大人向けの料理教室はこちら → https://www.city.chiba.jp/cooking")]
    [TestCase("お宝画像を発掘！ 昭和の千葉駅 https://example.jp/history")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Tuned on challenge set 14: onlyfans.com and fansly.com in the curated adult-domain list; the name alone is no link.
    [TestCase("裏垢女子の動画まとめ → {|GR1005:onlyfans.com/ura_chiba|}")]
    [TestCase("まとめ → {|GR1005:ｏｎｌｙｆａｎｓ．ｃｏｍ/ura_chiba|}")]
    [TestCase("新しいページ {|GR1005:hxxps://fansly[.]com/someone|}")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("onlyfansって名前だけ聞いたことある")]
    [TestCase("ファンクラブのサイトはこちら https://www.city.chiba.jp/fans/")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 16: モロ見え and 脱ぎまくっ beside a shortener, moromie in a host; a live stream link without such words stays quiet.
    [TestCase("週末のお楽しみ、ここなら全部ﾓﾛ見え → {|GR1005:hxxp://t[.]co/Zz98Yy|}")]
    [TestCase("素人の生配信、脱ぎまくってる {|GR1005:https://t.co/Ab12Cd34|}")]
    [TestCase("おすすめ {|GR1005:https://moromie-douga.com/|}")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("生配信のアーカイブはこちら https://t.co/Ab12Cd34")]
    [TestCase("モロヘイヤのレシピ https://example.com/moroheiya")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 18: words that say what is behind a link (抜けない人いない, ワンナイト相手, ハメ撮り) mark any link within 60 characters, whatever its host. A warning that links to help, a board game called ワンナイト人狼, and words far from the link stay quiet.
    [TestCase("見たら抜けない人いない {|GR1005:hxxps://hitori-jikan[.]net|}")]
    [TestCase("ワンナイト相手ならここ {|GR1005:www.onenight-match.jp|}")]
    [TestCase("ハメ撮りまとめ {|GR1005:https://example-douga.net/x|}")]
    [TestCase("巨乳祭り {|GR1005:tinyurl.com/kyonyu25|}")]
    [TestCase("ﾊﾒ撮りまとめ {|GR1005:https://example-douga.net/x|}")]
    [TestCase("ハメ\u200B撮りまとめ {|GR1005:https://example-douga.net/x|}")]
    [TestCase("巨乳祭り開催中 {|GR1005:tinyurl.com/kyonyu25|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("ワンナイト人狼やろう https://example.org/game")]
    [TestCase("巨乳ハンバーグって名前のメニュー https://gourmet.example.jp/")]
    [TestCase("エロ動画の被害相談が増えています https://www.npa.go.jp/")]
    [TestCase("ハメ撮りの被害にあったら相談を https://soudan.example.jp/")]
    [TestCase("ハメ撮りまとめの話は昨日の記事に書いたけど、今日はまったく別の話題でランチの記録です。駅前に新しくできたお店のパスタがとてもおいしかったので、また行きたい https://gourmet.example.jp/")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 19: 大人の動画, 無修正の流出もの and リベンジポルノ mark any link beside them. A video-editing course for adults and a warning about leaked-video sites stay quiet.
    [TestCase("大人の動画見放題 → {|GR1005:hxxp://otona-mihoudai[.]com|}")]
    [TestCase("無修正の流出ものはここ {|GR1005:https://ryushutsu-matome.net|}")]
    [TestCase("ﾘﾍﾞﾝｼﾞﾎﾟﾙﾉ集めた {|GR1005:https://matome-box.net/a|}")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("大人の動画編集講座、受講者募集中 https://example.com/course")]
    [TestCase("流出動画まとめサイトを見たらウイルス感染した。被害相談はこちら https://www.example.org/help")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 20: 裏動画 and エッチな自撮り beside any link, an amateur live stream beside a shortener. A warning (に注意, 手口) cancels the shortener path as it cancels the strong words' path.
    [TestCase("会員限定の過激な裏動画 {|GR1005:https://ura-kagekidouga.net|}")]
    [TestCase("素人の生配信、今ならタダで見放題 → {|GR1005:cutt.ly/namahaishin|}")]
    [TestCase("エッチな自撮り載せてる子のまとめ {|GR1005:hxxps://jidori-bijo[.]info|}")]
    [TestCase("ｴｯﾁな画像まとめ {|GR1005:https://matome-box.net/b|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("裏動画という言葉の詐欺メールに注意 https://www.example-police.jp")]
    [TestCase("エッチな画像を送らせる手口の被害が増えています https://www.npa.go.jp")]
    [TestCase("素人の生配信でも著作権には注意 bit.ly/copyright-guide")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 21: あぶない撮影会 and 裸の写真 beside any link. Warnings not to post children's photos (ないでください, 被害) stay quiet.
    [TestCase("女子大生のあぶない撮影会の映像はこちら {|GR1005:https://abunai-satsuei.net|}")]
    [TestCase("裸の写真が毎日更新されるサイト {|GR1005:hxxp://hadaka-daily[.]com|}")]
    [TestCase("ｱﾌﾞﾅｲ撮影会の映像 {|GR1005:https://abunai-satsuei.net|}")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("子どもの裸の写真をネットに載せないでください https://kodomo-anzen.org/guide")]
    [TestCase("裸の写真を送らせる被害が増えています https://www.gov-online.go.jp")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 22: women who undress on a live stream, adult doujinshi, beside any link. Shoes taken off at a venue and a fair's rules stay quiet.
    [TestCase("今夜も人妻がライブで脱いでくれる部屋 {|GR1005:https://yoru-live.tv|}")]
    [TestCase("18禁の同人誌、全部タダで読めるサイト見つけた {|GR1005:hxxps://doujin-free[.]org|}")]
    [TestCase("ｴﾛ同人まとめ {|GR1005:https://matome-box.net/c|}")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("靴を脱いでくれると助かります。会場案内 https://kaijo-annai.example.org")]
    [TestCase("18禁の同人誌の販売ルールについて、即売会の規約を確認 https://comiket-rule.example.org")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 23: voyeur footage of changing rooms, a hookup board, adult anime, beside a link. A warning to victims, a cat for company at night, and a city film evening stay quiet.
    [TestCase("女子の着替え盗撮まとめ、会員登録不要 {|GR1005:https://kigae-matome.com|}")]
    [TestCase("夜のお相手探しならここ。即会いOK {|GR1005:bit.ly/yoru-aite|}")]
    [TestCase("無料で見れる大人のアニメ、ここが一番 {|GR1005:hxxps://otona-anime[.]net|}")]
    [TestCase("着替え盗撮まとめ {|GR1005:ｈｔｔｐｓ：／／ｋｉｇａｅ－ｍａｔｏｍｅ．ｃｏｍ|}")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("盗撮の被害に気をつけてください https://www.npa.go.jp")]
    [TestCase("夜のお相手は猫。今夜もこたつで一緒に寝る")]
    [TestCase("大人のアニメ鑑賞会、ジブリ作品を上映します https://www.city.chiba.jp/event")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 24: a neighbour's shower video and undressing videos beside a link. Warnings to victims and a bathroom renovation stay quiet.
    [TestCase("隣の奥さんのシャワー中の動画、流出してた {|GR1005:https://nozoki-channel.net|}")]
    [TestCase("素人の脱衣動画まとめ {|GR1005:hxxp://datsui-matome[.]jp|}")]
    [TestCase("ｼｬﾜｰ中の動画 {|GR1005:https://nozoki-channel.net|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("シャワー中の動画を撮られる被害に注意 https://www.gov-online.go.jp")]
    [TestCase("入浴中の動画を勝手に撮るのは犯罪です。相談はこちら https://www.npa.go.jp")]
    [TestCase("脱衣所のリフォーム、完成しました https://example.com/reform")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 25: hidden-camera footage of a changing room beside a shortener. Inspections against hidden cameras and a removal-request desk stay quiet.
    [TestCase("女子更衣室の隠し撮り、まだ消されてないよ {|GR1005:bit.ly/3kAbCd|}")]
    [TestCase("更衣室の隠し撮り {|GR1005:bit.ly/3kAbCd|}")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("更衣室の隠し撮りを防ぐため、点検を行っています https://www.city.chiba.jp/")]
    [TestCase("盗撮動画の削除依頼は、こちらの窓口で受け付けています https://www.npa.go.jp")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 26: an explicit live stream of students beside a link. A spam warning stays quiet.
    [TestCase("女子大生のエッチな生配信、無料で見放題 {|GR1005:https://jd-live.jp|}")]
    [TestCase("ｴｯﾁな生配信 {|GR1005:https://jd-live.jp|}")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("エッチな配信に誘導する迷惑メールに注意 https://www.city.chiba.jp/")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 27: unmosaicked amateur videos beside a shortener, adult doujinshi beside a link. A photo contest and an event's sales rules stay quiet.
    [TestCase("モザイクなしの素人動画、期間限定公開中 {|GR1005:bit.ly/moza-nashi|}")]
    [TestCase("成人向け同人誌、全部無料で読める {|GR1005:hxxps://doujin-free[.]xyz|}")]
    [TestCase("成人向け同人誌 {|GR1005:ｈｔｔｐｓ：／／ｄｏｕｊｉｎ－ｆｒｅｅ．ｘｙｚ|}")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("素人の写真コンテスト、モザイクなしの動画も応募できます https://www.city.chiba.jp/contest")]
    [TestCase("成人向け同人誌の販売ルールについて、イベント主催者が説明 https://example.com/rules")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 28: a leaked affair video beside a link. Help for victims stays quiet.
    [TestCase("人妻の不倫動画、顔出しで大量流出 {|GR1005:https://furin-ryushutsu.net|}")]
    [TestCase("不倫動画 {|GR1005:ｈｔｔｐｓ：／／ｆｕｒｉｎ－ｒｙｕｓｈｕｔｓｕ．ｎｅｔ|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("不倫動画の流出被害にあったら相談を https://www.npa.go.jp")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 29: 'girls you can meet tonight' beside a shortener. A reunion with the city's link stays quiet.
    [TestCase("今夜会える女の子、写真付きで紹介。即日OK {|GR1005:bit.ly/konya-ai|}")]
    [TestCase("今夜会える女の子 {|GR1005:ｂｉｔ．ｌｙ／ｋｏｎｙａ|}")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("今夜会えるのを楽しみにしてます！同窓会 https://www.city.chiba.jp")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);

    // Challenge set 30: a hook-up app and a toilet-voyeur video beside links. Help for voyeurism victims stays quiet.
    [TestCase("巨乳の人妻とオフパコできるアプリ {|GR1005:https://offpako-app.jp|}")]
    [TestCase("女子トイレ盗撮の新作、今日アップされた {|GR1005:t.co/ab12cd|}")]
    [TestCase("ｵﾌﾊﾟｺできるアプリ {|GR1005:https://offpako-app.jp|}")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<ObsceneLinkRule>.VerifyAsync(markup);

    [TestCase("盗撮の被害にあったら、すぐに警察へ https://www.npa.go.jp")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<ObsceneLinkRule>.VerifyAsync(text);
}
