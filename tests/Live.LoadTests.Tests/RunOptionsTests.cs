using Live.LoadTests;

namespace Live.LoadTests.Tests;

public class RunOptionsTests
{
    [Fact]
    public void Sweep_takes_a_list_of_rates_and_bounds_the_run_by_all_of_them_on_both_sides()
    {
        var o = RunOptions.Parse(["vote-storm", "--sweep", "500, 1000,2000", "--duration", "10"]);

        Assert.Equal([500.0, 1000, 2000], o.Sweep);
        Assert.Equal(5, o.WarmupSeconds);
        Assert.Equal(TimeSpan.FromSeconds((10 * 3 + 5) * 2 * 3 + 120), o.HardLimit); // the rates and the warm-up, on both sides
    }

    [Fact]
    public void Smoke_does_not_warm_up_and_warmup_can_be_set_or_turned_off()
    {
        Assert.Equal(0, RunOptions.Parse(["vote-storm", "--smoke"]).WarmupSeconds);
        Assert.Equal(12, RunOptions.Parse(["vote-storm", "--warmup", "12"]).WarmupSeconds);
        Assert.Equal(0, RunOptions.Parse(["vote-storm", "--warmup", "0"]).WarmupSeconds);
    }

    [Theory]
    [InlineData("vote-storm", "--sweep")]
    [InlineData("vote-storm", "--sweep", "100,0")]
    [InlineData("open-burst", "--sweep", "100")]
    public void Bad_sweeps_are_refused(params string[] args) => Assert.Throws<ArgumentException>(() => RunOptions.Parse(args));

    [Fact]
    public void Open_burst_defaults_to_the_target_and_to_seconds_at_smoke_size()
    {
        var full = RunOptions.Parse(["open-burst"]);
        var smoke = RunOptions.Parse(["open-burst", "--smoke", "--idle", "2"]);

        Assert.Equal((5000, 60.0, 3.0), (full.Attendees, full.IdleSeconds, full.WithinSeconds));
        Assert.Equal((200, 2.0, 1.0), (smoke.Attendees, smoke.IdleSeconds, smoke.WithinSeconds));
    }

    [Fact]
    public void Sessions_default_to_one_and_take_a_count_for_vote_storm()
    {
        Assert.Equal(1, RunOptions.Parse(["vote-storm"]).Sessions);
        Assert.Equal(1, RunOptions.Parse(["smoke"]).Sessions);
        var o = RunOptions.Parse(["vote-storm", "--sessions", "10", "--attendees", "300", "--sweep", "200,400", "--no-baseline"]);

        Assert.Equal((10, 300), (o.Sessions, o.Attendees));
        Assert.Equal([200.0, 400], o.Sweep);
    }

    [Theory]
    [InlineData("vote-storm", "--sessions")]
    [InlineData("vote-storm", "--sessions", "0")]
    [InlineData("vote-storm", "--sessions", "2.5")]
    [InlineData("vote-storm", "--sessions", "301", "--attendees", "300")]
    [InlineData("fan-out", "--sessions", "3")]
    public void Bad_sessions_are_refused(params string[] args) => Assert.Throws<ArgumentException>(() => RunOptions.Parse(args));
}
