using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Live.Domain.Common;
using Live.Server.Apis;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>
/// Reads a Live credential from "Authorization: Bearer" or, for WebSockets (browsers cannot set headers there),
/// the "access_token" query parameter, and turns it into claims for [HubRoles(...)] and [Authorize(Roles = ...)].
/// </summary>
public sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CredentialSigner signer,
    SessionAccessCache access) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "LiveCredential";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null) return AuthenticateResult.NoResult();
        var credential = signer.Verify(token);
        if (credential is null || credential.Role is Roles.Device || credential.Session is null) return AuthenticateResult.Fail("invalid credential");
        // A rotated link or a deleted session is refused here, for REST and for every new hub connection.
        if (await access.RefusalAsync(credential.Role, credential.Session, credential.Generation ?? 0) is { } refusal)
            return AuthenticateResult.Fail(refusal);

        var claims = new List<Claim> { new(ClaimTypes.Role, credential.Role) };
        if (credential.Session is { } s) claims.Add(new Claim(LiveClaims.Session, s));
        if (credential.Device is { } d) claims.Add(new Claim(LiveClaims.Device, d));
        if (credential.Mode is { } m) claims.Add(new Claim(LiveClaims.Mode, m));
        if (credential.Nickname is { } n) claims.Add(new Claim(LiveClaims.Nickname, n));
        claims.Add(new Claim(LiveClaims.Generation, (credential.Generation ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>REST callers get ProblemDetails saying why: no or bad key (unauthorized), a replaced link, a deleted session.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        var code = failure is ErrorCodes.CredentialRevoked or ErrorCodes.SessionNotFound ? failure : ErrorCodes.Unauthorized;
        await ProblemResponses.WriteAsync(Context, code, StatusCodes.Status401Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.WriteAsync(Context, ErrorCodes.Forbidden);

    private string? ReadToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        var query = Request.Query["access_token"].ToString();
        return string.IsNullOrEmpty(query) ? null : query;
    }
}

/// <summary>The caller of a hub method, read from its verified claims.</summary>
public sealed record Caller(string Role, string Code, string? DeviceId, string? Mode, string? Nickname, int Generation = 0)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Role)!,
        user.FindFirstValue(LiveClaims.Session)!,
        user.FindFirstValue(LiveClaims.Device),
        user.FindFirstValue(LiveClaims.Mode),
        user.FindFirstValue(LiveClaims.Nickname),
        int.TryParse(user.FindFirstValue(LiveClaims.Generation), out var g) ? g : 0);

    /// <summary>
    /// The caller of a hub connection, read from its claims once and kept with the connection: its credential cannot
    /// change while it is open, and the credential filter, the rate filter and the method each need it on every call.
    /// Kept as a connection feature, not in Items: the connection's feature table has room for it, while Items is created
    /// on first use as a ConcurrentDictionary of about 640 bytes per connection (dotnet-gcdump, docs/PERFORMANCE.md).
    /// The first call comes from OnConnectedAsync, before the connection's invocations are dispatched, so the write
    /// never races a read.
    /// </summary>
    public static Caller Of(Microsoft.AspNetCore.SignalR.HubCallerContext connection)
    {
        var features = connection.Features;
        if (features.Get<Caller>() is { } kept) return kept;
        var caller = From(connection.User!);
        features.Set(caller);
        return caller;
    }

    /// <summary>Host and moderator see the moderation views (pending questions, held 弹幕, full names at the door).</summary>
    public bool IsStaff => Role is Roles.Host or Roles.Moderator;
}
