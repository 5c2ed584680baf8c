using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Domain.Survey;

namespace Live.Domain.Tests.Survey;

public sealed class SurveyBookTests
{
    /// <summary>The shipped template's shape: three statements rated 1–5, an NPS, an optional comment.</summary>
    private static readonly SurveyForm Form = SurveyForm.Validate("满意度调查 Satisfaction", [
        (new PollDraftInput("Rate the event", "rating", ["内容 Content", "服务 Service", "收获 Takeaways"], null, false, true, "stars5"), true),
        (new PollDraftInput("Would you recommend it?", "rating", ["推荐 Recommend"], null, false, false, "nps"), true),
        (new PollDraftInput("What should we improve?", "text", null, null, false, false), false),
    ]);

    private static (string?, BallotInput) Ratings(string id, params int[] r) => (id, new BallotInput(Ratings: r));
    private static (string?, BallotInput) Said(string id, string text) => (id, new BallotInput(Texts: [text]));

    [Fact]
    public void A_person_saves_progress_then_submits_once_and_the_tallies_follow_every_change()
    {
        var book = new SurveyBook(Form);
        Assert.True(book.Save(Form, PollStatus.Open, "p:a12", [Ratings("s1", 5, 4, 3)], submit: false));
        Assert.True(book.Save(Form, PollStatus.Open, "p:a12", [Ratings("s1", 4, 4, 3)], submit: false)); // changed their mind
        Assert.False(book.Save(Form, PollStatus.Open, "p:a12", [Ratings("s1", 4, 4, 3)], submit: false)); // a resend
        Assert.Equal((1, 0), (book.Started, book.Submitted));
        var (tally, answered) = book.ResultsOf(Form.Questions[0]);
        Assert.Equal(1, answered);
        Assert.Equal([4.0, 4.0, 3.0], tally.Items!.Select(i => i.Value!.Value));

        Assert.Equal(ErrorCodes.SurveyIncomplete, Assert.Throws<RuleViolation>(() => book.Save(Form, PollStatus.Open, "p:a12", [], submit: true)).Code);
        Assert.True(book.Save(Form, PollStatus.Open, "p:a12", [Ratings("s2", 9)], submit: true)); // the optional comment may stay empty
        Assert.Equal(1, book.Submitted);
        Assert.False(book.Save(Form, PollStatus.Open, "p:a12", [Ratings("s2", 9)], submit: true)); // sent twice: once
        Assert.Equal(ErrorCodes.SurveySubmitted, Assert.Throws<RuleViolation>(() => book.Save(Form, PollStatus.Open, "p:a12", [Said("s3", "late")], submit: false)).Code);
        Assert.Equal(1, book.Submitted);
        Assert.Equal(0, book.ResultsOf(Form.Questions[2]).Answered); // the comment refused after the submit is not held
    }

    [Fact]
    public void Bad_answers_change_nothing_at_all()
    {
        var book = new SurveyBook(Form);
        book.Save(Form, PollStatus.Open, "d1", [Ratings("s1", 5, 5, 5)], submit: false);
        foreach (var (bad, code) in new (IReadOnlyList<(string?, BallotInput)>, string)[]
        {
            ([Ratings("s1", 1, 1, 1), Ratings("s9", 3)], ErrorCodes.SurveyQuestionNotFound), // the good one in front is not kept either
            ([Ratings("s2", 11)], ErrorCodes.InvalidRating),
            ([Ratings("s1", 1, 1)], ErrorCodes.InvalidRating),
        })
            Assert.Equal(code, Assert.Throws<RuleViolation>(() => book.Save(Form, PollStatus.Open, "d1", bad, submit: false)).Code);
        Assert.Equal([5.0, 5.0, 5.0], book.ResultsOf(Form.Questions[0]).Tally.Items!.Select(i => i.Value!.Value));
        Assert.Equal(0, book.ResultsOf(Form.Questions[1]).Answered);
        Assert.Equal(ErrorCodes.SurveyClosed, Assert.Throws<RuleViolation>(() => book.Save(Form, PollStatus.Closed, "d2", [Ratings("s2", 8)], false)).Code);
        Assert.Equal(ErrorCodes.SurveyClosed, Assert.Throws<RuleViolation>(() => book.Save(Form, PollStatus.Draft, "d2", [Ratings("s2", 8)], false)).Code);
        Assert.Equal(1, book.Started);
    }

    [Fact]
    public void A_form_takes_ratings_choices_and_text_only_and_at_most_twenty_questions()
    {
        var ranking = new PollDraftInput("Rank", "ranking", ["A", "B"], null, false, false);
        Assert.Equal(ErrorCodes.InvalidPollKind, Assert.Throws<RuleViolation>(() => SurveyForm.Validate("S", [(ranking, true)])).Code);
        var single = new PollDraftInput("Which day?", "single", ["Day 1", "Day 2"], null, false, false);
        Assert.Equal(20, SurveyForm.Validate("S", Enumerable.Repeat((single, false), 20).ToList()).Questions.Count);
        Assert.Equal(ErrorCodes.SurveyFull, Assert.Throws<RuleViolation>(() => SurveyForm.Validate("S", Enumerable.Repeat((single, false), 21).ToList())).Code);
        Assert.Equal(ErrorCodes.TitleRequired, Assert.Throws<RuleViolation>(() => SurveyForm.Validate(" ", [])).Code);
        Assert.Equal(ErrorCodes.OptionCount, Assert.Throws<RuleViolation>(() => SurveyForm.Validate("S", [(single with { Options = ["only"] }, false)])).Code);
        Assert.Equal(["s1", "s2", "s3"], Form.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_restored_response_is_tallied_and_an_answer_that_no_longer_fits_is_left_out()
    {
        var book = new SurveyBook(Form);
        book.Restore(Form, "p:a1", [("s1", new Answer([5, 4, 3])), ("s2", new Answer([99])), ("s7", new Answer([1]))], submitted: true);
        Assert.Equal((1, 1), (book.Started, book.Submitted));
        Assert.Equal(1, book.ResultsOf(Form.Questions[0]).Answered);
        Assert.Equal(0, book.ResultsOf(Form.Questions[1]).Answered);
        Assert.Equal(["s1"], book.Responses["p:a1"].Answers.Keys);
    }
}
