using Live.Contracts;

namespace Live.Grains.Comments;

/// <summary>What a comments grain persists: comments waiting for a moderator, the numbering, the clear counter.</summary>
[GenerateSerializer, Alias("live.comments-state")]
public sealed class CommentsState
{
    [Id(0)] public long LastNumber { get; set; }
    /// <summary>Held comments in host form (with device id).</summary>
    [Id(1)] public List<CommentView> Pending { get; set; } = [];
    [Id(2)] public long Cleared { get; set; }
    [Id(3)] public long Version { get; set; }
}
