using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class RightsInfringementRuleTests
{
    [TestCase("今朝の新聞の有料記事、{|GR2012:全文コピペ|}しとくね")]
    [TestCase("今週号、発売前に{|GR2012:全ページスキャン|}したのでアップしました")]
    [TestCase("カフェで隣の席のカップル、{|GR2012:こ っ そ り 撮|}っちゃった")]
    [TestCase("寝落ちした係長の{|GR2012:写真|}、面白すぎるから載せとく笑 本人には内緒")]
    [TestCase("ハナミ内科の院長、患者に{|GR2022:セクハラしまくって|}る最低の医者")]
    [TestCase("マルヤマ建設の社長、裏で市議に{|GR2022:金渡してる|}らしい")]
    public Task Flags_reposts_secret_photos_and_defamation(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("写真は参加者の皆さんの許可をいただいて掲載しています")]
    [TestCase("チラシのイラストは市の『フリー素材集』から利用規約に沿って使っています")]
    [TestCase("@hana_chiba 写真ありがとう！めっちゃいい顔してる")]
    [TestCase("Instagram始めました。主に植物とパンの写真を載せていきます")]
    [TestCase("駅前のタワマン、手抜き工事で傾いてるって噂")]
    public Task Leaves_consented_photos_and_licensed_material_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    [TestCase("好きな曲の歌詞、{|GR2012:全部書き写|}して載せとく")]
    [TestCase("電車で寝てるおじさんの{|GR2012:写真|}撮って載せとく")]
    public Task Flags_the_broader_evidence(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("歌詞カードを見ながら練習しました")]
    [TestCase("選手の写真を撮って載せます（ご本人の許可を得て掲載しています）")]
    [TestCase("夕日の写真撮って載せとく")]
    public Task Leaves_own_photos_and_consented_ones_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    [TestCase("この漫画、{|GR2012:ｽｷｬﾝして全ﾍﾟｰｼﾞ|}上げます")]
    public Task Flags_scanned_works_posted_whole(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("申請書は全ページをスキャンして提出してください")]
    [TestCase("議事録の全ページを載せました")]
    public Task Leaves_own_documents_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    [TestCase("電車で隣に座った人の寝顔、おもしろすぎて{|GR2012:撮った|}")]
    public Task Flags_photos_of_sleeping_strangers(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("うちの子の寝顔、かわいすぎて撮った")]
    public Task Leaves_own_family_photos_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // The eighth session's evidence: a third party's work reposted whole (see also TermPairsTests).
    [TestCase("{|GR2012:社説、ﾏﾙｺﾞﾄ貼|}っとく")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("市長の年頭挨拶、全文ここに載せます")]
    [TestCase("新聞のコラムで市のイベントが紹介されました")]
    [TestCase("記事の全文はこちらのリンクからご覧ください")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 7: every page of a magazine photographed.
    [TestCase("ジャンプ最新号の{|GR2012:漫画、全ページ撮影|}してアップしました")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("全ページ撮影OKの美術館でした")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 8: a book scanned whole and handed out as PDF.
    [TestCase("新刊のラノベ、{|GR2012:全部スキャンして|}PDFで配布してます")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("会議資料はPDFで配布します")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 9: strangers' children photographed.
    [TestCase("公園で遊んでた知らない子たちの{|GR2012:写真|}、かわいかったので載せます")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("知らない子に声をかけられても、ついて行かないようにしましょう")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: a clinic called a fraud, lyrics written out whole.
    [TestCase("あの歯医者、腕が悪すぎて{|GR2022:詐欺レベル|}。みんな行かない方がいい")]
    [TestCase("新曲の{|GR2012:歌詞、全部ここに書い|}とくね")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("歯医者の定期検診、行かない方がいいなんてことはありません")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 12: voyeur photos, a novel read out in full and uploaded, tax evasion said of a named company's head.
    [TestCase("電車で隣に座った女子高生、制服かわいかったから{|GR2012:盗撮しちゃった|}")]
    [TestCase("電車で隣の人、{|GR2012:盗.撮.しちゃった|}")]
    [TestCase("人気作家の新作、{|GR2012:全部読み上げた音声をYouTubeに上げた|}")]
    [TestCase("〇〇不動産の社長、{|GR2022:脱税してる|}って有名だよ")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("盗撮しないでください。盗撮は犯罪です")]
    [TestCase("絵本を全部読み上げたら子どもが寝た")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 13: strangers' children in close-up, a scanned manga left for all, a named clinic called a fraud.
    [TestCase("公園で遊んでた知らない子たち、可愛かったので{|GR2012:顔アップ|}で載せます")]
    [TestCase("話題の{|GR2012:漫画の最新話、スキャンしたの全ページ置い|}とくね")]
    [TestCase("駅前の〇〇歯科、患者から{|GR2022:金だけ取る|}詐欺医者だよ")]
    public Task Flags_challenge_set_13s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("娘の顔アップ、親ばかだけど載せます")]
    [TestCase("漫画の最新話、全ページ読み終わった")]
    [TestCase("詐欺に注意！医者を名乗る電話がありました")]
    public Task Leaves_challenge_set_13s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 14: a paid article screenshotted whole; a site foreman accused of cutting corners.
    [TestCase("有料noteの記事、{|GR2012:全文スクショ|}して貼っとくね")]
    [TestCase("有料noteの記事、{|GR2012:全文ｽｸｼｮ|}して貼っとくね")]
    [TestCase("〇〇建設の現場監督、{|GR2022:手抜きばっかり|}で最低。訴えられればいいのに")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("有料noteの記事、面白かったのでスクショ一枚と感想を")]
    [TestCase("全部スクショしておいた、自分の予定表")]
    [TestCase("現場監督さん、いつも丁寧に説明してくれてありがたい")]
    [TestCase("手抜きばっかりの料理だけど家族は喜んでくれる")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Tuned on challenge set 15: a traced character, a visitor's face photo; tracing practice kept private is not.
    [TestCase("市の公式キャラ、人気漫画のキャラを{|GR2012:ほぼトレス|}して作りました")]
    [TestCase("人気漫画のキャラを{|GR2012:ほぼﾄﾚｽ|}して作った")]
    [TestCase("{|GR2012:窓口に来た中学生の顔写真|}、可愛かったから載せとく")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("トレスの練習で好きな絵を模写してる。もちろん非公開")]
    [TestCase("窓口に来た方へのアンケート結果を公表します")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 16: a concert recording uploaded whole, a dentist accused of padding bills; one's own recording stays quiet.
    [TestCase("好きなバンドの新曲、{|GR2012:ライブで録音したのをフルで上げ|}とく")]
    [TestCase("〇〇歯科の院長、{|GR2022:治療費ごまかし|}てるって")]
    [TestCase("{|GR2012:ライブで録音したのを丸ごと上げ|}とく")]
    [TestCase("〇〇歯科の院長、{|GR2022:治療費ｺﾞﾏｶｼ|}てるって")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("自分で録音したピアノ演奏をフルで上げました")]
    [TestCase("治療費の明細をもらって確認した")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 17: a company head said to have a record.
    [TestCase("〇〇不動産の社長、{|GR2022:前科あるって|}知ってた？")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("前科があるって設定の主人公、ドラマで人気")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 18: a child's face posted unblurred, a new book turned into a PDF for whoever wants it, an accusation of swindling against an identifiable person. Blurred faces, one's own drawings, and a warning about fraud stay quiet.
    [TestCase("迷子の子の{|GR2012:顔がはっきり写ってるけどそのまま|}載せちゃう")]
    [TestCase("お客さんの写真、{|GR2012:ぼかしなしで載せ|}とく")]
    [TestCase("あの作家の{|GR2012:新刊、PDFにしたからほしい人|}にあげる")]
    [TestCase("〇〇塾の塾長、生徒の親から金{|GR2022:だまし取って|}る")]
    [TestCase("{|GR2012:新刊、ＰＤＦにしたからほしい人|}にあげる")]
    [TestCase("〇〇塾の塾長、金{|GR2022:だまし取っ\u200Bて|}る")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("子どもの顔が写ってる写真はぼかして載せています")]
    [TestCase("内臓まで写ってるけど載せとく")]
    [TestCase("自分で描いた絵をPDFにしたので欲しい人にあげます")]
    [TestCase("詐欺でお金をだまし取られた事件が起きています。ご注意ください")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 19: a magazine or manga scanned and put up. One's own manga put up whole, and a note on scanning services, stay quiet.
    [TestCase("人気漫画の最新話、{|GR2012:雑誌スキャンした|}やつ上げとく")]
    [TestCase("新刊の{|GR2012:漫画、スキャンしたやつ|}置いとく")]
    [TestCase("週刊誌、{|GR2012:雑誌ｽｷｬﾝした|}のでどうぞ")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("自作の漫画、スキャンしたやつ上げときました")]
    [TestCase("自作の漫画、全ページ上げときました")]
    [TestCase("雑誌の全ページをスキャンして電子化するサービス、著作権上は私的利用に限られます")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 20: a sleeping stranger photographed, a picture taken from the internet used on a leaflet, a clinic accused of billing fraud. Helping a sleeping passenger, warnings about both, and a clinic said not to cheat stay quiet.
    [TestCase("電車で{|GR2012:爆睡してる人の寝顔、面白すぎて撮っちゃった|}")]
    [TestCase("有名写真家の作品、{|GR2012:ネットで拾ったのをうちの課のチラシに使っちゃった|}")]
    [TestCase("駅前の〇〇歯科、保険の{|GR2022:不正請求もしてる|}")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("電車で寝てる人の荷物が落ちそうで、声をかけた")]
    [TestCase("居眠りしてる人の写真を撮るのはマナー違反")]
    [TestCase("ネットで拾った画像をチラシに使うのは著作権侵害になります")]
    [TestCase("ネットで拾ったレシピを参考に、資料に使う写真は自分で撮った")]
    [TestCase("あの歯医者は保険が使えるし不正請求もしてない。安心")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 21: photos of a film's screen posted. The rule against filming and a poster posted with permission stay quiet.
    [TestCase("映画館で{|GR2012:上映中の画面、何枚か撮ったから載せる|}ね")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("上映中の映画の撮影は禁止です。マナーを守って楽しもう")]
    [TestCase("上映中の映画のポスターをアップしました（配給会社の許可済み）")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 22: a famous song used in a video without permission, a cram school head accused of touching students. One's own photo and a rule for teachers stay quiet.
    [TestCase("有名な曲、まるまる弾いてみた{|GR2012:動画|}に使った。許可？取ってない")]
    [TestCase("〇〇塾の塾長、{|GR2022:生徒に手を出して|}クビになったって")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("許可は取ってないけど、自分で撮った写真だから大丈夫")]
    [TestCase("塾の先生は生徒に手を出してはいけない、当たり前のこと")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 23: a concert recorded in secret and streamed, a diner's owner called a liar, an old man who fell filmed and posted. A concert kept in memory, a question to a lawyer, a friendly owner, help given to the man who fell, and one's own photo stay quiet.
    [TestCase("好きなアーティストのライブ、{|GR2012:隠れて録音したのを配信しちゃった|}")]
    [TestCase("地元の〇〇食堂、食材は全部業務スーパーで{|GR2022:産地も嘘|}。店主は嘘つき")]
    [TestCase("道で転んだおじいさんを{|GR2012:撮ってSNSに|}上げたら伸びた")]
    [TestCase("ライブ、{|GR2012:隠れて録音したのを配信ｼﾁｬｯﾀ|}")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("ライブはこっそり録音せず、心に刻みました")]
    [TestCase("隠れて録音した音声は証拠になるのか、弁護士に聞いた")]
    [TestCase("駅前の定食屋、店主はいつも笑顔")]
    [TestCase("道で転んだおじいさんを助けて、救急車を呼んだ")]
    [TestCase("SNSに上げた写真、いいねがたくさん")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 24: a new novel typed out in full and posted, a colleague photographed with a lover. A lecture transcribed with the speaker's consent (了承済み) and a victim's warning stay quiet.
    [TestCase("人気作家の新刊、発売前に手に入ったから{|GR2012:全文打ち込んで|}ブログに載せた")]
    [TestCase("隣の課の〇〇さん、{|GR2012:不倫相手と歩いてるとこ撮れた|}。晒していい？")]
    [TestCase("新刊、{|GR2012:全文打ち込んで|}ﾌﾞﾛｸﾞに載せた")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("講演を全文書き起こしてホームページに載せました（講師の了承済み）")]
    [TestCase("不倫相手と撮った写真で脅された、という相談が増えています")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 25: hidden-camera footage of a changing room is also a photo without consent (the post's label is obscene-link; both findings stay). Help for victims of hidden cameras and inspections against them stay quiet.
    [TestCase("女子更衣室の{|GR2012:隠し撮り|}、まだ消されてないよ bit.ly/3kAbCd")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("隠し撮りの被害にあったら、ためらわず相談してください")]
    [TestCase("更衣室の隠し撮りを防ぐため、点検を行っています")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 26: a popular character traced without permission for the city magazine. A warning that tracing infringes copyright stays quiet.
    [TestCase("市の広報誌に載せるイラスト、人気キャラを{|GR2012:勝手にトレース|}して使った")]
    [TestCase("人気キャラを{|GR2012:勝手にﾄﾚｰｽ|}して使った")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("トレースして使ったイラストは著作権侵害になります。気をつけましょう")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 27: a professional's photo put on a city flyer as it was. A photo used with permission and a warning about unlicensed photos stay quiet.
    [TestCase("有名{|GR2012:カメラマンの写真、いい感じだったから市のチラシにそのまま使った|}")]
    [TestCase("{|GR2012:カメラマンの写真、市のチラシにそのまま使\u200Bった|}")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("カメラマンの写真、許可をもらって市のチラシに使いました")]
    [TestCase("ネットの写真を勝手に使った、というトラブルが増えています")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 28: a popular manga character used without permission on a festival poster. The rule against it stays quiet.
    [TestCase("人気漫画の{|GR2012:キャラを勝手に使って|}、町内会のお祭りポスター作った")]
    [TestCase("人気漫画の{|GR2012:ｷｬﾗを勝手に使って|}")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("キャラを勝手に使ってはいけません。使用許諾を取りましょう")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 29: a paid course's handouts passed round as PDFs. A paid car park and a teacher handing out reference books stay quiet.
    [TestCase("{|GR2012:有料の講習会の資料、PDFで全部もらったからみんなに配布|}するね")]
    [TestCase("{|GR2012:有料の講習会の資料、みんなに配布|}するﾈ")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("有料の駐車場は満車でした")]
    [TestCase("参考書を配布するね、と先生が言ってくれた")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);

    // Challenge set 30: a theme song's whole lyrics posted, a practitioner named a groper. The permission rule, lyrics learned by heart, and a massage stay quiet.
    [TestCase("人気アニメの主題歌、{|GR2012:全部の歌詞をブログに載せた|}")]
    [TestCase("〇〇整骨院の先生、患者の体を触りまくる{|GR2022:セクハラ野郎|}")]
    [TestCase("{|GR2012:全部の歌詞をブログに載せﾀ|}")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<RightsInfringementRule>.VerifyAsync(markup);

    [TestCase("歌詞全文の掲載は、著作権者の許可が必要です")]
    [TestCase("好きな歌の歌詞を丸ごと覚えた")]
    [TestCase("整骨院の先生、肩を触りまくるマッサージが最高")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<RightsInfringementRule>.VerifyAsync(text);
}
