using Live.Domain.Polls.Kinds;

namespace Live.Domain.Polls;

/// <summary>
/// A validated poll: what it asks and how it may be answered. Option ids are their indexes. What the options,
/// <see cref="MaxSelections"/> and <see cref="Variant"/> mean is up to the <see cref="Kind"/> (statements of a rating,
/// entries per attendee of a word cloud).
/// </summary>
public sealed record PollDefinition(
    string Question,
    IPollKind Kind,
    IReadOnlyList<string> Options,
    int MaxSelections,
    bool AllowVoteChange,
    bool ShowResultsToAttendees,
    bool CheckedInOnly = false,
    string? Variant = null,
    IReadOnlyList<string>? HiddenKeys = null,
    string? FeaturedKey = null,
    bool AllowUpvotes = false,
    ResultsTiming AttendeeResults = ResultsTiming.AfterVoting)
{
    /// <summary>
    /// Phones get the results while they may upvote (they upvote what they see), and when the host shares them, unless
    /// the host keeps them until the poll closes.
    /// </summary>
    public bool ResultsVisibleToAttendees(PollStatus status) =>
        AllowUpvotes || ShowResultsToAttendees && (AttendeeResults != ResultsTiming.WhenClosed || status == PollStatus.Closed);

    /// <summary>Result items (words) the host took off the screen.</summary>
    public IReadOnlyList<string> Hidden => HiddenKeys ?? [];

    /// <summary>Most result items one poll can have hidden; a host hides a handful.</summary>
    public const int MaxHidden = 200;

    /// <summary>With <paramref name="key"/> hidden or shown again; idempotent so a retried click is harmless.</summary>
    public PollDefinition WithHidden(string key, bool hidden)
    {
        if (string.IsNullOrEmpty(key) || key.Length > PollLimits.ResultKeyMax) throw new Common.RuleViolation(Common.ErrorCodes.BadRequest);
        if (Hidden.Contains(key, StringComparer.Ordinal) == hidden) return this;
        if (hidden && Hidden.Count >= MaxHidden) throw new Common.RuleViolation(Common.ErrorCodes.TooManyIds);
        return this with
        {
            HiddenKeys = hidden ? [.. Hidden, key] : Hidden.Where(k => k != key).ToList(),
            FeaturedKey = hidden && FeaturedKey == key ? null : FeaturedKey, // a hidden answer is never spotlit
        };
    }
}

/// <summary>What the host typed, before validation.</summary>
public sealed record PollDraftInput(
    string? Question,
    string? Kind,
    IReadOnlyList<string?>? Options,
    int? MaxSelections,
    bool AllowVoteChange,
    bool ShowResultsToAttendees,
    string? Variant = null,
    bool AllowUpvotes = false,
    string? AttendeeResults = null);
