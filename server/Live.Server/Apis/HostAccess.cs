using System.Security.Claims;
using Live.Domain.Common;
using Live.Domain.Sessions;
using Live.Server.Security;

namespace Live.Server.Apis;

public static class HostAccess
{
    /// <summary>A host key opens its own session only.</summary>
    public static string RequireOwnSession(string code, ClaimsPrincipal user)
    {
        SessionRules.RequireCode(code);
        if (Caller.From(user).Code != code) throw new RuleViolation(ErrorCodes.Forbidden);
        return code;
    }
}
