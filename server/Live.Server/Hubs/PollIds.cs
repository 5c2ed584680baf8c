using Live.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Hubs;

/// <summary>Poll ids are "p" + a number. Anything else cannot name a poll and never becomes a grain key.</summary>
public static class PollIds
{
    public static string Require(string? pollId) => IsWellFormed(pollId) ? pollId! : throw new HubException(ErrorCodes.PollNotFound);

    public static bool IsWellFormed(string? pollId) =>
        pollId is { Length: >= 2 and <= 8 } && pollId[0] == 'p' && pollId.AsSpan(1).ContainsOnlyDigits();

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
