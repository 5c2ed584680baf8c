using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// A real Live server on Kestrel at a loopback port, with its own SQLite file and Orleans ports, so tests can
/// run side by side and a test can stop and restart a server on the same data.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public LiveServer(string? dataDirectory = null, IDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "live-tests", Guid.NewGuid().ToString("N"));
        var httpPort = FreePort();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseUrls($"http://127.0.0.1:{httpPort}");
            web.UseSetting("Live:DataDirectory", DataDirectory);
            web.UseSetting("Live:SiloPort", FreePort().ToString());
            web.UseSetting("Live:GatewayPort", FreePort().ToString());
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // Most tests check rules by sending many calls from one device and one address; the limits have tests
            // of their own (RateLimitTests, JoinFloodTests), which turn them back on.
            web.UseSetting("RateLimits:Enabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) web.UseSetting(key, value);
        });
        _factory.UseKestrel();
        _factory.StartServer();
        Http = _factory.CreateClient();
        BaseAddress = Http.BaseAddress!;
    }

    public string DataDirectory { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _factory.Services;

    public async Task<CreatedSession> CreateSessionAsync(string title = "Annual meeting 年会", string? language = null)
    {
        var response = await Http.PostAsJsonAsync("/api/sessions", new { title, language });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedSession>())!;
    }

    public async Task<Joined> JoinAsync(string code, string mode = "onsite", string? deviceToken = null, string? nickname = null)
    {
        var response = await Http.PostAsJsonAsync($"/api/sessions/{code}/join", new { mode, nickname, deviceToken });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Joined>())!;
    }

    /// <summary>A real SignalR client over WebSockets, started.</summary>
    public async Task<LiveClient> ConnectAsync(string credential)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(credential))
            // These tests check what arrives, not how fast: on a busy 2-core machine a hundred clients can go 30 s
            // (the default) without a keep-alive, and the client would hang up in the middle of an assertion.
            .WithServerTimeout(TimeSpan.FromMinutes(2))
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
