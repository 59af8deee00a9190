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
}
