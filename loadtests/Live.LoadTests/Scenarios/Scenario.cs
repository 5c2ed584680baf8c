namespace Live.LoadTests.Scenarios;

/// <summary>Runs one scenario by name.</summary>
public static class Scenario
{
    public static Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel) => o.Scenario switch
    {
        "vote-storm" => VoteStorm.RunAsync(o, cancel),
        "vote-to-screen" => VoteToScreen.RunAsync(o, cancel),
        "join-burst" => JoinBurst.RunAsync(o, cancel),
        "fan-out" => FanOut.RunAsync(o, cancel),
        "idle" => Idle.RunAsync(o, cancel),
        "reactions" => ReactionStorm.RunAsync(o, cancel),
        "word-cloud" => WordCloud.RunAsync(o, cancel),
        "open-burst" => OpenBurst.RunAsync(o, cancel),
        "quiz-burst" => QuizBurst.RunAsync(o, cancel),
        _ => throw new ArgumentException($"unknown scenario {o.Scenario}"),
    };
}
