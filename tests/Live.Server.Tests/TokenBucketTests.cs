using Live.Server.Security;

namespace Live.Server.Tests;

/// <summary>The per-device allowance behind rate_limited: a burst, then a steady trickle, refilled by time alone.</summary>
public class TokenBucketTests
{
    private static readonly long Second = TimeSpan.TicksPerSecond;

    [Fact]
    public void A_device_may_send_a_quarter_minutes_worth_at_once_then_one_per_period()
    {
        var bucket = TokenBucket.PerMinute(60, nowTicks: 0); // burst 15, then one a second
        Assert.Equal(15, Enumerable.Range(0, 40).Count(_ => bucket.TryTake(0)));
        Assert.False(bucket.TryTake(Second / 2), "half a period refills half a token: not enough");
        Assert.True(bucket.TryTake(Second), "a whole period later one more call may pass");
        Assert.False(bucket.TryTake(Second));
    }

    [Fact]
    public void A_small_allowance_still_lets_a_double_tap_and_a_retry_through()
    {
        var bucket = TokenBucket.PerMinute(4, nowTicks: 0);
        Assert.Equal(3, Enumerable.Range(0, 10).Count(_ => bucket.TryTake(0)));
    }

    [Fact]
    public void An_idle_bucket_refills_to_its_limit_and_no_further()
    {
        var bucket = TokenBucket.PerMinute(60, nowTicks: 0);
        for (var i = 0; i < 15; i++) bucket.TryTake(0);
        Assert.False(bucket.IsFull(Second * 14));
        Assert.True(bucket.IsFull(Second * 15));
        Assert.Equal(15, Enumerable.Range(0, 40).Count(_ => bucket.TryTake(Second * 3600)));
    }

    [Fact]
    public void Time_going_backwards_refills_nothing()
    {
        var bucket = TokenBucket.PerMinute(4, nowTicks: 100 * Second);
        for (var i = 0; i < 3; i++) bucket.TryTake(100 * Second);
        Assert.False(bucket.TryTake(50 * Second));
    }

    [Fact]
    public async Task Concurrent_callers_of_one_device_never_get_more_than_the_burst()
    {
        var bucket = TokenBucket.PerMinute(60, nowTicks: 0);
        var granted = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++) if (bucket.TryTake(0)) Interlocked.Increment(ref granted);
        })));
        Assert.Equal(15, granted);
    }
}

/// <summary>The filter's buckets: one per device and method, dropped once refilled so 10,000 phones leave nothing behind.</summary>
public class HubRateLimitBucketTests
{
    private sealed class ManualTime : TimeProvider
    {
        public long Now;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Now;
    }

    private static HubRateLimitFilter Filter(ManualTime time) =>
        new(new Microsoft.Extensions.Options.OptionsMonitor<Live.Server.Options.RateLimitOptions>(
            new Microsoft.Extensions.Options.OptionsFactory<Live.Server.Options.RateLimitOptions>([], []), [], new Microsoft.Extensions.Options.OptionsCache<Live.Server.Options.RateLimitOptions>()), time);

    [Fact]
    public void Devices_and_methods_have_separate_allowances()
    {
        var time = new ManualTime();
        using var filter = Filter(time);
        Assert.Equal(3, Enumerable.Range(0, 10).Count(_ => filter.TryTake("Vote", "123456", "phone-a", 4)));
        Assert.True(filter.TryTake("Vote", "123456", "phone-b", 4), "another phone has its own allowance");
        Assert.True(filter.TryTake("Upvote", "123456", "phone-a", 4), "another method has its own allowance");
        Assert.True(filter.TryTake("Vote", "654321", "phone-a", 4), "the same device id in another session is another device");
        Assert.Equal(4, filter.Buckets);
    }

    [Fact]
    public void The_sweep_drops_only_buckets_that_have_refilled()
    {
        var time = new ManualTime();
        using var filter = Filter(time);
        for (var i = 0; i < 1000; i++) filter.TryTake("Vote", "123456", $"phone-{i}", 60);
        time.Now = TimeSpan.TicksPerSecond * 30;
        for (var i = 0; i < 15; i++) filter.TryTake("Vote", "123456", "busy-phone", 60);
        filter.Sweep();
        Assert.Equal(1, filter.Buckets);
        Assert.False(filter.TryTake("Vote", "123456", "busy-phone", 60), "the busy phone's spent allowance survived the sweep");
    }
}
