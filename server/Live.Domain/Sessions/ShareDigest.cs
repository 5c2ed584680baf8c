namespace Live.Domain.Sessions;

/// <summary>
/// An order-independent fingerprint of one node's connection ids: the XOR of a 64-bit hash of each id. Adding and
/// removing an id are the same step, so the node and the presence book each keep theirs up to date as connections
/// come and go, and a check compares one number instead of the lists. Equal counts with a different digest means the
/// two hold different connections (one missing and one extra cancel out in a count, not here). The hash is FNV-1a
/// with a final mix, the same in every process (string.GetHashCode is randomized per process).
/// </summary>
public static class ShareDigest
{
    public static ulong Toggle(ulong digest, string connectionId) => digest ^ Hash(connectionId);

    public static ulong Of(IEnumerable<string> connectionIds) => connectionIds.Aggregate(0UL, Toggle);

    private static ulong Hash(string id)
    {
        var h = 14695981039346656037UL;
        foreach (var c in id)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 30; // splitmix64's finalizer: neighbouring ids differ in every bit
        h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebUL;
        return h ^ (h >> 31);
    }
}
