using Live.LoadTests;

namespace Live.LoadTests.Tests;

public class SloCapacityTests
{
    private static SweepPoint Point(double rate, double p99, double worstSecond = 10, long lost = 0, long duplicated = 0, long errors = 0) =>
        new() { Rate = rate, Target = "live", AckMs = new(1, 2, p99, p99, p99), WorstSecondP99Ms = worstSecond, Lost = lost, Duplicated = duplicated, Errors = errors };

    [Theory]
    [InlineData(50, 200, 0, 0, 0, true)]
    [InlineData(50.1, 10, 0, 0, 0, false)]   // the whole rate's p99
    [InlineData(5, 200.1, 0, 0, 0, false)]   // one bad second is enough
    [InlineData(5, 10, 1, 0, 0, false)]
    [InlineData(5, 10, 0, 1, 0, false)]
    [InlineData(5, 10, 0, 0, 1, false)]
    public void A_rate_meets_the_slo_only_with_both_latency_bounds_and_nothing_wrong(double p99, double worstSecond, long lost, long dup, long errors, bool meets) =>
        Assert.Equal(meets, Point(1000, p99, worstSecond, lost, dup, errors).MeetsSlo);

    [Fact]
    public void Capacity_is_the_highest_rate_that_met_it_each_rate_judged_on_its_own()
    {
        Assert.Equal(4000, SloCapacity.Of([Point(2000, 20), Point(3000, 20, worstSecond: 900), Point(4000, 40), Point(5000, 80)]));
        Assert.Null(SloCapacity.Of([Point(2000, 60), Point(3000, 90)]));
    }

    [Fact]
    public void The_ratio_fails_when_live_met_nothing_and_is_undefined_without_a_baseline_capacity()
    {
        Assert.Equal(0.5, SloCapacity.Ratio(2000, 4000));
        Assert.Equal(0, SloCapacity.Ratio(null, 4000));
        Assert.Null(SloCapacity.Ratio(2000, null));
    }
}
