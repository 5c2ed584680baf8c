using Live.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLive();

var app = builder.Build();
app.MapLive();
app.Run();

/// <summary>Entry point; public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
