using System.ComponentModel.DataAnnotations;

namespace Live.Server.Options;

/// <summary>Section "Security": who may talk to Live and how much. Every key is in the README and docs/SECURITY.md.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Browser origins (scheme://host[:port]) allowed besides Live's own, for REST and WebSockets. Requests with no
    /// Origin header (non-browser clients) are not refused by origin; a foreign Origin always is.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Addresses of reverse proxies (e.g. nginx) whose X-Forwarded-For is believed, so rate limits see the phone's
    /// address. Loopback is always trusted.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>Largest hub message a client may send. The biggest legitimate one (a 12-option poll, 500-char texts) is under 8 KB.</summary>
    [Range(1024, 1 << 20)] public int MaxMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Largest JSON request body for REST. The roster upload has its own, larger limit.</summary>
    [Range(1024, 1 << 20)] public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>A connection that sends nothing (not even the client's keep-alive ping) for this long is closed.</summary>
    [Range(5, 600)] public int ClientTimeoutSeconds { get; set; } = 30;

    /// <summary>How often the server pings each connection, so proxies and phones keep it open.</summary>
    [Range(1, 300)] public int KeepAliveSeconds { get; set; } = 15;
}

/// <summary>Section "RateLimits": per-source limits on REST and per-device limits on hub calls.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Turn off only for loopback load tests: a load generator is one source making thousands of joins.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sessions one address may create per hour.</summary>
    [Range(1, 100_000)] public int CreatePerSourcePerHour { get; set; } = 30;

    /// <summary>
    /// Joins one address may make per minute (a minute's worth may come at once). Phones on a venue's Wi-Fi each
    /// have their own address when Live runs in the venue; behind one NAT address, raise this or front Live with a
    /// proxy listed in Security:TrustedProxies.
    /// </summary>
    [Range(1, 1_000_000)] public int JoinPerSourcePerMinute { get; set; } = 600;

    /// <summary>Votes (including changed votes and retries) one device may send per minute.</summary>
    [Range(1, 100_000)] public int VotesPerDevicePerMinute { get; set; } = 60;

    [Range(1, 100_000)] public int QuestionsPerDevicePerMinute { get; set; } = 10;

    [Range(1, 100_000)] public int UpvotesPerDevicePerMinute { get; set; } = 120;

    [Range(1, 100_000)] public int CommentsPerDevicePerMinute { get; set; } = 30;

    /// <summary>Kept low: self check-in by name + last four digits must not be guessable by trying.</summary>
    [Range(1, 100_000)] public int CheckInsPerDevicePerMinute { get; set; } = 10;
}
