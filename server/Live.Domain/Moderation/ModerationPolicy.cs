using Live.Domain.Common;

namespace Live.Domain.Moderation;

/// <summary>
/// How a session treats what its audience writes. ReviewFirst holds questions, CommentsReviewFirst holds 弹幕: a host
/// often screens questions but lets 弹幕 flow (the word filter still holds what it matches).
/// </summary>
public sealed record ModerationSettings(
    bool ReviewFirst = false,
    bool AllowAnonymous = true,
    bool CommentsEnabled = true,
    bool CommentsPaused = false,
    bool ShowCommentNicknames = true,
    bool CommentsReviewFirst = false);

/// <summary>A device a moderator stopped from posting, and why.</summary>
public sealed record Ban(string DeviceId, string Reason, DateTimeOffset At);

/// <summary>
/// Settings, word list and bans as one value, so the comment path can hold a copy of exactly what the
/// question queue enforces.
/// </summary>
public sealed record ModerationPolicy(ModerationSettings Settings, IReadOnlyList<string> Blocklist, IReadOnlyList<Ban> Bans)
{
    public const int BlocklistMaxWords = 500;
    public const int WordMax = 40;
    public const int ReasonMax = 200;

    public static ModerationPolicy Default { get; } = new(new ModerationSettings(), DefaultBlocklist.Words, []);

    private WordFilter? _filter;
    private HashSet<string>? _banned;

    public WordFilter Filter => _filter ??= new WordFilter(Blocklist);

    public bool IsBanned(string deviceId) => (_banned ??= Bans.Select(b => b.DeviceId).ToHashSet(StringComparer.Ordinal)).Contains(deviceId);

    /// <summary>Throws device_banned when the device may not post.</summary>
    public void RequireNotBanned(string deviceId)
    {
        if (IsBanned(deviceId)) throw new RuleViolation(ErrorCodes.DeviceBanned);
    }

    /// <summary>Cleans a host's word list: trimmed, empty lines dropped, duplicates removed, limits enforced.</summary>
    public static IReadOnlyList<string> CleanBlocklist(IReadOnlyList<string?>? words)
    {
        var clean = (words ?? []).Select(w => Text.Clean(w)).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clean.Count > BlocklistMaxWords || clean.Any(w => Text.Length(w) > WordMax)) throw new RuleViolation(ErrorCodes.BlocklistTooLong);
        return clean;
    }

    public ModerationPolicy WithBan(string deviceId, string? reason, DateTimeOffset now)
    {
        var cleanReason = Text.Optional(reason, ReasonMax, ErrorCodes.ReasonTooLong) ?? string.Empty;
        if (IsBanned(deviceId)) return this;
        return this with { Bans = [.. Bans, new Ban(deviceId, cleanReason, now)], _banned = null };
    }

    public ModerationPolicy WithoutBan(string deviceId) =>
        IsBanned(deviceId) ? this with { Bans = Bans.Where(b => b.DeviceId != deviceId).ToList(), _banned = null } : this;

    public ModerationPolicy WithBlocklist(IReadOnlyList<string?>? words) => this with { Blocklist = CleanBlocklist(words), _filter = null };
}
