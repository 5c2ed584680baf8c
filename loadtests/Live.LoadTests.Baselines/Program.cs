using Live.LoadTests.Baselines;

// Two reference points for loadtests/Live.LoadTests, in one small process started by the harness:
//   /hubs/echo  SignalR hub whose Vote returns its ack at once: SignalR cost without Orleans or storage.
//   /ws         raw Kestrel WebSocket endpoint; POST /broadcast pushes Live-shaped Results frames to every socket.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR();
builder.Services.AddSingleton<SocketBroadcaster>();

var app = builder.Build();
app.UseWebSockets();
app.MapGet("/healthz", () => "ok");
app.MapHub<EchoHub>("/hubs/echo");
app.Map("/ws", (HttpContext http, SocketBroadcaster sockets) => sockets.AcceptAsync(http));
app.MapPost("/broadcast", (int hz, int seconds, SocketBroadcaster sockets) =>
{
    _ = sockets.BroadcastAsync(hz, seconds, app.Lifetime.ApplicationStopping);
    return Results.Accepted();
});
app.Run();
