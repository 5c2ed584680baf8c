using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Live.Server.Metrics;

/// <summary>
/// Who may read /metrics. With Live:Metrics:Token set: whoever sends <c>Authorization: Bearer &lt;token&gt;</c>, from any
/// address (else 401). Without: loopback callers only (else 404, as if there were nothing there). The address is the one
/// after forwarded headers, so a request relayed by a trusted proxy (nginx) counts as the phone's, not as loopback.
/// </summary>
public static class MetricsAccess
{
    public enum Verdict { Allowed, NotFound, Unauthorized }

    public static Verdict Decide(IPAddress? remote, string? authorization, string? token)
    {
        if (!string.IsNullOrEmpty(token)) return BearerIs(authorization, token) ? Verdict.Allowed : Verdict.Unauthorized;
        if (remote is null) return Verdict.NotFound;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        return IPAddress.IsLoopback(remote) ? Verdict.Allowed : Verdict.NotFound;
    }

    /// <summary>Compared in constant time, so a wrong token's timing says nothing about the right one.</summary>
    private static bool BearerIs(string? authorization, string token)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }

    /// <summary>The branch in front of the exporter.</summary>
    public static Task GuardAsync(HttpContext http, RequestDelegate next)
    {
        var token = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.MetricsOptions>>().Value.Token;
        switch (Decide(http.Connection.RemoteIpAddress, http.Request.Headers.Authorization, token))
        {
            case Verdict.Allowed:
                return next(http);
            case Verdict.Unauthorized:
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return Task.CompletedTask;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
        }
    }
}
