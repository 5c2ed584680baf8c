using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.ExportTestSupport;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class ChoiceExportTests
{
    private static BallotInput Pick(params int[] ids) => new(OptionIds: ids);

    [Fact]
    public void Single_choice_results_count_each_option_with_its_percent_of_respondents()
    {
        var poll = Draft("single", ["上海, 中国", "Lisbon \"PT\"", "Austin"]);
        var book = Book(poll, Pick(0), Pick(0), Pick(1));
        var results = Results(poll, book);

        Assert.Equal(["option_id", "option", "count", "percent"], results.Headers);
        Assert.Equal([["0", "上海, 中国", "2", "66.7"], ["1", "Lisbon \"PT\"", "1", "33.3"], ["2", "Austin", "0", "0"]], results.Rows);
        Assert.Equal(["option_id", "option"], Responses(poll, book).Headers.Skip(2));
        Assert.Equal([["0", "上海, 中国"], ["0", "上海, 中国"], ["1", "Lisbon \"PT\""]], Answers(Responses(poll, book)));
    }

    [Fact]
    public void Multiple_choice_percents_may_add_up_to_more_than_100_and_a_response_lists_every_choice()
    {
        var poll = Draft("multiple", ["A", "B", "C"], max: 2);
        var book = Book(poll, Pick(2, 0), Pick(0));
        Assert.Equal([["0", "A", "2", "100"], ["1", "B", "0", "0"], ["2", "C", "1", "50"]], Results(poll, book).Rows);
        var responses = Responses(poll, book);
        Assert.Equal(["option_ids", "options"], responses.Headers.Skip(2));
        Assert.Equal([["0;2", "A; C"], ["0", "A"]], Answers(responses));
    }

    [Fact]
    public void With_no_answers_the_options_are_listed_with_no_percent()
    {
        var poll = Draft("single", ["A", "B"]);
        Assert.Equal([["0", "A", "0", null], ["1", "B", "0", null]], Results(poll, Book(poll)).Rows);
        Assert.Empty(Responses(poll, Book(poll)).Rows);
    }
}
