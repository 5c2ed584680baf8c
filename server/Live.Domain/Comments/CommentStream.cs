using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Sessions;

namespace Live.Domain.Comments;

public enum CommentState { Pending = 0, Shown = 1, Dismissed = 2 }

/// <summary>A bullet comment (弹幕). Shown ones float across the big screen once and are gone.</summary>
public sealed record Comment(
    long Number, string Text, string? Author, AttendanceMode Channel, string DeviceId, DateTimeOffset At, CommentState State, bool Flagged)
{
    public string Id => $"c{Number}";
}

/// <summary>
/// The 弹幕 path: the same filter, review setting and bans as questions, its own rate limit. Keeps only
/// comments waiting for a moderator; shown ones are handed to the screen and forgotten.
/// </summary>
public sealed class CommentStream(long lastNumber = 0, IEnumerable<Comment>? pending = null, long cleared = 0)
{
    public const int TextMax = 60;
    public const int PendingMax = 500;

    private readonly List<Comment> _pending = [.. pending ?? []];
    private readonly Dictionary<string, (string Text, string OpId, Comment Comment)> _lastByDevice = new(StringComparer.Ordinal);

    public long LastNumber { get; private set; } = lastNumber;
    public long Cleared { get; private set; } = cleared;
    public IReadOnlyList<Comment> Pending => _pending;

    /// <summary>Validates and files a comment: shown at once, or pending when held for review.</summary>
    public Comment Send(ModerationPolicy policy, RateGate gate, string deviceId, string? nickname, AttendanceMode channel, string? text, string opId, DateTimeOffset now)
    {
        if (_lastByDevice.TryGetValue(deviceId, out var last) && last.OpId == opId) return last.Comment;
        if (!policy.Settings.CommentsEnabled) throw new RuleViolation(ErrorCodes.CommentsOff);
        policy.RequireNotBanned(deviceId);
        var clean = Text.Required(text, TextMax, ErrorCodes.TextRequired, ErrorCodes.TextTooLong);
        if (last.Text is not null && string.Equals(last.Text, clean, StringComparison.OrdinalIgnoreCase)) throw new RuleViolation(ErrorCodes.DuplicateText);
        gate.Require(deviceId, now);

        var flagged = policy.Filter.FindMatch(clean) is not null;
        var held = flagged || policy.Settings.CommentsReviewFirst;
        if (held && _pending.Count >= PendingMax) _pending.RemoveAt(0); // the oldest held comment is stale anyway
        var comment = new Comment(++LastNumber, clean, nickname, channel, deviceId, now, held ? CommentState.Pending : CommentState.Shown, flagged);
        if (held) _pending.Add(comment);
        gate.Mark(deviceId, now);
        _lastByDevice[deviceId] = (clean, opId, comment);
        return comment;
    }

    /// <summary>Approves (to the screen) or dismisses held comments. Returns the approved ones.</summary>
    public (List<Comment> Approved, bool Changed) Moderate(IReadOnlyList<string?>? ids, bool approve)
    {
        if (ids is null || ids.Count == 0) throw new RuleViolation(ErrorCodes.CommentNotFound);
        if (ids.Count > 200) throw new RuleViolation(ErrorCodes.TooManyIds);
        var chosen = ids.Distinct().Select(id => _pending.FirstOrDefault(c => c.Id == id) ?? throw new RuleViolation(ErrorCodes.CommentNotFound)).ToList();
        foreach (var c in chosen) _pending.Remove(c);
        var approved = approve ? chosen.Select(c => c with { State = CommentState.Shown }).ToList() : [];
        return (approved, chosen.Count > 0);
    }

    /// <summary>Asks every screen to drop what is floating now.</summary>
    public void Clear() => Cleared++;
}
