using System.Collections.Concurrent;
using Live.Contracts;
using Live.Domain.Sessions;
using Live.Server.Hubs;

namespace Live.Server.Security;

/// <summary>
/// Answers "is this credential still valid?": the session exists and, for host, moderator and screen links, the
/// link's generation is the current one. Staff credentials are checked against the session grain on every use (their
/// calls are a person's clicks, and a rotated key must stop at once). Attendee credentials are checked against a copy
/// about <see cref="AttendeeStaleness"/> old (refreshed in the background), so 10,000 phones connecting cost one grain
/// call per interval, not one each. A deleted session therefore refuses its attendees within a few seconds on other
/// nodes; on the node that deleted it, at once.
/// </summary>
public sealed class SessionAccessCache(IGrainFactory grains, TimeProvider time)
{
    public static readonly TimeSpan AttendeeStaleness = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, (SessionAccess Access, DateTimeOffset ReadAt)> _copies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _refreshing = new(StringComparer.Ordinal);

    /// <summary>Null when valid, otherwise the error code to answer with (session_not_found or credential_revoked).</summary>
    public async Task<string?> RefusalAsync(string role, string code, int generation)
    {
        var access = role == Roles.Attendee ? await RecentAsync(code) : await FreshAsync(code);
        if (!access.Exists) return Live.Domain.Common.ErrorCodes.SessionNotFound;
        return KeyGenerations.IsCurrent(access.Generations, role, generation) ? null : Live.Domain.Common.ErrorCodes.CredentialRevoked;
    }

    public async Task<SessionAccess> FreshAsync(string code)
    {
        var access = await grains.Session(code).Access();
        _copies[code] = (access, time.GetUtcNow());
        return access;
    }

    /// <summary>After a rotation or delete on this node, so its own checks see the change at once.</summary>
    public void Remember(string code, SessionAccess access) => _copies[code] = (access, time.GetUtcNow());

    /// <summary>
    /// A copy younger than <see cref="AttendeeStaleness"/> as it is. An older one is refreshed by one caller while the
    /// others keep using it, so thousands of votes arriving as a copy expires cost one grain call, not thousands.
    /// </summary>
    private async Task<SessionAccess> RecentAsync(string code)
    {
        if (!_copies.TryGetValue(code, out var copy)) return await FreshAsync(code);
        if (time.GetUtcNow() - copy.ReadAt >= AttendeeStaleness && _refreshing.TryAdd(code, true))
            _ = RefreshAsync(code);
        return copy.Access;
    }

    private async Task RefreshAsync(string code)
    {
        try { await FreshAsync(code); }
        catch (Exception) { /* the next call past the interval tries again; meanwhile the last copy stands */ }
        finally { _refreshing.TryRemove(code, out _); }
    }
}
