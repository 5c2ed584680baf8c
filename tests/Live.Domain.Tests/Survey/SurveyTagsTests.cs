using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Domain.Survey;

namespace Live.Domain.Tests.Survey;

public sealed class SurveyTagsTests
{
    private static readonly SurveyForm Form = SurveyForm.Validate("S", [
        (new PollDraftInput("Rate", "rating", ["Content"], null, false, false, "stars5"), false),
        (new PollDraftInput("What should we improve?", "text", null, null, false, false), false),
    ]);

    private static string KeyOf(string text) => PollKinds.Parse("text").ItemKeyOf(new Answer([], [text]))!;

    [Fact]
    public void Comments_are_counted_per_tag_per_person_and_the_same_words_share_their_tags()
    {
        var book = new SurveyBook(Form);
        foreach (var (who, text) in new[] { ("d1", "More Q&A"), ("d2", "more q&a"), ("d3", "政策支持力度要加大") })
            book.Save(Form, PollStatus.Open, who, [("s2", new BallotInput(Texts: [text]))], submit: false);
        var tags = new SurveyTags();
        tags.SetNames(["agenda", "政策支持"]);
        Assert.True(tags.Set(Form, "s2", KeyOf("More Q&A"), "agenda", on: true));
        Assert.False(tags.Set(Form, "s2", KeyOf("More Q&A"), "agenda", on: true)); // a resend
        tags.Set(Form, "s2", KeyOf("政策支持力度要加大"), "政策支持", on: true);
        Assert.Equal([new TagCount("agenda", 2), new TagCount("政策支持", 1)], tags.Count(Form, book)); // "more q&a" is the same comment

        tags.SetNames(["政策支持"]); // "agenda" dropped from the list comes off the comments too
        Assert.Equal([new TagCount("政策支持", 1)], tags.Count(Form, book));
        Assert.Single(tags.Tagged);
    }

    [Fact]
    public void Only_the_hosts_tags_go_on_comments_and_only_on_open_text()
    {
        var tags = new SurveyTags();
        tags.SetNames(["agenda"]);
        Assert.Equal(ErrorCodes.InvalidSurveyTag, Assert.Throws<RuleViolation>(() => tags.Set(Form, "s2", KeyOf("x"), "other", true)).Code);
        Assert.Equal(ErrorCodes.AnswerNotFound, Assert.Throws<RuleViolation>(() => tags.Set(Form, "s1", "0", "agenda", true)).Code);
        Assert.Equal(ErrorCodes.SurveyQuestionNotFound, Assert.Throws<RuleViolation>(() => tags.Set(Form, "s9", "k", "agenda", true)).Code);
        foreach (var bad in new[] { new[] { "a", "A" }, [""], [new string('x', 21)], Enumerable.Range(0, 11).Select(i => $"t{i}").ToArray() })
            Assert.Equal(ErrorCodes.InvalidSurveyTag, Assert.Throws<RuleViolation>(() => tags.SetNames(bad)).Code);
        Assert.Equal(["agenda"], tags.Names);
    }
}
