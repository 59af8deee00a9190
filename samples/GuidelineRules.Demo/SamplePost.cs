namespace GuidelineRules.Demo;

/// <summary>The post the demo checks when given none: several problems a reviewer would want pointed out.</summary>
internal static class SamplePost
{
    public const string Text =
        "【拡散希望】駅前の新しいラーメン屋、食中毒出したって噂。\n" +
        "あと部 外 秘の資料に書いてあったけど、予定価格は3億だってさ。\n" +
        "うちの課で検討中のごみ袋値上げもまだ内緒ね。夜のお供はこちら→ hxxps://av-matome[.]adult/new";
}
