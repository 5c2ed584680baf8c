using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds;

/// <summary>The registry: every poll kind, by its wire name. A new kind is a folder and one line here.</summary>
public static class PollKinds
{
    public static readonly IReadOnlyList<IPollKind> All =
    [
        Choice.ChoiceKind.Single,
        Choice.ChoiceKind.Multiple,
        Rating.RatingKind.Instance,
        Ranking.RankingKind.Instance,
        WordCloud.WordCloudKind.Instance,
        OpenText.OpenTextKind.Instance,
    ];

    private static readonly Dictionary<string, IPollKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind with this name (trimmed, any case), or invalid_poll_kind.</summary>
    public static IPollKind Parse(string? name) =>
        ByName.GetValueOrDefault(name?.Trim().ToLowerInvariant() ?? "") ?? throw new RuleViolation(ErrorCodes.InvalidPollKind);
}
