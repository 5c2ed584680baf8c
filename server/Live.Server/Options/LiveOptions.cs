using System.ComponentModel.DataAnnotations;

namespace Live.Server.Options;

/// <summary>Section "Live". Validated at start-up; every key is in the README's configuration table.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Where the SQLite file and the signing secret live. Relative paths are from the working directory.</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>Base URL phones use to reach Live (for the join link and QR). Empty: the URL of the request.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>"embedded" (one process, SQLite) or "redis" (Orleans Redis clustering + storage, SignalR backplane).</summary>
    [RegularExpression("^(embedded|redis)$")] public string Mode { get; set; } = "embedded";

    /// <summary>StackExchange.Redis connection string, for Mode = redis.</summary>
    public string? Redis { get; set; }

    /// <summary>Orleans silo-to-silo port (localhost clustering in embedded mode).</summary>
    [Range(1, 65535)] public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port.</summary>
    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Redis mode: the IP address this node's silo tells the other nodes to reach it on (it then listens only
    /// there). Empty: the address Orleans resolves for the host name, listening on all addresses.
    /// </summary>
    [RegularExpression(@"^[0-9a-fA-F.:]+$")] public string? AdvertisedAddress { get; set; }

    /// <summary>Folder holding clients/web and clients/screen. Empty: found by walking up from the app.</summary>
    public string? ClientsPath { get; set; }

    /// <summary>Proxy the front ends to running Vite dev servers (5173 web, 5174 screen) instead of serving dist/.</summary>
    public bool UseViteDevServers { get; set; }
}

/// <summary>Section "Realtime": how often snapshots go out.</summary>
public sealed class RealtimeOptions
{
    public const string Section = "Realtime";

    /// <summary>Most snapshots per second per session, for every kind of snapshot.</summary>
    [Range(1, 60)] public int SnapshotsPerSecond { get; set; } = 10;

    /// <summary>
    /// Load-test baseline only: every snapshot goes out on its own as it is handed in, and the poll grain hands in its
    /// results once per vote (PerChangePublisher): one broadcast per vote instead of one per tick, so loadtests/ can
    /// measure what coalescing saves. Never turn on in production.
    /// </summary>
    public bool PerChangeBroadcast { get; set; }

    /// <summary>
    /// Seconds a connection may leave a snapshot unaccepted (its buffers full: the phone stopped reading) before it is
    /// dropped; its client reconnects and resyncs. Until then it holds up no one else.
    /// </summary>
    [Range(1, 300)] public int SlowClientSeconds { get; set; } = 5;

    /// <summary>Reaction taps one connection may add per second; the rest are dropped quietly.</summary>
    [Range(1, 1000)] public int ReactionsPerConnectionPerSecond { get; set; } = 30;
}
