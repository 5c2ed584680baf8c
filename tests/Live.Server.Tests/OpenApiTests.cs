using System.Text.Json;

namespace Live.Server.Tests;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_lists_the_session_endpoints()
    {
        await using var server = new LiveServer();
        var document = JsonDocument.Parse(await server.Http.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/sessions", paths);
        Assert.Contains("/api/sessions/{code}", paths);
        Assert.Contains("/api/sessions/{code}/join", paths);
    }
}
