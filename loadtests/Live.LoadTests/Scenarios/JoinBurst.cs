namespace Live.LoadTests.Scenarios;

public static class JoinBurst
{
    public static Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel) => throw new NotImplementedException();
}
