using System.Globalization;
using System.Text.Json;
using Live.Domain.Draw;

namespace Live.Domain.Tests.Draw;

/// <summary>
/// The full-length test vectors of docs/DRAW-PROOF.md (docs/draw-vectors/), computed by an independent Python
/// implementation: the server's selection and verifier must agree with every one. clients/shared's verify-draw.test.ts
/// runs the same files through the JavaScript verifier.
/// </summary>
public sealed class DrawVectorsTests
{
    private static string Vectors => Path.Combine(RepoRoot(), "docs", "draw-vectors");

    private static DrawProof Proof(string name) =>
        JsonSerializer.Deserialize<DrawProof>(File.ReadAllText(Path.Combine(Vectors, name)), JsonSerializerOptions.Web)!;

    [Theory]
    [InlineData("small.json")]
    [InlineData("small-v1.json")] // a version 1 proof (no version, no count) still verifies
    [InlineData("large.json")]
    [InlineData("redraw.json")]
    public void Every_vector_verifies(string name) => Assert.True(LuckyDraw.Verify(Proof(name)), name);

    [Fact]
    public void The_large_vector_reads_three_blocks_and_its_hashes_are_the_documented_ones()
    {
        var proof = Proof("large.json");
        Assert.Equal((2, 1002, 12), (proof.Version, proof.EntrantIds.Count, proof.Count));
        Assert.Equal("260d84b1e6f98c5592bc6b40c8cb4d9b989437ac91f8d3cc9db3c3915c4f253f", proof.SeedHash);
        Assert.Equal("20370ed4771feb47088a893eb7933f5d452ec288f357b26381b781d3aba9fbd8", proof.ListHash);
        Assert.Equal(DrawSelection.ListHash(DrawSelection.Sorted(proof.EntrantIds)), proof.ListHash);
        // 12 winners take 12 numbers, four a block: blocks 0, 1 and 2 (counter i ≥ 1).
        Assert.Equal(["a28", "a182", "a196", "a773", "a493", "a916", "a700", "a933", "a698", "a855", "a923", "a209"], proof.Winners);
    }

    [Fact]
    public void A_version_2_proof_fails_when_a_winner_is_dropped_or_the_list_is_not_sorted_and_unique()
    {
        var proof = Proof("large.json");
        Assert.False(LuckyDraw.Verify(proof with { Winners = [.. proof.Winners.SkipLast(1)] }));          // count says 12
        Assert.False(LuckyDraw.Verify(proof with { Count = 11 }));
        Assert.False(LuckyDraw.Verify(proof with { EntrantIds = [.. proof.EntrantIds.Reverse()] }));      // hash the same, order not
        Assert.False(LuckyDraw.Verify(proof with { EntrantIds = [.. proof.EntrantIds, proof.EntrantIds[0]] })); // a second ticket
        // Version 1 had no count: the same cut still verifies there, which is why version 2 carries it.
        var v1 = Proof("small-v1.json");
        Assert.True(LuckyDraw.Verify(v1 with { Winners = [.. v1.Winners.SkipLast(1)] }));
    }

    [Fact]
    public void Below_rejects_numbers_in_the_biased_tail()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Vectors, "below.json")));
        var cases = doc.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(3, cases.Count);
        foreach (var c in cases)
        {
            var numbers = new Queue<ulong>(c.GetProperty("numbers").EnumerateArray().Select(n => ulong.Parse(n.GetString()!, NumberStyles.HexNumber)));
            var before = numbers.Count;
            var result = DrawSelection.Below(numbers.Dequeue, c.GetProperty("n").GetUInt64());
            Assert.Equal((c.GetProperty("result").GetUInt64(), c.GetProperty("taken").GetInt32()), (result, before - numbers.Count));
        }
    }

    [Fact]
    public void The_server_writes_version_2_proofs_with_the_rounds_count_and_replaces()
    {
        var draw = new LuckyDraw();
        var tier = draw.SaveTier(null, "一等奖", 2, 1, null, new Eligibility(EntrantSource.CheckedIn));
        var people = Enumerable.Range(1, 10).Select(i => new Entrant($"a{i}", $"嘉宾{i}", "dealer")).ToList();
        var first = draw.Draw(draw.Arm(tier.Id, 2, null, DrawSelection.NewSeed()).Number, people);
        draw.MarkAbsent(first.Number, first.Winners[0].EntrantId);
        var redraw = draw.Draw(draw.Arm(tier.Id, 1, first.Winners[0].EntrantId, DrawSelection.NewSeed()).Number, people);
        draw.Reveal(redraw.Number);

        var proof = draw.Proof(redraw.Number);
        Assert.Equal((2, 1, first.Winners[0].EntrantId), (proof.Version, proof.Count, proof.Replaces));
        Assert.True(LuckyDraw.Verify(proof));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }
}
