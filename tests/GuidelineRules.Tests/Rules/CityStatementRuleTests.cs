using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class CityStatementRuleTests
{
    [TestCase("@question_user そのイベントは中止{|GR2005:で確定です|}よ（市職員）")]
    [TestCase("千葉市の職員です。ふるさと納税の返礼品、来月から全部{|GR2005:廃止になります|}")]
    [TestCase("中の人なので言っときます。千葉市はカジノ誘致に{|GR2005:賛成の立場です|}")]
    [TestCase("{|GR2015:市としての公式見解|}を言うと、あの件は設備の問題です")]
    [TestCase("職員だからわかるけど、{|GR2015:市 の 方 針 と し て は|}市民プールは全部廃止")]
    public Task Flags_claims_presented_as_official(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の職員ですが、このアカウントでの発言は個人のものであり、市の見解ではありません")]
    [TestCase("担当課としてお知らせします。図書館の開館時間延長は4月1日から実施します（本日記者発表済み）")]
    [TestCase("個人的な感想ですが、駅前の再開発は完成したら楽しみです")]
    [TestCase("そのイベントは中止で確定ですよ")]
    [TestCase("市の発表によると、来月から粗大ごみのネット受付が始まるそうです")]
    public Task Leaves_disclaimed_official_and_personal_posts_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    [Test]
    public void Settled_claims_are_info_and_the_fix_appends_a_disclaimer()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule<CityStatementRule>().Build();
        const string text = "千葉市の職員です。来月から全部廃止になります";
        var diagnostic = analyzer.Analyze(text).Diagnostics.Single();
        diagnostic.Severity.Should().Be(Severity.Info);
        var edit = diagnostic.Fix!.Edits.Single();
        edit.Span.Should().Be(new TextSpan(text.Length, 0));
        edit.NewText.Should().Contain("個人の見解");
    }

    [TestCase("{|GR2015:千葉市としては|}、この件に責任はありません")]
    [TestCase("市の{|GR2015:職員として言わせて|}もらうと、あの計画は市の失敗です")]
    public Task Flags_speaking_as_the_city(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("本日、千葉市としては初めてとなる取り組みを記者発表しました")]
    [TestCase("※個人の見解です。市としては色々な考えがあると思う")]
    public Task Leaves_official_sources_and_disclaimed_views_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    [TestCase("{|GR2015:市の公式見解として|}言うと、問題なし")]
    public Task Flags_claiming_the_official_view(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の公式見解は市のホームページをご覧ください")]
    public Task Leaves_pointers_to_the_official_view_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // The city as the subject of a settled claim reads as official without 「職員です」; 都市は, 朝市は and a claim in
    // another sentence do not.
    [TestCase("市は保育園の待機児童問題を{|GR2005:完全に解決しました|}。もう心配いりません")]
    [TestCase("千葉市は観光政策で{|GR2005:大成功を収め|}た")]
    [TestCase("ｺﾞﾐ問題、市はもう{|GR2005:片付けた|}よ")]
    public Task Flags_settled_claims_with_the_city_as_subject(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("大きな都市は渋滞の問題を解決した例が多い")]
    [TestCase("日曜の朝市は中止になります")]
    [TestCase("市は頑張っています。うちの子の宿題はやっと片付けた")]
    [TestCase("市は課題を解決したいと考え、意見を募集しています")]
    [TestCase("市は待機児童ゼロを達成したと記者発表で公表しました")]
    public Task Leaves_other_subjects_wishes_and_official_sources_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // The eighth session's evidence: the city's finances or response as the subject of a settled claim.
    [TestCase("市の財政は{|GR2005:健全そのもの|}です")]
    [TestCase("あの件、市の対応はもう{|GR2005:解消済み|}")]
    public Task Flags_the_eighth_sessions_evidence(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("都市の財政は健全そのものです")]
    [TestCase("市政は市民のためにあります")]
    [TestCase("市の対応は迅速でした、と市民の方からお礼の電話")]
    public Task Leaves_the_eighth_sessions_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // The eighth session's vocabulary: absolute denials by staff.
    [TestCase("ごみ処理場の移転は{|GR2005:絶対にありません|}。安心してください（市職員より）")]
    public Task Flags_the_eighth_sessions_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("このイベントに参加費は一切ありません")]
    [TestCase("この薬は副作用が全くありません、という広告にご注意")]
    public Task Leaves_the_eighth_sessions_vocabulary_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Tuned on challenge set 7: the city's policy invoked.
    [TestCase("この件は{|GR2015:市の方針として|}既に決定済みです")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("決定事項ですので、変更はできません")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Tuned on challenge set 8: a decision the poster calls the city's; blame stated as known among staff.
    [TestCase("駐輪場の有料化は{|GR2015:市の決定事項|}なので、文句を言っても変わりません")]
    [TestCase("駐輪場の有料化は{|GR2015:市の決定\u200B事項|}なので、文句を言っても変わりません")]
    [TestCase("図書館の赤字はすべて前館長{|GR2005:の責任です|}。職員の間では常識")]
    [TestCase("市は水害対策は{|GR2005:もう完璧|}なので、避難の準備はいりません")]
    public Task Flags_challenge_set_8s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("安全運転は一人ひとりの責任です")]
    [TestCase("市内のホテルはサービスがもう完璧なので、おすすめです")]
    [TestCase("職員の間では、新しい食堂のカレーが人気です")]
    [TestCase("市の決定事項は、市のホームページで公表しています")]
    public Task Leaves_challenge_set_8s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Tuned on challenge set 9: a decision and a view presented as the city's.
    [TestCase("ごみ収集の有料化は{|GR2015:市として決定|}済みです")]
    [TestCase("{|GR2015:市の公式見解として|}は、あの事故に行政の責任は一切ありません")]
    public Task Flags_challenge_set_9s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("ごみ収集の有料化は市として決定しました。詳しくは市のホームページをご覧ください")]
    public Task Leaves_challenge_set_9s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Tuned on challenge sets 10 and 11: staff speaking as staff or as the one in charge, claims that nothing will
    // change or nothing is needed.
    [TestCase("市の{|GR2015:職員として言いますが|}、今回の値上げは妥当な判断です")]
    [TestCase("市の{|GR2015:担当者として断言|}しますが、この道路は来年必ず開通します")]
    [TestCase("千葉市は災害に強い街なので、備蓄{|GR2005:なんていりません|}よ")]
    [TestCase("中の人だから言えるけど、あの計画は{|GR2005:もう絶対に変わらない|}")]
    [TestCase("市の方針は{|GR2005:もう決まっている|}ので、署名を集めても意味ないですよ")]
    public Task Flags_challenge_sets_10_and_11s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("うちの子の進路、もう決まっているので安心です")]
    [TestCase("遠慮なんていりませんよ、どうぞ上がってください")]
    public Task Leaves_challenge_sets_10_and_11s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Tuned on challenge set 12: the staff's consensus and the city's official position as one's own words.
    [TestCase("この件について市が謝ることは絶対にありません。{|GR2015:職員の総意|}です")]
    [TestCase("{|GR2015:市の公式な立場としては|}、あの開発に問題はなかったということです")]
    public Task Flags_challenge_set_12s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("謝ることはありません、と子どもに言った")]
    public Task Leaves_challenge_set_12s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Set 15's false alarm, measured before any change: the official view named only to point at the official record.
    [TestCase("{|GR2015:市の公式見解は|}、あの報道は誤報だということです")]
    [TestCase("{|GR2015:市の公式見解ﾊ|}、あの報道は誤報だということです")]
    public Task Flags_the_official_view_without_its_source(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("千葉市の公式見解は市長記者会見の資料をご覧ください")]
    [TestCase("千葉市の公式見解は会見資料のとおりです")]
    [TestCase("市の公式見解は、市のホームページの資料をご覧ください")]
    public Task Leaves_a_pointer_to_the_official_record_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Tuned on challenge set 14: 「市の見解として」 and a staff member's 「絶対に実現しない」.
    [TestCase("市の職員だから分かるけど、この計画は{|GR2005:絶対に実現しない|}")]
    [TestCase("{|GR2015:市の見解として|}申し上げますが、ネットの批判は事実無根です")]
    [TestCase("{|GR2015:市の見解として|}申し上げますが、ﾈｯﾄの批判は事実無根です")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("この計画は絶対に実現しないと思ってたけど、完成して感動")]
    [TestCase("市の見解については記者発表資料をご覧ください")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 16: speaking from one's post at city hall, for all staff, or with the city's formal answer.
    [TestCase("{|GR2015:市役所勤めの立場から言うと|}、あの施設の赤字は問題ない")]
    [TestCase("市は間違っていません。{|GR2015:職員一同そう考え|}ています")]
    [TestCase("千葉{|GR2015:市の正式な回答として|}は、補償の予定はない")]
    [TestCase("{|GR2015:市役所勤めの立場\u200Bから言うと|}、問題ない")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の正式な回答は担当課から文書でお送りします")]
    [TestCase("職員一同、皆さまのご来場をお待ちしております")]
    [TestCase("市役所勤めの友人と久しぶりにランチ")]
    [TestCase("市役所勤めの立場から、手続きのコツを紹介します")]
    [TestCase("正式な回答としては後日文書でお知らせします")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 17: voicing the city's view, holding a contractor responsible as the city; a disclaimer and an announced programme stay quiet.
    [TestCase("{|GR2015:市の見解を代弁|}すると、苦情は受け付けない")]
    [TestCase("この件は{|GR2015:市として全面的に業者側に責任があると考えています|}")]
    [TestCase("{|GR2015:市の見解を代\u200B弁|}すると")]
    public Task Flags_challenge_set_17s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の見解は定例会見でお伝えしています")]
    [TestCase("子どもの気持ちを代弁する絵本を読んだ")]
    [TestCase("市の見解を代弁するつもりはありません。個人の感想です")]
    [TestCase("市として全面的に支援する事業が始まりました")]
    public Task Leaves_challenge_set_17s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 18: 「これが市の公式な立場です」 and apologising on behalf of the city. Pointing to the official press conference, or saying whose role an apology is, stays quiet.
    [TestCase("あの事故は市に落ち度はない。これが{|GR2015:市の公式な立場です|}")]
    [TestCase("千葉{|GR2015:市を代表してお詫びします|}")]
    [TestCase("{|GR2015:これが市の見解です|}")]
    [TestCase("千葉{|GR2015:市を代表してお詫び\u200Bします|}")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の公式な立場は、本日の記者会見でお伝えしました")]
    [TestCase("市を代表して謝罪するのは市長の役目だと記者会見で説明がありました")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 19: 「市の正式見解として」. Pointing to where the official view is published (ホームページに掲載) stays quiet.
    [TestCase("千葉{|GR2015:市の正式見解|}として、あの報道は誤りです")]
    [TestCase("{|GR2015:市の正式な見解|}として言うと、問題ありません")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の正式見解はホームページに掲載しています")]
    [TestCase("正式見解として発表された内容を広報紙に掲載しました")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 20: 「市の公式回答として」, a staff member's insider certainty about a tax rise, 「それが市の結論です」. Pointing to the published answer, a reporter's question, and a tip about busy Mondays stay quiet.
    [TestCase("{|GR2015:市の公式回答として|}言うけど、あの工事に問題は一切ない")]
    [TestCase("{|GR2015:市役所の人間だから分かるけど、来年から市民税は上がります|}")]
    [TestCase("千葉市はこの件で謝罪しません。{|GR2015:それが市の結論|}です")]
    public Task Flags_challenge_set_20s_vocabulary_after_tuning(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の公式回答は、広報課のページに掲載しています")]
    [TestCase("それが市の結論ですかと記者に聞かれた市長は、検討中と答えた")]
    [TestCase("市役所の人間だからわかるけど、月曜の窓口は混むよ")]
    public Task Leaves_challenge_set_20s_lookalikes_alone_after_tuning(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 21: 「市の見解をはっきり言っておくと」, answering as the city's officer. Pointing to the official site and to the inquiry form stay quiet.
    [TestCase("{|GR2015:市の見解をはっきり|}言っておくと、あの団体への補助は打ち切ります")]
    [TestCase("市の{|GR2015:担当者として回答します|}。住民税の減免はできません")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の見解を言うと長くなるので、公式サイトを見てください")]
    [TestCase("担当者として回答しますので、お問い合わせフォームからご連絡ください")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 22: explaining the city's position oneself, guaranteeing as staff, the officer in charge vouching. Declining to speak for the city and a wish to do good work stay quiet.
    [TestCase("この件についての{|GR2015:市の立場を私から|}説明します。補償はしません")]
    [TestCase("{|GR2015:市の職員として保証|}します。この水は飲んでも安全です")]
    [TestCase("千葉市は今回の判決に控訴します。{|GR2015:担当の私が言うんだから|}間違いない")]
    public Task Flags_challenge_set_22s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の立場を私から説明することはできません。広報課へお問い合わせください")]
    [TestCase("職員として約束します、と言える仕事をしたい")]
    public Task Leaves_challenge_set_22s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 23: a subsidy's end announced 'officially' as the city's officer, a city decision announced on a personal account, a project's success asserted from the staff's standpoint. A request to wait for the official notice, a decision already on the website, and modesty about what staff can assert stay quiet.
    [TestCase("千葉市の{|GR2015:担当者から正式にお伝えします|}。この補助金は来年で終わりです")]
    [TestCase("市民の皆さん、{|GR2015:市の決定として伝え|}ます。駅前の駐輪場は有料化します")]
    [TestCase("{|GR2015:職員の立場で断言できる。|}あの事業は失敗しない")]
    [TestCase("{|GR2015:市の決定として伝え|}ま\u200Bす")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の担当者から正式にお伝えするまで、しばらくお待ちください")]
    [TestCase("市の決定としてお伝えした内容は、ホームページに掲載しています")]
    [TestCase("職員として断言できることは少ないけれど、窓口は丁寧に")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 24: the city's position announced 'formally', a staff member's assurance, the city's thinking stated as settled, the press officer's denial on a personal account. A notice on the website, a newsletter quoted, and a press officer's preview of the newsletter stay quiet.
    [TestCase("{|GR2015:市として正式に申し上げ|}ます。あの団体とは今後一切関わりません")]
    [TestCase("現役の{|GR2015:市職員が断言|}する。この条例は絶対に通る")]
    [TestCase("千葉{|GR2015:市の考えはこうです|}：批判は受け付けません")]
    [TestCase("市の{|GR2015:広報担当として言いますが|}、この記事は事実無根です")]
    [TestCase("{|GR2015:市の考えはｺｳです|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市として正式に決まったことは、ホームページでお知らせします")]
    [TestCase("市の考えはこうです、と書かれた広報紙の特集がわかりやすかった")]
    [TestCase("広報担当として言いますと、来月の広報紙は紅葉特集です")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 25: the city's protest announced on a personal account, a staff member speaking from the staff's standpoint. The mayor's protest as reported and a staff member's restraint stay quiet.
    [TestCase("千葉{|GR2015:市は今回の報道に強く抗議します|}（市職員の私見）")]
    [TestCase("{|GR2015:職員の立場で言わせてもらう|}と、市は住民の声なんて聞く気はない")]
    [TestCase("千葉{|GR2015:市は今回の報道に強く抗議しま\u200Bす|}")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市は強く抗議します、という市長のコメントが報道された")]
    [TestCase("職員の立場で言わせてもらうと、とつい言いそうになるが、個人の意見として話すようにしている")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 26: the city's view explained by one staff member, a tax cut promised as an insider. A pointer to the city newsletter and a promise about petrol prices stay quiet.
    [TestCase("千葉{|GR2015:市の見解を私から説明|}します。あの報道は全部でたらめです")]
    [TestCase("市役所の中の人だけど、来年の市民税は{|GR2005:確実に下がります|}")]
    [TestCase("{|GR2015:市の見解を私から説明|}しま\u200Bす")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の見解を説明しますので、市政だよりをご覧ください")]
    [TestCase("確実に下がります、と言われたガソリン価格、下がらない")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 27: the city declining to apologise on a personal account, an answer given as the city's officer, a bridge guaranteed by a staff member. A politician in the news and a guarantor for a junior's lease stay quiet.
    [TestCase("千葉市はこの件で{|GR2005:謝罪するつもりはありません|}。以上")]
    [TestCase("{|GR2015:市の担当として回答|}すると、その補助金は今年度で終了です")]
    [TestCase("{|GR2015:職員の私が保証します|}。この橋は100年もちます")]
    [TestCase("{|GR2015:職員の私が保証しま\u200Bす|}")]
    public Task Flags_challenge_set_27s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("謝罪するつもりはありません、と言った政治家のニュース、ひどかった")]
    [TestCase("職員の私が保証人になって、後輩が部屋を借りられた")]
    public Task Leaves_challenge_set_27s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 28: a word 'as the city's representative', the city's formal answer on a personal account, an insider's certainty, the city's stance on complaints. A marathon greeting, advice against the phrase, and a rained-off game stay quiet.
    [TestCase("{|GR2015:市の代表として一言。|}今回の件で市に落ち度は一切ない")]
    [TestCase("これは千葉市{|GR2015:の正式な回答です|}。補助金の追加はしません")]
    [TestCase("中の人が言うけど、あの計画は{|GR2005:絶対に中止にならない|}")]
    [TestCase("{|GR2015:市として言っておきます|}が、苦情は一切受け付けません")]
    [TestCase("{|GR2015:市として言っておきます|}が、苦情は一切受け付けませ\u200Bん")]
    public Task Flags_challenge_set_28s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市の代表として一言ご挨拶申し上げます、と市民マラソンの開会式で")]
    [TestCase("市として言っておきますが、という言い方は誤解を招くので避けましょう")]
    [TestCase("あの試合、絶対に中止にならないと思ってたのに、雨で中止")]
    public Task Leaves_challenge_set_28s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 29: 'this is the city's final decision'. A reporter's question and a friend's lunch stay quiet.
    [TestCase("これ{|GR2015:が市の最終判断です|}。異論は認めません")]
    [TestCase("これ{|GR2015:が市の最終判断デス|}。")]
    public Task Flags_challenge_set_29s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("これが市の最終判断ですか？と記者が質問していました")]
    [TestCase("異論は認めません、と友達が言ってた。今日のランチはカレー")]
    public Task Leaves_challenge_set_29s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 30: speaking on behalf of the city about a ruling, the city's stance stated as settled, an insider's verdict. The mayor's greeting and press conference, a mascot, and a shop's notice stay quiet.
    [TestCase("千葉市{|GR2015:を代表して申し上げると|}、この判決には納得していません")]
    [TestCase("この件に関する{|GR2015:市の立場は明確です|}：一切の責任を負いません")]
    [TestCase("市の{|GR2015:内部の人間として言います|}が、あの事業は失敗です")]
    [TestCase("市の{|GR2015:内部の人間として言いﾏｽ|}")]
    public Task Flags_challenge_set_30s_vocabulary(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);

    [TestCase("市を代表して申し上げます、と市長が開会式で挨拶しました")]
    [TestCase("市の立場は明確です、と記者会見で市長が述べました")]
    [TestCase("中の人間として言えることは、着ぐるみは暑いってこと")]
    [TestCase("お客様の荷物について、当店は責任を負いません")]
    public Task Leaves_challenge_set_30s_lookalikes_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    // Challenge set 34: pointing readers to where the city's view is published is what the guideline asks for.
    [TestCase("市の公式見解は、広報課のページでお知らせしています")]
    [TestCase("市の公式見解は、広報課のﾍﾟｰｼﾞでお知らせしています")]
    [TestCase("市の公式見解は、市長の定例記者会見でお伝えしています")]
    public Task Leaves_a_pointer_to_the_official_source_alone(string text) => Verifier<CityStatementRule>.VerifyAsync(text);

    [TestCase("{|GR2015:市の公式見解は|}、あの事業は失敗だったということです")]
    [TestCase("{|GR2015:市の公式見解は|}、あの事業は失敗。ページを見ても書いてないけどね")]
    public Task Still_flags_the_city_s_view_stated_without_a_source(string markup) => Verifier<CityStatementRule>.VerifyAsync(markup);
}
