using Live.Domain.Common;
using Live.Domain.Quiz;

namespace Live.Domain.Tests.Quiz;

public sealed class QuizOptionsTests
{
    private static QuizOptions Parse(string teams, params string[] names) => QuizOptions.Parse(true, 0, 3, null, teams, names);

    [Theory]
    [InlineData("none", TeamSource.None)]
    [InlineData("Tables", TeamSource.Tables)]
    [InlineData("category", TeamSource.Category)]
    [InlineData(" company ", TeamSource.Company)]
    public void Every_team_source_is_read_whatever_its_case(string wire, TeamSource source)
    {
        var options = Parse(wire);
        Assert.Equal(source, options.Teams);
        Assert.Equal(wire.Trim().ToLowerInvariant(), QuizOptions.Name(options.Teams));
    }

    [Fact]
    public void Teams_by_pick_need_two_to_twelve_distinct_names_of_at_most_thirty_characters()
    {
        Assert.Equal(["红队", "Blue"], Parse("pick", " 红队", "Blue ").TeamNames);
        Assert.Equal(12, Parse("pick", Enumerable.Range(1, 12).Select(i => $"T{i}").ToArray()).TeamNames.Count);
        foreach (var bad in new[] { new[] { "红队" }, ["A", "a"], ["A", " "], ["A", new string('x', 31)], Enumerable.Range(1, 13).Select(i => $"T{i}").ToArray() })
            Assert.Equal(ErrorCodes.InvalidQuizSettings, Assert.Throws<RuleViolation>(() => Parse("pick", bad)).Code);
    }

    [Fact]
    public void Names_typed_for_picking_are_kept_under_another_source_so_switching_back_loses_nothing()
    {
        Assert.Equal(["A", "B"], Parse("company", "A", "B").TeamNames);
        Assert.Empty(Parse("company").TeamNames);
        Assert.Throws<RuleViolation>(() => Parse("pick"));
    }
}
