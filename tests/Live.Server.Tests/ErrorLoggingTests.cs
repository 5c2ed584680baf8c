using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Live.Contracts;
using Live.Domain.Common;
using Live.Server.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Live.Server.Tests;

/// <summary>
/// A client's mistake is an expected refusal, not a fault: it is logged at Debug without a stack trace, so a room of
/// phones making normal mistakes does not fill the log with errors. A real fault is still an error with its exception.
/// </summary>
public sealed class ErrorLoggingTests : IAsyncDisposable
{
    private readonly CapturedLog _log = new();
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Live.Server.Hubs.HubErrorFilter"] = "Debug",
    });

    public ErrorLoggingTests() => _server.Services.GetRequiredService<ILoggerFactory>().AddProvider(_log);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Refused_hub_calls_and_requests_are_not_logged_as_errors_or_with_a_stack_trace()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        var draft = new PollDraft("", "single", ["a", "b"], null, true, true);
        await Assert.ThrowsAsync<HubException>(() => host.CallAsync<SessionView>("CreatePoll", draft));              // a rule
        await Assert.ThrowsAsync<HubException>(() => host.CallAsync<SessionView>("OpenPoll", "p404"));               // a rule in a grain
        await Assert.ThrowsAsync<HubException>(() => phone.CallAsync<SessionView>("CreatePoll", draft));             // the wrong role
        await Assert.ThrowsAsync<HubException>(() => phone.CallAsync<VoteAck>("Vote", "not a ballot"));              // unbindable
        await Assert.ThrowsAsync<HubException>(() => phone.CallAsync<VoteAck>("Vote", new VoteRequest("p404", [0], "op1")));
        await _server.Http.PostAsJsonAsync("/api/sessions", new { title = "" });                                     // REST rules
        await _server.Http.GetAsync("/api/sessions/abc");
        await _server.Http.GetAsync("/api/sessions/999999");
        await _server.Http.PostAsync("/api/sessions", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        using (var pdf = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent("%PDF-1.7"u8.ToArray()) })
        {
            pdf.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            pdf.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
            await _server.Http.SendAsync(pdf);
        }
        await host.GetStateAsync(); // every refusal above has been answered, so logged

        var loud = _log.Entries.Where(e => e.Level >= LogLevel.Warning && (e.Exception is not null || e.Level >= LogLevel.Error)).ToList();
        Assert.True(loud.Count == 0, string.Join("\n", loud.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.GetType().Name}")));
        Assert.DoesNotContain(_log.Entries, e => e.Exception is RuleViolation or LiveException or HubException);
        // The hub's refusals are still there for whoever turns Debug on, one line each, with the method and the code.
        var refused = _log.Entries.Where(e => e.Category == typeof(HubErrorFilter).FullName).Select(e => (e.Level, e.Message)).ToList();
        Assert.Contains((LogLevel.Debug, "Hub method CreatePoll refused: question_required"), refused);
        Assert.Contains((LogLevel.Debug, "Hub method OpenPoll refused: poll_not_found"), refused);
        Assert.Contains((LogLevel.Debug, "Hub method Vote refused: poll_not_found"), refused);
    }

    [Fact]
    public async Task A_real_fault_is_still_an_error_with_its_exception_and_reaches_the_client_as_unavailable()
    {
        var log = new CapturedLog();
        using var factory = new LoggerFactory([log]);
        var filter = new HubErrorFilter(factory.CreateLogger<HubErrorFilter>());
        var context = new HubInvocationContext(new NoCaller(), new ServiceCollection().BuildServiceProvider(), new NoHub(),
            typeof(NoHub).GetMethod(nameof(NoHub.Work))!, []);

        var fault = await Assert.ThrowsAsync<HubException>(async () =>
            await filter.InvokeMethodAsync(context, _ => throw new InvalidOperationException("disk on fire")));
        var rule = await Assert.ThrowsAsync<HubException>(async () =>
            await filter.InvokeMethodAsync(context, _ => throw new RuleViolation(ErrorCodes.PollNotOpen)));

        Assert.Equal((ErrorCodes.Unavailable, ErrorCodes.PollNotOpen), (fault.Message, rule.Message));
        var error = Assert.Single(log.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
        var refusal = Assert.Single(log.Entries, e => e.Level < LogLevel.Error);
        Assert.Equal((LogLevel.Debug, null, "Hub method Work refused: poll_not_open"), (refusal.Level, refusal.Exception, refusal.Message));
    }

    private sealed class NoHub : Hub
    {
        public void Work() { }
    }

    private sealed class NoCaller : HubCallerContext
    {
        public override string ConnectionId => "c1";
        public override string? UserIdentifier => null;
        public override System.Security.Claims.ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override Microsoft.AspNetCore.Http.Features.IFeatureCollection Features { get; } = new Microsoft.AspNetCore.Http.Features.FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;
        public override void Abort() { }
    }
}

/// <summary>Every log entry at every level the server's filters let through.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
