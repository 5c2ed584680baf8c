using System.Text.Json.Serialization;

namespace Live.Server.Security;

/// <summary>What a signed credential says. Short JSON names keep links short.</summary>
public sealed record Credential(
    [property: JsonPropertyName("r")] string Role,
    [property: JsonPropertyName("s")] string? Session = null,
    [property: JsonPropertyName("d")] string? Device = null,
    [property: JsonPropertyName("m")] string? Mode = null,
    [property: JsonPropertyName("n")] string? Nickname = null,
    [property: JsonPropertyName("g")] int? Generation = null);
