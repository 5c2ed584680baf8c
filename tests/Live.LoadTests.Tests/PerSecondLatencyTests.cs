using Live.LoadTests;

namespace Live.LoadTests.Tests;

public class PerSecondLatencyTests
{
    // Ticks of one millisecond keep the arithmetic readable: 1,000 ticks a second.
    private static PerSecondLatency Timeline() => new(startTimestamp: 10_000, ticksPerSecond: 1000);

    [Fact]
    public void A_vote_belongs_to_the_second_it_was_due_to_be_sent_in_however_late_its_ack()
    {
        var t = Timeline();
        t.Record(10_000 + 900, 10_000 + 900 + 5);      // due at 0.9 s, acked 5 ms later
        t.Record(10_000 + 950, 10_000 + 950 + 1_500);  // due at 0.95 s, acked in second 2
        t.Record(10_000 + 1_100, 10_000 + 1_100 + 3);  // due at 1.1 s

        var seconds = t.Seconds();

        Assert.Equal(2, seconds.Count);
        Assert.Equal(new SecondStats(0, 2, 5, 1500, 1500), seconds[0]);
        Assert.Equal(new SecondStats(1, 1, 3, 3, 3), seconds[1]);
        Assert.Equal(1500, PerSecondLatency.WorstP99(seconds));
    }

    [Fact]
    public void Percentiles_are_nearest_rank_over_the_raw_values()
    {
        var micros = Enumerable.Range(1, 200).Select(ms => ms * 1000).Reverse().ToList();

        var s = PerSecondLatency.Summarize(3, micros);

        Assert.Equal(new SecondStats(3, 200, 100, 198, 200), s);
    }

    [Fact]
    public void A_second_in_which_nothing_was_due_is_empty_and_not_the_worst()
    {
        var t = Timeline();
        t.Record(10_000 + 2_500, 10_000 + 2_500 + 7);

        var seconds = t.Seconds();

        Assert.Equal([0, 0, 1], seconds.Select(s => s.Count));
        Assert.Equal(7, PerSecondLatency.WorstP99(seconds));
        Assert.Equal(0, PerSecondLatency.WorstP99([]));
    }
}
