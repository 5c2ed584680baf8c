using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>
/// Reads a Live credential from "Authorization: Bearer" or, for WebSockets (browsers cannot set headers there),
/// the "access_token" query parameter, and turns it into claims for [Authorize(Roles = ...)].
/// </summary>
public sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CredentialSigner signer) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "LiveCredential";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null) return Task.FromResult(AuthenticateResult.NoResult());
        var credential = signer.Verify(token);
        if (credential is null || credential.Role is Roles.Device) return Task.FromResult(AuthenticateResult.Fail("invalid credential"));

        var claims = new List<Claim> { new(ClaimTypes.Role, credential.Role) };
        if (credential.Session is { } s) claims.Add(new Claim(LiveClaims.Session, s));
        if (credential.Device is { } d) claims.Add(new Claim(LiveClaims.Device, d));
        if (credential.Mode is { } m) claims.Add(new Claim(LiveClaims.Mode, m));
        if (credential.Nickname is { } n) claims.Add(new Claim(LiveClaims.Nickname, n));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private string? ReadToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        var query = Request.Query["access_token"].ToString();
        return string.IsNullOrEmpty(query) ? null : query;
    }
}

/// <summary>The caller of a hub method, read from its verified claims.</summary>
public sealed record Caller(string Role, string Code, string? DeviceId, string? Mode, string? Nickname)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Role)!,
        user.FindFirstValue(LiveClaims.Session)!,
        user.FindFirstValue(LiveClaims.Device),
        user.FindFirstValue(LiveClaims.Mode),
        user.FindFirstValue(LiveClaims.Nickname));
}
