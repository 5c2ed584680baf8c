using Live.Contracts;
using Live.Domain.Moderation;
using Live.Domain.Qna;
using Live.Domain.Sessions;

namespace Live.Grains.Qna;

/// <summary>Between the domain's question queue, what is stored, and what each audience sees.</summary>
public static class QnaMapping
{
    public static QnaSettings ToContract(this ModerationSettings s) =>
        new(s.ReviewFirst, s.AllowAnonymous, s.CommentsEnabled, s.CommentsPaused, s.ShowCommentNicknames, s.CommentsReviewFirst);

    public static ModerationSettings ToDomain(this QnaSettings s) =>
        new(s.ReviewFirst, s.AllowAnonymous, s.CommentsEnabled, s.CommentsPaused, s.ShowCommentNicknames, s.CommentsReviewFirst ?? s.ReviewFirst);

    public static PolicySnapshot ToSnapshot(this ModerationPolicy p) =>
        new(p.Settings.ToContract(), p.Blocklist, p.Bans.Select(b => new BanView(b.DeviceId, b.Reason, b.At)).ToList());

    public static ModerationPolicy ToDomain(this PolicySnapshot p) =>
        new(p.Settings.ToDomain(), p.Blocklist, p.Bans.Select(b => new Ban(b.DeviceId, b.Reason, b.At)).ToList());

    public static ModerationPolicy Policy(this QnaState s) => new(
        s.Settings?.ToDomain() ?? new ModerationSettings(),
        s.Blocklist ?? DefaultBlocklist.Words,
        s.Bans.Select(b => new Ban(b.DeviceId, b.Reason, b.At)).ToList());

    public static Question ToDomain(this StoredQuestion q) => new()
    {
        Number = q.Number, Text = q.Text, OriginalText = q.OriginalText, Author = q.Author, Anonymous = q.Anonymous,
        Channel = SessionRules.ParseMode(q.Channel), DeviceId = q.DeviceId, OpId = q.OpId,
        State = QuestionStates.Parse(q.State), Starred = q.Starred, Flagged = q.Flagged,
        Upvoters = new HashSet<string>(q.Upvoters, StringComparer.Ordinal), CreatedAt = q.CreatedAt, UpdatedAt = q.UpdatedAt,
    };

    public static StoredQuestion ToStored(this Question q) => new(
        q.Number, q.Text, q.OriginalText, q.Author, q.Anonymous, q.Channel.ToWire(), q.DeviceId, q.OpId,
        q.State.ToWire(), q.Starred, q.Flagged, [.. q.Upvoters], q.CreatedAt, q.UpdatedAt);

    /// <summary>Everything, for hosts and moderators.</summary>
    public static QuestionView ForHost(this Question q) => new(
        q.Id, q.Text, q.OriginalText, q.Author, q.Anonymous, q.Channel.ToWire(), q.State.ToWire(), q.Starred, q.Votes,
        q.CreatedAt, q.UpdatedAt, q.Flagged, q.DeviceId);

    /// <summary>For the room and the author: no device id, no original text, no filter verdict.</summary>
    public static QuestionView ForPublic(this Question q) => q.ForHost() with { OriginalText = null, Flagged = false, DeviceId = null };

    public static ModerationLogEntry ToContract(this ModerationEntry e) => new(e.At, e.QuestionId, e.Action, e.From, e.To, e.Detail);

    public static ModerationEntry ToDomain(this ModerationLogEntry e) => new(e.At, e.QuestionId, e.Action, e.From, e.To, e.Detail);
}
