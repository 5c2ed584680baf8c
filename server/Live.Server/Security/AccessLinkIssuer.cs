using Live.Contracts;
using Live.Domain.Sessions;
using Live.Server.Apis;
using Live.Server.Options;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>The links a host hands out, each carrying a key signed at its role's current generation.</summary>
public sealed record AccessLinks(string ConsoleUrl, string ModeratorUrl, string ScreenUrl, string JoinUrl);

public sealed class AccessLinkIssuer(CredentialSigner signer, IOptions<LiveOptions> options)
{
    public string Key(string code, string role, SessionAccess access) =>
        signer.Sign(new Credential(role, code, Generation: KeyGenerations.Current(access.Generations, role)));

    public AccessLinks Links(string code, SessionAccess access, HttpRequest request) => new(
        ConsoleUrl(code, Key(code, Roles.Host, access)),
        ConsoleUrl(code, Key(code, Roles.Moderator, access)),
        ScreenUrl(code, Key(code, Roles.Screen, access)),
        JoinLinks.For(options.Value, request, code));

    public static string ConsoleUrl(string code, string key) => $"/console/{code}#key={key}";

    public static string ScreenUrl(string code, string key) => $"/screen/{code}#key={key}";
}
