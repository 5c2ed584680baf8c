using Live.Domain.Operations;
using Microsoft.Extensions.Time.Testing;

namespace Live.Domain.Tests.Operations;

/// <summary>The operator's last-minute figures: a clock the test moves, no timing measured.</summary>
public sealed class ActivityWindowTests
{
    private readonly FakeTimeProvider _time = new();

    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Counts_calls_errors_and_the_rate_over_the_window()
    {
        var window = new ActivityWindow(_time, seconds: 60);
        for (var i = 0; i < 120; i++) window.Record(Ms(10), failed: i % 40 == 0);
        _time.Advance(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 60; i++) window.Record(Ms(10), failed: false);

        var figures = window.Figures();
        Assert.Equal((180L, 3L), (figures.Calls, figures.Errors));
        Assert.Equal(3.0, figures.PerSecond);
        Assert.Equal(3.0 / 180, figures.ErrorRate, 10);
    }

    [Fact]
    public void A_second_leaves_the_window_once_it_is_older_than_the_window()
    {
        var window = new ActivityWindow(_time, seconds: 60);
        window.Record(Ms(5), failed: true);
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1, window.Figures().Calls); // 59 s ago: still in the last minute
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((0L, 0L), (window.Figures().Calls, window.Figures().Errors));
        Assert.Null(window.Figures().P99Ms);
    }

    [Fact]
    public void A_slot_reused_a_minute_later_starts_from_zero()
    {
        var window = new ActivityWindow(_time, seconds: 10);
        for (var i = 0; i < 5; i++) window.Record(Ms(1), failed: false);
        _time.Advance(TimeSpan.FromSeconds(10)); // same slot of the ring, ten seconds on
        window.Record(Ms(1), failed: false);
        Assert.Equal(1, window.Figures().Calls);
    }

    [Fact]
    public void P99_is_the_bound_of_the_bucket_holding_the_99th_percentile()
    {
        var window = new ActivityWindow(_time);
        for (var i = 0; i < 990; i++) window.Record(Ms(4), failed: false); // bucket (3, 5]
        for (var i = 0; i < 10; i++) window.Record(Ms(620), failed: false); // bucket (500, 750]
        Assert.Equal(5, window.Figures().P99Ms);          // the 990th of 1,000 is still fast
        window.Record(Ms(620), failed: false);             // now 11 of 1,001 are slow: the 991st is one of them
        Assert.Equal(750, window.Figures().P99Ms);
    }

    [Fact]
    public void Calls_slower_than_the_last_bound_count_in_the_last_bucket()
    {
        var window = new ActivityWindow(_time);
        window.Record(TimeSpan.FromMinutes(2), failed: true);
        Assert.Equal(LatencyBuckets.UpperMs[^1], window.Figures().P99Ms);
        Assert.Equal(0, LatencyBuckets.IndexOf(0));
        Assert.Equal(0, LatencyBuckets.IndexOf(1));   // bounds are inclusive
        Assert.Equal(1, LatencyBuckets.IndexOf(1.01));
    }

    [Fact]
    public void Figures_of_several_nodes_merge_bucket_by_bucket()
    {
        var fast = new ActivityWindow(_time);
        var slow = new ActivityWindow(_time);
        for (var i = 0; i < 95; i++) fast.Record(Ms(2), failed: false);
        for (var i = 0; i < 5; i++) slow.Record(Ms(1200), failed: true);

        var cluster = ActivityFigures.Merge(60, [fast.Figures(), slow.Figures()]);
        Assert.Equal((100L, 5L), (cluster.Calls, cluster.Errors));
        Assert.Equal(1500, cluster.P99Ms); // neither node's own p99 alone (2 ms, 1,500 ms) averaged
        Assert.Equal(2, fast.Figures().P99Ms);
        Assert.Equal(100 / 60.0, cluster.PerSecond, 10);
    }

    [Fact]
    public void Calls_from_many_threads_are_all_counted()
    {
        var window = new ActivityWindow(_time);
        Parallel.For(0, 8, _ => { for (var i = 0; i < 10_000; i++) window.Record(Ms(3), failed: i % 100 == 0); });
        Assert.Equal((80_000L, 800L), (window.Figures().Calls, window.Figures().Errors));
    }
}
