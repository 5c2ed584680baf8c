namespace Live.Domain.Common;

/// <summary>Client-made operation ids: how a retried command is recognised and applied once.</summary>
public static class OpIds
{
    public const int Max = 64;

    public static string Require(string? opId) =>
        string.IsNullOrWhiteSpace(opId) || opId.Length > Max ? throw new RuleViolation(ErrorCodes.InvalidOpId) : opId;
}
