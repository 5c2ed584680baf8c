using Live.Server.Options;
using Microsoft.Extensions.Options;

namespace Live.Server.Hosting;

/// <summary>
/// Security headers on every response Live sends: the two React apps (index.html and their static assets), the REST
/// API and the hub's negotiate. Set in <c>OnStarting</c>, so they survive the exception handler clearing a response.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Nothing but our own files: no inline script, no eval, no inline &lt;style&gt;, no other origin.
    /// <list type="bullet">
    /// <item><c>style-src 'self'</c> without <c>'unsafe-inline'</c>: React's <c>style={…}</c> sets properties through the
    /// CSSOM, which CSP does not govern, and the built apps have no &lt;style&gt; element or style attribute in HTML
    /// (the naughty-strings e2e spec counts violations in both apps).</item>
    /// <item><c>connect-src 'self'</c> covers the SignalR WebSocket to the same host and port (CSP Level 3).</item>
    /// <item><c>img-src data: blob:</c> for generated images (QR codes, exports); nothing loads from elsewhere.</item>
    /// <item><c>frame-ancestors 'none'</c>: no one may frame the console or the screen (click-jacking).</item>
    /// <item><c>base-uri 'none'</c>, <c>object-src 'none'</c>, <c>form-action 'self'</c>: the usual escape hatches closed.</item>
    /// </list>
    /// </summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>
    /// Development only (<c>Live:UseViteDevServers</c>): Vite's dev server injects an inline module script (the React
    /// Refresh preamble) and adds CSS as &lt;style&gt; elements, so scripts and styles may be inline there. Never in a
    /// build that is served from dist/.
    /// </summary>
    public const string DevPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseLiveSecurityHeaders(this IApplicationBuilder app)
    {
        var dev = app.ApplicationServices.GetRequiredService<IOptions<LiveOptions>>().Value.UseViteDevServers;
        var policy = dev ? DevPolicy : Policy;
        return app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                // Keys ride in URL fragments, which are never sent; no Referer at all is safer still.
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
