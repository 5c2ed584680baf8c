using Live.Server.Options;
using Microsoft.AspNetCore.SpaServices;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Live.Server.Hosting;

/// <summary>
/// Serves the two React apps through SpaServices.Extensions: the big screen under /screen, the attendee app and
/// console everywhere else. Built files (dist/) by default; with Live:UseViteDevServers, a proxy to Vite.
/// </summary>
public static class ClientHosting
{
    private static readonly string[] ServerPaths = ["/api", "/hubs", "/openapi", "/healthz", MetricsHosting.Path];

    public static void MapLiveClients(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<LiveOptions>>().Value;
        var clients = FindClients(options.ClientsPath, app.Environment.ContentRootPath);

        // The screen keeps its /screen prefix (no Map, which would strip it): its Vite build and dev server use base /screen/.
        app.MapWhen(
            http => http.Request.Path.StartsWithSegments("/screen"),
            screen => UseApp(screen, Path.Combine(clients, "screen"), "/screen", "http://127.0.0.1:5174", options.UseViteDevServers));
        app.MapWhen(
            http => !ServerPaths.Any(p => http.Request.Path.StartsWithSegments(p)),
            web => UseApp(web, Path.Combine(clients, "web"), "", "http://127.0.0.1:5173", options.UseViteDevServers));
    }

    private static void UseApp(IApplicationBuilder app, string root, string urlPrefix, string devServer, bool useDevServer)
    {
        var dist = Path.Combine(root, "dist");
        if (!useDevServer && Directory.Exists(dist))
        {
            var files = new StaticFileOptions { FileProvider = new PhysicalFileProvider(dist), RequestPath = urlPrefix };
            app.UseSpaStaticFiles(files);
            app.UseSpa(spa =>
            {
                spa.Options.DefaultPage = $"{urlPrefix}/index.html";
                spa.Options.DefaultPageStaticFileOptions = files;
            });
            return;
        }
        app.UseSpa(spa =>
        {
            spa.Options.SourcePath = root;
            if (useDevServer) spa.UseProxyToSpaDevelopmentServer(devServer);
            // Without dist/ or a dev server, UseSpa answers with an error naming the missing build.
        });
    }

    private static string FindClients(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "clients");
                if (File.Exists(Path.Combine(candidate, "web", "package.json"))) return candidate;
            }
        }
        return Path.Combine(contentRoot, "clients");
    }
}
