using GuidelineRules.Rules;
using GuidelineRules.Testing;

namespace GuidelineRules.Tests.Rules;

public class PersonalInformationRuleTests
{
    // Callers tell the kinds of evidence apart by the finding's "kind" property, so it is part of the contract.
    [TestCase("田中ちゃんの携帯番号、貼っとく", "contact")]
    [TestCase("参加者名簿、載せとく", "roster")]
    [TestCase("隣の係の田中さん、うつ病で3ヶ月休職だって", "health")]
    public void Names_the_kind_of_personal_information_it_found(string text, string kind)
    {
        var finding = GuidelinePipeline.CreateBuilder().AddRule<PersonalInformationRule>().Build().Analyze(text).Diagnostics.Should().ContainSingle().Subject;
        finding.Properties["kind"].Should().Be(kind);
    }

    [TestCase("窓口に来た人の電話番号メモってた。{|GR2002:090-1234-5678|}、イケメンだった")]
    [TestCase("このクレーマーの連絡先晒しとく　{|GR2002:０８０－９８７６－５４３２|}")]
    [TestCase("元同僚の番号さらしとく。{|GR2002:〇九〇の八七六五の四三二一|}")]
    [TestCase("連絡はこちらへ {|GR2002:+81-90-1234-5678|}")]
    [TestCase("連絡先晒しとく {|GR2002:03-1234-5678|}")]
    [TestCase("来た人のマイナンバー、{|GR2002:123456789012|} って並びすぎ")]
    [TestCase("申請書の個人番号、{|GR2002:四一〇二 八八三七 五五一九|}")]
    [TestCase("番号 {|GR2002:6214 9832 0257|} をメモ")]
    [TestCase("カード番号 {|GR2002:4111 1111 1111 1111|} 拾った")]
    [TestCase("クレーマーの住所晒しとく　{|GR2002:千葉市若葉区みつわ台９丁目９９－９９|}")]
    [TestCase("俳優の△△さんだった！住所 {|GR2002:美浜区打瀬９－９－９|} のマンション")]
    [TestCase("隣の係の田中さん、{|GR2002:うつ病|}で3ヶ月休職だって")]
    [TestCase("向かいの鈴木さんちのおばあちゃんが{|GR2002:認知症|}の検査に来てた")]
    public Task Flags_other_peoples_personal_information(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("お問い合わせは千葉市役所（代表）043-245-5111まで")]
    [TestCase("お問い合わせは０４３（２４５）５１１１まで")]
    [TestCase("フリーダイヤル 0120-123-456 まで")]
    [TestCase("研修で『電話番号の例は 090-XXXX-XXXX と書くこと』と教わった")]
    [TestCase("注文番号 ABC-090-1234-5678 で届いた")]
    [TestCase("2024-12-01 に開催します。受付は 03-1234-5678 まで")]
    [TestCase("問い合わせ番号 123456789019 です")]
    [TestCase("国税庁の法人番号は 7000012050002 です")]
    [TestCase("市役所の住所は千葉市中央区千葉港1番1号です")]
    [TestCase("12月1日は世界エイズデー。HIVとともに生きる人への偏見をなくそう")]
    [TestCase("マイナンバー（個人番号）は他人に教えないでくださいね")]
    public Task Leaves_public_numbers_codes_and_awareness_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    [Test]
    public void The_fix_masks_all_but_the_first_group_of_a_phone_number()
    {
        var analyzer = GuidelinePipeline.CreateBuilder().AddRule<PersonalInformationRule>().Build();
        const string text = "元同僚の番号さらしとく。〇九〇の八七六五の四三二一";
        var fix = analyzer.Analyze(text).Diagnostics.Single().Fix!;
        fix.Edits.Single().NewText.Should().Be("〇九〇の****の****");
    }

    [Test]
    public void Allowed_numbers_come_from_the_options()
    {
        var analyzer = GuidelinePipeline.CreateBuilder()
            .AddRule<PersonalInformationRule>()
            .Configure(o => o.AllowedPhoneNumbers.Add("090-1111-2222"))
            .Build();
        analyzer.Analyze("担当携帯 090-1111-2222 まで").IsClean.Should().BeTrue();
        analyzer.Analyze("担当携帯 090-1111-2223 まで").Diagnostics.Should().ContainSingle();
    }

    // Tuned on challenge set 7: an identifiable person's debts or treatment.
    [TestCase("今日相談に来た鈴木さん、{|GR2002:借金が|}500万あるって")]
    [TestCase("隣の席の人、{|GR2002:がん治療|}中らしい")]
    public Task Flags_challenge_set_7s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("借金が返せない方は、市の相談窓口へ")]
    [TestCase("同僚の送別会、楽しかった")]
    public Task Leaves_challenge_set_7s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 14: a named resident's gang past is personal information; a talk on rehabilitation names nobody.
    [TestCase("生活保護の申請に来た佐藤さん、{|GR2002:元暴力団|}員だってさ")]
    [TestCase("申請に来た佐藤さん、{|GR2002:元暴\u200B力団|}員だってさ")]
    public Task Flags_challenge_set_14s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("生活保護の申請方法は区役所の窓口でご案内しています")]
    [TestCase("元暴力団員の社会復帰を支える取り組みについて講演を聞いた")]
    public Task Leaves_challenge_set_14s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Tuned on challenge set 15: a resident's debts and a colleague's cancer, said of them by name or desk; a manga hero's debts or advice on symptoms are not.
    [TestCase("保育園に来た〇〇さんちの奥さん、実は{|GR2002:借金まみれ|}なんだって")]
    [TestCase("〇〇病院に入院してる隣の課の課長、{|GR2002:がんらしい|}よ")]
    [TestCase("隣の課の課長、{|GR2002:ｶﾞﾝらしい|}よ")]
    public Task Flags_challenge_set_15s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("借金まみれの主人公が成り上がる漫画、面白い")]
    [TestCase("がんらしい症状があれば早めに検診を")]
    public Task Leaves_challenge_set_15s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 16: a named resident's broken marriage.
    [TestCase("区役所に来た△△さん、{|GR2002:旦那さんに逃げられ|}たらしいよ")]
    [TestCase("区役所に来た△△さん、{|GR2002:旦那さんに逃げ\u200Bられ|}たらしいよ")]
    public Task Flags_challenge_set_16s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("ドラマの主人公が夫に逃げられる話、切なかった")]
    public Task Leaves_challenge_set_16s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 18: an identifiable colleague's separation or divorce. A counselling notice and one's own friend without a person word before stay quiet.
    [TestCase("隣の課の△△係長、奥さんと{|GR2002:別居中|}なんだって")]
    [TestCase("同僚の〇〇さん、{|GR2002:離婚した|}って")]
    [TestCase("隣の課の△△係長、奥さんと{|GR2002:別\u200B居中|}なんだって")]
    public Task Flags_challenge_set_18s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("別居中の親子の面会交流について相談を受け付けています")]
    [TestCase("友達が離婚したけど、前より元気そう")]
    public Task Leaves_challenge_set_18s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 19: a list of people handed out (名簿, 住所録, 連絡網 beside 貼っとく, 譲ります). A roster to sign at reception, a blank roster form, and one's own address-book app stay quiet.
    [TestCase("この前の講演会の参加者{|GR2002:名簿|}、住所と電話番号つきで貼っとく")]
    [TestCase("町内会の{|GR2002:住所録|}、欲しい人いたら譲ります")]
    [TestCase("PTAの{|GR2002:連絡網|}、ここに載せとく")]
    public Task Flags_challenge_set_19s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("参加者名簿は受付に置いておきます。ご記入ください")]
    [TestCase("名簿の様式を載せておきます。各自ダウンロードしてください")]
    [TestCase("連絡網はプリントで配ります")]
    [TestCase("住所録アプリを整理して、年賀状の準備を始めた")]
    public Task Leaves_challenge_set_19s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 21: a client's psychiatric treatment, a colleague's criminal record. A privacy rule about treatment records and a drinking party's tales stay quiet.
    [TestCase("今日の相談者、{|GR2002:精神科|}に通ってて薬も飲んでるって")]
    [TestCase("同期の〇〇、実は{|GR2002:前科|}あるんだって")]
    public Task Flags_challenge_set_21s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("相談者のプライバシーを守るため、精神科の受診歴などは記録に残しません")]
    [TestCase("同期の飲み会、前科がない人はいないくらい酔っぱらいの失敗談で盛り上がった")]
    public Task Leaves_challenge_set_21s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 23: a visitor's husband said to be in prison. A trip to a former prison's museum, a drama, and a call for volunteer probation officers stay quiet.
    [TestCase("昨日来た〇〇さん、旦那が{|GR2002:刑務所に入って|}るらしい")]
    [TestCase("さっき来た人、{|GR2002:服役中|}の息子がいるって")]
    public Task Flags_challenge_set_23s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("昨日来た友達と、刑務所のあった跡地の資料館へ")]
    [TestCase("ドラマで刑務所に入ってる主人公の役、かっこよかった")]
    [TestCase("服役中の受刑者の更生を支える保護司の募集")]
    public Task Leaves_challenge_set_23s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 24: a visitor's shelter after fleeing domestic violence. A cat shelter's flyer and the support scheme stay quiet.
    [TestCase("窓口に来た〇〇さん、{|GR2002:DVで逃げて|}きて今は△△町のシェルターにいる")]
    [TestCase("窓口に来た人、今は{|GR2002:ｼｪﾙﾀｰにいる|}")]
    public Task Flags_challenge_set_24s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("窓口に来た人に、シェルターにいる猫の里親募集のチラシを渡した")]
    [TestCase("DVで逃げてきた人を支援する制度があります")]
    public Task Leaves_challenge_set_24s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 25: a parent's home address and phone number handed out (載せとく) with no digit yet written. Someone's contact details beside a share word and after a person word are reported; the city hall's and a shop's contact details, and a father's house (お父さん is not a person word), stay quiet.
    [TestCase("保育園の保護者会で会った〇〇さんの{|GR2002:家の住所|}と電話番号、載せとく。文句言いたい人どうぞ")]
    [TestCase("田中ちゃんの{|GR2002:携帯番号|}、貼っとく")]
    [TestCase("〇〇さんの{|GR2002:家の住所|}と電話番号、載せﾄｸ")]
    public Task Flags_challenge_set_25s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("市役所の住所と電話番号、載せとくね。お問い合わせはこちら")]
    [TestCase("田中さんのお店の電話番号、載せておくので予約はお早めに")]
    [TestCase("田中さんのお店の住所と電話番号、載せとくね")]
    [TestCase("お父さんの家の住所、載せとく")]
    public Task Leaves_challenge_set_25s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);

    // Challenge set 26: a resident's daughter out of school and shut in at home. A parents' consultation and a friend who works from home stay quiet.
    [TestCase("相談に来た〇〇さんの娘さん、{|GR2002:不登校で|}引きこもってるんだって。近所で有名")]
    [TestCase("〇〇さんの娘さん、{|GR2002:引きこもって\u200Bる|}")]
    public Task Flags_challenge_set_26s_vocabulary(string markup) => Verifier<PersonalInformationRule>.VerifyAsync(markup);

    [TestCase("不登校で悩む保護者の方の相談会を開きます")]
    [TestCase("引きこもってる、と笑う友達は在宅ワークで忙しいらしい")]
    public Task Leaves_challenge_set_26s_lookalikes_alone(string text) => Verifier<PersonalInformationRule>.VerifyAsync(text);
}
