using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Live.Domain.Draw;

/// <summary>
/// The published, deterministic choice of winners from (seed, list, tier, round). Anyone holding the revealed
/// seed and the list can run it again (docs/DRAW-PROOF.md; the web verifier runs the same steps in JavaScript):
/// <list type="number">
/// <item>Sort the entrant ids by ordinal (UTF-16 code unit) order.</item>
/// <item>Random stream: block i = HMAC-SHA256(key = seed, message = UTF-8 "{tierId}\n{round}\n{i}"), i = 0, 1, …;
/// each block gives four unsigned 64-bit big-endian numbers, in order.</item>
/// <item>A number below n: take the next x from the stream; reject it while x ≥ 2^64 − (2^64 mod n) (no modulo
/// bias); the result is x mod n.</item>
/// <item>Partial Fisher–Yates: for k = 0 … count−1, swap position k with position k + below(n − k); the first
/// count entries are the winners, in order.</item>
/// </list>
/// </summary>
public static class DrawSelection
{
    public const int SeedBytes = 32;

    public static byte[] NewSeed() => RandomNumberGenerator.GetBytes(SeedBytes);

    /// <summary>The commitment shown before a round: lowercase hex SHA-256 of the seed bytes.</summary>
    public static string Commitment(byte[] seed) => Convert.ToHexStringLower(SHA256.HashData(seed));

    /// <summary>The fixed list's fingerprint: lowercase hex SHA-256 of the sorted ids joined by "\n" (UTF-8).</summary>
    public static string ListHash(IReadOnlyList<string> sortedIds) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', sortedIds))));

    public static List<string> Sorted(IEnumerable<string> ids)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    public static IReadOnlyList<string> Winners(byte[] seed, IReadOnlyList<string> sortedIds, string tierId, int round, int count)
    {
        var pool = sortedIds.ToArray();
        var take = Math.Min(count, pool.Length);
        var stream = new RandomStream(seed, tierId, round);
        for (var k = 0; k < take; k++)
        {
            var j = k + (int)stream.Below((ulong)(pool.Length - k));
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }
        return pool[..take];
    }

    /// <summary>
    /// A number below <paramref name="n"/> from the numbers <paramref name="next"/> gives: a number at or above
    /// 2^64 − (2^64 mod n) is rejected and the next one taken (no modulo bias); the result is x mod n.
    /// </summary>
    public static ulong Below(Func<ulong> next, ulong n)
    {
        // 2^64 mod n, computed without overflow; values at or above 2^64 − that would favour small results.
        var excess = (ulong.MaxValue % n + 1) % n;
        while (true)
        {
            var x = next();
            if (excess == 0 || x <= ulong.MaxValue - excess) return x % n;
        }
    }

    /// <summary>HMAC-SHA256 in counter mode, read as 64-bit numbers.</summary>
    private sealed class RandomStream(byte[] seed, string tierId, int round)
    {
        private readonly HMACSHA256 _mac = new(seed);
        private byte[] _block = [];
        private int _offset;
        private long _counter;

        public ulong Below(ulong n) => DrawSelection.Below(Next, n);

        private ulong Next()
        {
            if (_offset == _block.Length)
            {
                _block = _mac.ComputeHash(Encoding.UTF8.GetBytes($"{tierId}\n{round}\n{_counter++}"));
                _offset = 0;
            }
            var x = BinaryPrimitives.ReadUInt64BigEndian(_block.AsSpan(_offset, 8));
            _offset += 8;
            return x;
        }
    }
}
