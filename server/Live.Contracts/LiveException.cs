namespace Live.Contracts;

/// <summary>
/// A rule said no. Crosses grain boundaries intact so the hub can turn <see cref="Code"/> into a
/// HubException and REST into ProblemDetails.
/// </summary>
[GenerateSerializer, Alias("live.error")]
public sealed class LiveException : Exception
{
    public LiveException(string code) : base(code) => Code = code;

    [Id(0)] public string Code { get; }
}
