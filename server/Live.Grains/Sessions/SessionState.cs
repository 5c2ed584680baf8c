namespace Live.Grains.Sessions;

/// <summary>What a session grain persists. Poll details live in the poll grains; this keeps their order.</summary>
[GenerateSerializer, Alias("live.session-state")]
public sealed class SessionState
{
    /// <summary>Null until created.</summary>
    [Id(0)] public string? Title { get; set; }

    [Id(1)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Poll ids in the host's order (creation order until reordered: "p1", "p2", …).</summary>
    [Id(2)] public List<string> PollIds { get; set; } = [];

    /// <summary>The poll the big screen shows, or null for the join screen.</summary>
    [Id(3)] public string? ScreenPollId { get; set; }

    /// <summary>Grows with every change, across restarts.</summary>
    [Id(4)] public long Version { get; set; }

    /// <summary>"join", "poll" or "qna"; null in states written before the Q&A view existed (then: poll if ScreenPollId is set).</summary>
    [Id(5)] public string? ScreenView { get; set; }

    /// <summary>Valid generation of each shared link by role ("host", "moderator", "screen"); absent means 0.</summary>
    [Id(6)] public Dictionary<string, int> KeyGenerations { get; set; } = [];

    /// <summary>The host deleted the session. Kept as a tombstone so the code is never reused and old links never open a new session.</summary>
    [Id(7)] public bool Deleted { get; set; }

    /// <summary>Per poll, who was present when it last closed (Participation.Present); absent until it closes.</summary>
    [Id(8)] public Dictionary<string, int> PresentAtClose { get; set; } = [];

    /// <summary>"zh-CN" or "en": what every screen shows unless switched by hand there; null: each screen's browser.</summary>
    [Id(9)] public string? Language { get; set; }

    /// <summary>Polls the host deleted, oldest first. Their grains keep the results (the exports still read them); ids are never reused.</summary>
    [Id(10)] public List<string> DeletedPollIds { get; set; } = [];
}
