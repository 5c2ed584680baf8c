using Live.Domain.Common;
using Live.Server.Apis;
using Live.Server.Options;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>
/// Refuses REST calls and WebSocket connections made by pages of other sites. Browsers always send Origin on
/// WebSocket handshakes and cross-site requests, and WebSockets are not covered by CORS, so without this any web
/// page could open a hub connection with a key it got hold of. Requests without an Origin (scripts, the .NET client,
/// the load harness) are judged by their credential alone.
/// </summary>
public sealed class OriginGuard(RequestDelegate next, IOptionsMonitor<SecurityOptions> security, IOptions<LiveOptions> live)
{
    private static readonly string[] GuardedPaths = ["/api", "/hubs"];

    /// <summary>Not async: a hub connection keeps this call pending for its whole life, and an await would hold a state machine per connection.</summary>
    public Task InvokeAsync(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && GuardedPaths.Any(p => http.Request.Path.StartsWithSegments(p)) && !IsAllowed(origin, http.Request))
            return ProblemResponses.WriteAsync(http, ErrorCodes.OriginNotAllowed);
        return next(http);
    }

    private bool IsAllowed(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false; // includes "null"
        // Its own origin: the host the browser asked for. The scheme is not compared, because behind a TLS proxy the
        // request reaches Live as http while the page is https.
        if (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)) return true;
        if (Uri.TryCreate(live.Value.PublicUrl, UriKind.Absolute, out var publicUrl) && SameOrigin(uri, publicUrl)) return true;
        return security.CurrentValue.AllowedOrigins.Any(a => Uri.TryCreate(a, UriKind.Absolute, out var allowed) && SameOrigin(uri, allowed));
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
