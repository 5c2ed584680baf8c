using Live.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>The run of show through the real hub: a host's agenda and timer reach screens and speaker monitors as one state.</summary>
public sealed class AgendaHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    internal static async Task<AgendaView> ThreeSegmentsAsync(LiveClient host)
    {
        await host.CallAsync<AgendaView>("SaveSegment", new SegmentRequest(null, "开场致辞", "王总", "09:00", 10, "欢迎各位经销商\n感谢合作伙伴"));
        await host.CallAsync<AgendaView>("SaveSegment", new SegmentRequest(null, "新品发布", "Lin", "09:10", 30, null));
        return await host.CallAsync<AgendaView>("SaveSegment", new SegmentRequest(null, "Panel", null, "09:30", 45, null));
    }

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    [Fact]
    public async Task The_host_runs_the_timer_and_a_screen_and_a_speaker_monitor_get_the_same_state()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        await using var monitor = await _server.ConnectAsync(session.ScreenKey); // /screen/{code}/speaker uses the screen key
        var agenda = await ThreeSegmentsAsync(host);
        Assert.Equal(["s1", "s2", "s3"], agenda.Segments.Select(s => s.Id));
        Assert.Equal([false, true, true], agenda.Segments.Select(s => s.Overlaps)); // 09:10 + 30 min runs into 09:30

        await host.CallAsync<AgendaView>("GoLive", "s1");
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var started = await host.CallAsync<AgendaView>("StartTimer", "s1");
        var timer = started.Segments[0].Timer;
        Assert.NotNull(timer.RunningSince);
        Assert.InRange(timer.RunningSince!.Value, before - 1000, started.Now);
        Assert.Equal(("countdown", 600, 300, 60), (timer.Mode, timer.DurationSeconds, timer.WrapUpSeconds, timer.RedSeconds));

        // Both get the state (not ticks): the same version and the same running-since.
        AgendaView? Running(LiveClient c) => c.Agendas.LastOrDefault(a => a.Version == started.Version);
        var onScreen = await screen.WaitForAsync(Running);
        var onMonitor = await monitor.WaitForAsync(Running);
        Assert.Equal(("s1", timer), (onScreen.LiveSegmentId, onScreen.Segments[0].Timer));
        Assert.Equal(timer, onMonitor.Segments[0].Timer);
        Assert.Equal("欢迎各位经销商\n感谢合作伙伴", onMonitor.Segments[0].Notes);

        // Pause, +1 min: pushed as state again.
        await host.CallAsync<AgendaView>("PauseTimer", "s1");
        var adjusted = await host.CallAsync<AgendaView>("AdjustTimer", new TimerAdjustRequest("s1", 60, "plus-one"));
        var resent = await host.CallAsync<AgendaView>("AdjustTimer", new TimerAdjustRequest("s1", 60, "plus-one"));
        Assert.Equal((adjusted.Version, 60), (resent.Version, resent.Segments[0].Timer.AdjustSeconds)); // a resent press counts once
        var paused = await screen.WaitForAsync(c => c.Agendas.LastOrDefault(a => a.Version == adjusted.Version));
        Assert.Null(paused.Segments[0].Timer.RunningSince);
        Assert.Equal(60, paused.Segments[0].Timer.AdjustSeconds);
        Assert.True(paused.Segments[0].Timer.ElapsedMs >= 0);

        // A reloaded screen reads the same state, with the server's clock, from GetAgenda and from GetState.
        await using var reloaded = await _server.ConnectAsync(session.ScreenKey);
        var read = await reloaded.CallAsync<AgendaView>("GetAgenda");
        Assert.Equal((adjusted.Version, adjusted.Segments[0].Timer), (read.Version, read.Segments[0].Timer));
        Assert.True(read.Now >= adjusted.Now);
        Assert.Equal(adjusted.Version, (await reloaded.GetStateAsync()).Agenda!.Version);
    }

    [Fact]
    public async Task Attendees_cannot_call_agenda_methods_and_never_see_the_notes()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        await ThreeSegmentsAsync(host);

        Assert.Equal("forbidden", await Refused(phone, "SaveSegment", new SegmentRequest(null, "Hijack", null, null, 5, null)));
        Assert.Equal("forbidden", await Refused(phone, "StartTimer", "s1"));
        Assert.Equal("forbidden", await Refused(phone, "GetAgenda"));
        Assert.Equal("forbidden", await Refused(screen, "StartTimer", "s1")); // a screen shows, it does not run
        Assert.Null((await phone.GetStateAsync()).Agenda);
        await host.CallAsync<AgendaView>("GoLive", "s1");
        await screen.WaitForAsync(c => c.Agendas.LastOrDefault(a => a.LiveSegmentId == "s1"));
        Assert.Empty(phone.Agendas);
        Assert.Null((await host.CallAsync<AgendaView>("GetAgenda")).Segments[0].Timer.RunningSince);
    }

    [Fact]
    public async Task Bad_input_gets_its_code_and_changes_nothing()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        var agenda = await ThreeSegmentsAsync(host);

        Assert.Equal("segment_title_required", await Refused(host, "SaveSegment", new SegmentRequest(null, " ", null, null, 5, null)));
        Assert.Equal("segment_title_too_long", await Refused(host, "SaveSegment", new SegmentRequest(null, new string('x', 81), null, null, 5, null)));
        Assert.Equal("speaker_too_long", await Refused(host, "SaveSegment", new SegmentRequest("s1", "X", new string('x', 61), null, 5, null)));
        Assert.Equal("notes_too_long", await Refused(host, "SaveSegment", new SegmentRequest("s1", "X", null, null, 5, new string('x', 1001))));
        Assert.Equal("invalid_duration", await Refused(host, "SaveSegment", new SegmentRequest("s1", "X", null, null, 0, null)));
        Assert.Equal("invalid_start_time", await Refused(host, "SaveSegment", new SegmentRequest("s1", "X", null, "9 o'clock", 5, null)));
        Assert.Equal("segment_not_found", await Refused(host, "GoLive", "s42"));
        Assert.Equal("segment_not_found", await Refused(host, "StartTimer", "s42"));
        Assert.Equal("invalid_order", await Refused(host, "ReorderSegments", new object?[] { new[] { "s1", "s2" } }));
        Assert.Equal("invalid_adjustment", await Refused(host, "AdjustTimer", new TimerAdjustRequest("s1", -601, "minus")));
        Assert.Equal("invalid_op_id", await Refused(host, "AdjustTimer", new TimerAdjustRequest("s1", 60, null)));
        Assert.Equal("bad_request", await Refused(host, "AdjustTimer", new object?[] { null }));
        Assert.Equal("invalid_timer_mode", await Refused(host, "SetTimerSettings", new TimerSettingsRequest("s1", "hourglass", 300, 60)));
        Assert.Equal("invalid_threshold", await Refused(host, "SetTimerSettings", new TimerSettingsRequest("s1", "countUp", 30, 60)));
        Assert.Equal("bad_request", await Refused(host, "SaveSegment", new object?[] { null }));

        var after = await host.CallAsync<AgendaView>("GetAgenda");
        Assert.Equal(agenda.Version, after.Version);
        Assert.Equal(agenda.Segments, after.Segments);
    }

    [Fact]
    public async Task Reorder_and_delete_keep_ids_and_the_live_segment_consistent()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await ThreeSegmentsAsync(host);
        await host.CallAsync<AgendaView>("GoLive", "s2");
        var reordered = await host.CallAsync<AgendaView>("ReorderSegments", (object)new[] { "s3", "s2", "s1" });
        Assert.Equal([("s3", 0), ("s2", 1), ("s1", 2)], reordered.Segments.Select(s => (s.Id, s.Order)));
        var deleted = await host.CallAsync<AgendaView>("DeleteSegment", "s2");
        Assert.Null(deleted.LiveSegmentId);
        Assert.Equal("s4", (await host.CallAsync<AgendaView>("SaveSegment", new SegmentRequest(null, "Q&A", null, null, 15, null))).Segments[^1].Id);
    }
}
