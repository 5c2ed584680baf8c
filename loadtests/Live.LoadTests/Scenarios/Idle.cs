namespace Live.LoadTests.Scenarios;

public static class Idle
{
    public static Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel) => throw new NotImplementedException();
}
