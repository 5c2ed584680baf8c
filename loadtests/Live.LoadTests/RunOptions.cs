using System.Globalization;
using System.Net;

namespace Live.LoadTests;

/// <summary>Command line of one run. Every run is bounded: a count, a duration and a hard timeout.</summary>
public sealed record RunOptions
{
    public required string Scenario { get; init; }
    public bool Smoke { get; init; }

    /// <summary>--counters: beside --json as NAME.counters.csv, else loadtests/results/SCENARIO.counters.csv.</summary>
    public string CountersFile => JsonFile is { } json ? Path.ChangeExtension(json, ".counters.csv")
        : Path.Combine(ChildServers.RepoRoot, "loadtests/results", $"{Scenario}.counters.csv");
    /// <summary>An already running Live server; null: the harness starts the Release build itself.</summary>
    public Uri? Url => Urls.Count > 0 ? Urls[0] : null;
    /// <summary>
    /// --url A,B,C: the nodes of one running Live cluster. REST, the console and the screen use the first; attendees'
    /// hub connections are spread over all of them in turn (as a balancer would spread devices), so a cluster can be
    /// measured without a balancer's own cost in the figures. One URL: a single server, or a balancer in front of many.
    /// </summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];
    public int Attendees { get; init; }
    public double Rate { get; init; }
    public double DurationSeconds { get; init; }
    public double WithinSeconds { get; init; }
    public string? JsonFile { get; init; }
    /// <summary>smoke: where to write the checks passed and failed.</summary>
    public string? ChecksFile { get; init; }
    public bool Markdown { get; init; }
    /// <summary>--counters: record runtime counters of the server children and the load generator (CounterCapture).</summary>
    public bool Counters { get; init; }
    public bool Baseline { get; init; } = true;
    public int SnapshotsPerSecond { get; init; } = 10;
    /// <summary>reactions: taps per React call (the app coalesces taps; the hub accepts 1–50).</summary>
    public int TapsPerCall { get; init; } = 5;
    /// <summary>vote-storm --sweep R1,R2,…: the rates to measure one after another (empty: one run at <see cref="Rate"/>).</summary>
    public IReadOnlyList<double> Sweep { get; init; } = [];
    /// <summary>vote-storm --warmup S: seconds of unmeasured voting at the first rate on each side before measuring (default 5; smoke 0).</summary>
    public double WarmupSeconds { get; init; }
    /// <summary>
    /// vote-storm --sessions N (Live side only): N sessions, the attendees spread over them round-robin, one poll per
    /// session per rate, each session's tally reconciled against its own devices' acks. 1: one session (the default).
    /// </summary>
    public int Sessions { get; init; } = 1;
    /// <summary>open-burst: seconds the joined attendees stay connected and idle before the poll opens.</summary>
    public double IdleSeconds { get; init; }
    /// <summary>idle: keep each server's connections open this many seconds after measuring, for dotnet-gcdump/-counters.</summary>
    public double HoldSeconds { get; init; }

    /// <summary>Nothing may run longer than this, whatever happens.</summary>
    public TimeSpan HardLimit => TimeSpan.FromSeconds(
        Math.Max((DurationSeconds * Math.Max(1, Sweep.Count) + WarmupSeconds) * (Baseline ? 2 : 1), WithinSeconds) * 3 + IdleSeconds + HoldSeconds + (Scenario == "smoke" ? 240 : 120));

    public static readonly string[] Scenarios = ["join-burst", "vote-storm", "vote-to-screen", "fan-out", "idle", "reactions", "word-cloud", "open-burst", "quiz-burst", "smoke"];

    public static RunOptions Parse(string[] args)
    {
        if (args.Length == 0 || !Scenarios.Contains(args[0])) throw new ArgumentException($"first argument: one of {string.Join(", ", Scenarios)}");
        var flags = new Dictionary<string, string?>();
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--")) throw new ArgumentException($"unexpected argument {args[i]}");
            var takesValue = i + 1 < args.Length && !args[i + 1].StartsWith("--");
            flags[args[i][2..]] = takesValue ? args[++i] : null;
        }
        var smoke = flags.ContainsKey("smoke");
        var d = Defaults(args[0], smoke);
        double Num(string name, double fallback) => flags.TryGetValue(name, out var v) && v is not null ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var urls = flags.TryGetValue("url", out var u) && u is not null
            ? u.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => RequireLoopback(new Uri(x))).ToList()
            : [];
        var known = new[] { "smoke", "url", "attendees", "rate", "duration", "within", "json", "markdown", "no-baseline", "snapshots-per-second", "taps-per-call", "checks", "counters", "hold", "sweep", "idle", "sessions", "warmup" };
        foreach (var key in flags.Keys) if (!known.Contains(key)) throw new ArgumentException($"unknown flag --{key}");
        if (flags.ContainsKey("sweep") && args[0] != "vote-storm") throw new ArgumentException("--sweep is for vote-storm only");
        if (flags.ContainsKey("sessions") && args[0] != "vote-storm") throw new ArgumentException("--sessions is for vote-storm only");
        var sessions = flags.TryGetValue("sessions", out var sv) && int.TryParse(sv, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n
            : flags.ContainsKey("sessions") ? throw new ArgumentException("--sessions needs a whole number ≥ 1, e.g. --sessions 10") : 1;
        var parsed = d with
        {
            Urls = urls,
            Attendees = (int)Num("attendees", d.Attendees),
            Rate = Num("rate", d.Rate),
            DurationSeconds = Num("duration", d.DurationSeconds),
            WithinSeconds = Num("within", d.WithinSeconds),
            JsonFile = flags.GetValueOrDefault("json"),
            ChecksFile = flags.GetValueOrDefault("checks"),
            Markdown = flags.ContainsKey("markdown"),
            Counters = flags.ContainsKey("counters"),
            Baseline = !flags.ContainsKey("no-baseline"),
            SnapshotsPerSecond = (int)Num("snapshots-per-second", 10),
            TapsPerCall = Math.Clamp((int)Num("taps-per-call", 5), 1, 50),
            HoldSeconds = Math.Max(0, Num("hold", 0)),
            Sweep = flags.TryGetValue("sweep", out var sw) && sw is not null
                ? [.. sw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture) is > 0 and var r ? r : throw new ArgumentException($"--sweep: {x} is not a rate"))]
                : flags.ContainsKey("sweep") ? throw new ArgumentException("--sweep needs rates, e.g. --sweep 1000,2000,3000") : [],
            IdleSeconds = Math.Max(0, Num("idle", d.IdleSeconds)),
            WarmupSeconds = Math.Max(0, Num("warmup", smoke ? 0 : 5)),
            Sessions = sessions,
        };
        if (parsed.Sessions > 1 && parsed.Sessions > parsed.Attendees) throw new ArgumentException($"--sessions {parsed.Sessions}: more sessions than attendees ({parsed.Attendees})");
        return parsed;
    }

    // Full-size defaults are the targets (docs/PERFORMANCE.md, "Targets"); smoke sizes finish in seconds and check correctness only.
    private static RunOptions Defaults(string scenario, bool smoke) => (scenario, smoke) switch
    {
        ("join-burst", false) => new() { Scenario = scenario, Attendees = 5000, WithinSeconds = 10 },
        ("join-burst", true) => new() { Scenario = scenario, Smoke = true, Attendees = 200, WithinSeconds = 2 },
        ("vote-storm", false) => new() { Scenario = scenario, Attendees = 1000, Rate = 3000, DurationSeconds = 60 },
        ("vote-storm", true) => new() { Scenario = scenario, Smoke = true, Attendees = 300, Rate = 300, DurationSeconds = 3 },
        // The vote-ingest target's rate: 10,000 phones vote once each, over 3.3 s.
        ("vote-to-screen", false) => new() { Scenario = scenario, Attendees = 10000, Rate = 3000, DurationSeconds = 10 },
        ("vote-to-screen", true) => new() { Scenario = scenario, Smoke = true, Attendees = 300, Rate = 100, DurationSeconds = 3 },
        ("fan-out", false) => new() { Scenario = scenario, Attendees = 10000, Rate = 10, DurationSeconds = 10 },
        ("fan-out", true) => new() { Scenario = scenario, Smoke = true, Attendees = 200, Rate = 10, DurationSeconds = 2 },
        // 10,000 phones change their words (1-3 each) for 30 s at 2,000 entries a second (about 1,000 submissions).
        ("word-cloud", false) => new() { Scenario = scenario, Attendees = 10000, Rate = 1000, DurationSeconds = 30 },
        ("word-cloud", true) => new() { Scenario = scenario, Smoke = true, Attendees = 200, Rate = 200, DurationSeconds = 3 },
        // A poll opens after 60 s of idle connections and all 5,000 answer within 3 s (issue 16's burst-after-idle).
        ("open-burst", false) => new() { Scenario = scenario, Attendees = 5000, IdleSeconds = 60, WithinSeconds = 3 },
        ("open-burst", true) => new() { Scenario = scenario, Smoke = true, Attendees = 200, IdleSeconds = 1, WithinSeconds = 1 },
        // Issue 17: 5,000 players answer a quiz question within 3 s, then each gets its rank at the reveal.
        ("quiz-burst", false) => new() { Scenario = scenario, Attendees = 5000, WithinSeconds = 3 },
        ("quiz-burst", true) => new() { Scenario = scenario, Smoke = true, Attendees = 200, WithinSeconds = 1 },
        ("smoke", _) => new() { Scenario = scenario, Smoke = true },
        ("idle", false) => new() { Scenario = scenario, Attendees = 10000 },
        ("reactions", false) => new() { Scenario = scenario, Attendees = 1000, Rate = 5000, DurationSeconds = 30 },
        ("reactions", true) => new() { Scenario = scenario, Smoke = true, Attendees = 200, Rate = 500, DurationSeconds = 3 },
        _ => new() { Scenario = scenario, Smoke = true, Attendees = 200 },
    };

    /// <summary>Load goes to this machine only; a typo must not load someone else's server.</summary>
    public static Uri RequireLoopback(Uri url)
    {
        var host = url.Host.Trim('[', ']');
        var loopback = host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
        if (!loopback) throw new ArgumentException($"--url must be a loopback address (127.0.0.0/8, ::1, localhost), not {url.Host}");
        return url;
    }
}
