using Live.Domain.Common;
using Live.Domain.Sessions;
using Live.Server.Hubs;
using Live.Server.Options;
using Live.Server.Security;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Live.Server.Apis;

/// <summary>Language: the screens' language, "zh-CN" or "en" (the console sends its own); absent: each screen's browser.</summary>
public sealed record CreateSessionRequest(string? Title, string? Language = null);
public sealed record CreatedSession(
    string Code, string Title, string HostKey, string ScreenKey, string ModeratorKey, string JoinUrl, string ConsoleUrl, string ScreenUrl, string ModeratorUrl);
public sealed record SessionInfo(string Code, string Title, string JoinUrl);
public sealed record JoinRequest(string? Mode, string? Nickname, string? DeviceToken);
public sealed record Joined(string AttendeeToken, string DeviceToken, string DeviceId, string Mode, string? Nickname);

/// <summary>The REST steps that come before a realtime connection: create, look up, join.</summary>
public static class SessionApis
{
    public static IEndpointRouteBuilder MapSessionApis(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions").WithTags("Sessions");
        api.MapPost("/", CreateAsync).AllowAnonymous().RequireRateLimiting(Hosting.SecurityHosting.CreateSessionLimit);
        api.MapGet("/{code}", GetAsync).AllowAnonymous();
        api.MapPost("/{code}/join", JoinAsync).AllowAnonymous().RequireRateLimiting(Hosting.SecurityHosting.JoinLimit);
        api.MapDelete("/{code}", DeleteAsync).RequireAuthorization(p => p.RequireRole(Roles.Host));
        return app;
    }

    private static async Task<Created<CreatedSession>> CreateAsync(
        CreateSessionRequest? request, IGrainFactory grains, AccessLinkIssuer issuer, IOptions<LiveOptions> options, HttpRequest http)
    {
        var title = SessionRules.Title(request?.Title);
        var language = SessionRules.Language(request?.Language);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var code = SessionRules.NewCode();
            if (!await grains.Session(code).Create(title, language)) continue; // code taken (or deleted): draw another
            var access = await grains.Session(code).Access();
            var (hostKey, screenKey, moderatorKey) =
                (issuer.Key(code, Roles.Host, access), issuer.Key(code, Roles.Screen, access), issuer.Key(code, Roles.Moderator, access));
            var created = new CreatedSession(code, title, hostKey, screenKey, moderatorKey, JoinUrl(options.Value, http, code),
                AccessLinkIssuer.ConsoleUrl(code, hostKey), AccessLinkIssuer.ScreenUrl(code, screenKey), AccessLinkIssuer.ConsoleUrl(code, moderatorKey));
            return TypedResults.Created($"/api/sessions/{code}", created);
        }
        throw new RuleViolation(ErrorCodes.Unavailable, "no free session code");
    }

    private static async Task<Ok<SessionInfo>> GetAsync(string code, IGrainFactory grains, IOptions<LiveOptions> options, HttpRequest http)
    {
        var view = await grains.Session(SessionRules.RequireCode(code)).GetView();
        return TypedResults.Ok(new SessionInfo(view.Code, view.Title, JoinUrl(options.Value, http, code)));
    }

    private static async Task<Ok<Joined>> JoinAsync(string code, JoinRequest? request, IGrainFactory grains, CredentialSigner signer)
    {
        SessionRules.RequireCode(code);
        if (request is null) throw new RuleViolation(ErrorCodes.BadRequest);
        var mode = SessionRules.ParseMode(request.Mode).ToWire();
        var nickname = SessionRules.Nickname(request.Nickname);
        if (!await grains.Session(code).Exists()) throw new RuleViolation(ErrorCodes.SessionNotFound);

        var device = signer.Verify(request.DeviceToken) is { Role: Roles.Device, Device: { } known } ? known : NewDeviceId();
        var deviceToken = signer.Sign(new Credential(Roles.Device, Device: device));
        var attendeeToken = signer.Sign(new Credential(Roles.Attendee, code, device, mode, nickname));
        return TypedResults.Ok(new Joined(attendeeToken, deviceToken, device, mode, nickname));
    }

    /// <summary>Erases the session and everything in it, and drops every connection to it on this node.</summary>
    private static async Task<NoContent> DeleteAsync(string code, ClaimsPrincipal user, SessionTermination termination)
    {
        await termination.DeleteAsync(HostAccess.RequireOwnSession(code, user));
        return TypedResults.NoContent();
    }

    private static string NewDeviceId() =>
        Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    private static string JoinUrl(LiveOptions options, HttpRequest http, string code) => JoinLinks.For(options, http, code);
}
