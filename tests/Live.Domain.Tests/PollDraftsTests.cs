using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds.Choice;

namespace Live.Domain.Tests;

public class PollDraftsTests
{
    private static PollDraftInput Draft(string? question = "Which product?", string? kind = "single", string?[]? options = null, int? max = null) =>
        new(question, kind, options ?? ["A", "B"], max, true, false);

    [Fact]
    public void A_valid_single_choice_draft_becomes_a_definition()
    {
        var poll = PollDrafts.Validate(Draft(question: "  Which   product? ", options: ["  Model X ", "Model Y"]));
        Assert.Equal("Which product?", poll.Question);
        Assert.Equal(["Model X", "Model Y"], poll.Options);
        Assert.Equal(ChoiceKind.Single, poll.Kind);
        Assert.Equal(1, poll.MaxSelections);
    }

    [Theory]
    [InlineData(null, ResultsTiming.AfterVoting)]
    [InlineData("afterVoting", ResultsTiming.AfterVoting)]
    [InlineData("always", ResultsTiming.Always)]
    [InlineData("whenClosed", ResultsTiming.WhenClosed)]
    public void Shared_results_show_after_voting_unless_the_host_says_otherwise(string? given, ResultsTiming kept)
    {
        var poll = PollDrafts.Validate(new PollDraftInput("Q?", "single", ["A", "B"], null, true, true, AttendeeResults: given));
        Assert.Equal(kept, poll.AttendeeResults);
        Assert.Equal(given ?? "afterVoting", kept.ToWire());
    }

    [Fact]
    public void An_unknown_results_timing_is_refused()
    {
        var refused = Assert.Throws<RuleViolation>(() => PollDrafts.Validate(new PollDraftInput("Q?", "single", ["A", "B"], null, true, true, AttendeeResults: "never")));
        Assert.Equal(ErrorCodes.InvalidResultsTiming, refused.Code);
    }

    [Theory]
    [InlineData(ResultsTiming.AfterVoting, PollStatus.Open, true)]  // the phone hides them until its ballot is in
    [InlineData(ResultsTiming.Always, PollStatus.Open, true)]
    [InlineData(ResultsTiming.WhenClosed, PollStatus.Open, false)]  // not even sent before the close
    [InlineData(ResultsTiming.WhenClosed, PollStatus.Closed, true)]
    public void Results_reach_phones_when_shared_and_a_close_only_poll_only_once_closed(ResultsTiming timing, PollStatus status, bool sent)
    {
        var poll = PollDrafts.Validate(Draft()) with { ShowResultsToAttendees = true, AttendeeResults = timing };
        Assert.Equal(sent, poll.ResultsVisibleToAttendees(status));
        Assert.False((poll with { ShowResultsToAttendees = false }).ResultsVisibleToAttendees(PollStatus.Closed));
    }

    [Fact]
    public void Multiple_choice_defaults_to_all_options()
    {
        var poll = PollDrafts.Validate(Draft(kind: "multiple", options: ["A", "B", "C"]));
        Assert.Equal(3, poll.MaxSelections);
    }

    [Theory]
    [InlineData(null, ErrorCodes.QuestionRequired)]
    [InlineData("  ", ErrorCodes.QuestionRequired)]
    public void Empty_questions_are_refused(string? question, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolation>(() => PollDrafts.Validate(Draft(question: question))).Code);

    [Fact]
    public void Oversized_question_is_refused() =>
        Assert.Equal(ErrorCodes.QuestionTooLong, Assert.Throws<RuleViolation>(() => PollDrafts.Validate(Draft(question: new string('问', 201)))).Code);

    [Fact]
    public void A_question_of_200_chinese_characters_or_emoji_fits() =>
        Assert.Equal(200, Text.Length(PollDrafts.Validate(Draft(question: string.Concat(Enumerable.Repeat("🎉", 200)))).Question));

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void Option_count_must_be_2_to_12(int count) =>
        Assert.Equal(ErrorCodes.OptionCount, Assert.Throws<RuleViolation>(() =>
            PollDrafts.Validate(Draft(options: Enumerable.Range(0, count).Select(i => $"o{i}").ToArray()))).Code);

    [Fact]
    public void Options_must_be_non_empty_short_and_distinct()
    {
        Assert.Equal(ErrorCodes.OptionRequired, Assert.Throws<RuleViolation>(() => PollDrafts.Validate(Draft(options: ["A", " "]))).Code);
        Assert.Equal(ErrorCodes.OptionTooLong, Assert.Throws<RuleViolation>(() => PollDrafts.Validate(Draft(options: ["A", new string('x', 81)]))).Code);
        Assert.Equal(ErrorCodes.OptionDuplicate, Assert.Throws<RuleViolation>(() => PollDrafts.Validate(Draft(options: ["Yes", "yes"]))).Code);
    }

    [Theory]
    [InlineData("single", 2)]
    [InlineData("multiple", 0)]
    [InlineData("multiple", 4)]
    public void Max_selections_must_fit_the_kind(string kind, int max) =>
        Assert.Equal(ErrorCodes.InvalidMaxSelections, Assert.Throws<RuleViolation>(() =>
            PollDrafts.Validate(Draft(kind: kind, options: ["A", "B", "C"], max: max))).Code);

    [Theory]
    [InlineData(null)]
    [InlineData("quiz")]
    public void Unknown_kinds_are_refused(string? kind) =>
        Assert.Equal(ErrorCodes.InvalidPollKind, Assert.Throws<RuleViolation>(() => PollDrafts.Validate(Draft(kind: kind))).Code);
}
