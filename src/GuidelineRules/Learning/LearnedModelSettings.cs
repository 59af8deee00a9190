namespace GuidelineRules.Learning;

/// <summary>How a model is trained: plain stochastic gradient descent with an L2 penalty, in a fixed order.</summary>
public sealed class LearnedModelSettings
{
    /// <summary>Passes over the training posts.</summary>
    public int Epochs { get; set; } = 15;

    /// <summary>The step size of the first pass; pass <c>e</c> uses <c>LearningRate / (1 + e)</c>.</summary>
    public double LearningRate { get; set; } = 0.5;

    /// <summary>The L2 penalty, applied to the weights a post touches.</summary>
    public double L2 { get; set; } = 1e-4;

    /// <summary>An n-gram must occur in at least this many training posts to get a weight.</summary>
    public int MinimumPostCount { get; set; } = 2;

    /// <summary>The seed of the shuffle before each pass.</summary>
    public int Seed { get; set; } = 1;
}
