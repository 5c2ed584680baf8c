using Live.Server.Hosting;

BufferPoolSizing.Apply(); // first: the pool reads its size once, on first use (BufferPoolSizing)

var builder = WebApplication.CreateBuilder(args);
builder.AddLive();

var app = builder.Build();
app.MapLive();
app.Logger.LogInformation("Shared buffer pool keeps up to {Arrays} arrays per size per core", BufferPoolSizing.Effective()?.ToString() ?? "an unknown number of");
app.Run();

/// <summary>Entry point; public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
