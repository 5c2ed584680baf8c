namespace Live.Domain.Common;

/// <summary>
/// Thrown by a rule when input breaks it. <see cref="Code"/> is a stable, lower_snake_case error code that
/// clients translate; it is part of the public API (docs/API.md lists every code).
/// </summary>
public sealed class RuleViolation(string code, string? detail = null) : Exception(detail ?? code)
{
    public string Code { get; } = code;
}
