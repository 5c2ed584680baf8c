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
    [InlineData("eligibility.json")]
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
    public void A_version_3_proof_with_an_earlier_winner_among_its_entrants_is_refused_though_everything_else_checks_out()
    {
        var refused = Proof("eligibility-refused.json");
        Assert.Contains("a7", refused.EntrantIds);
        Assert.Contains("a7", refused.Eligibility!.EarlierWinners);
        Assert.False(LuckyDraw.EligibilityRespected(refused));
        Assert.False(LuckyDraw.Verify(refused));
        Assert.True(LuckyDraw.Verify(refused with { Version = 2, Eligibility = null })); // version 2 could not tell

        var good = Proof("eligibility.json");
        Assert.False(LuckyDraw.Verify(good with { Eligibility = null }));                     // version 3 needs its rule
        Assert.False(LuckyDraw.Verify(good with { Eligibility = good.Eligibility! with { EarlierWinners = null! } })); // a list missing from pasted JSON
        Assert.False(LuckyDraw.Verify(good with { Eligibility = good.Eligibility! with { Exclude = [good.EntrantIds[0]] } }));
        Assert.False(LuckyDraw.Verify(good with { Replaces = "a99" }));                      // a redraw of nobody who won
    }

    [Fact]
    public void The_independent_python_check_agrees_with_every_vector()
    {
        using var python = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", Path.Combine(RepoRoot(), "scripts", "draw-vectors.py"))
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = python.StandardOutput.ReadToEnd() + python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, output);
        Assert.Contains("ok   eligibility-refused.json", output);
        Assert.Contains("0 failed", output);
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
    public void The_server_writes_version_3_proofs_with_the_rule_and_the_earlier_winners_as_they_were_when_drawn()
    {
        var draw = new LuckyDraw();
        var vip = draw.SaveTier(null, "一等奖", 2, 1, null, new Eligibility(EntrantSource.CheckedIn, Categories: ["VIP"], Include: ["a9"], Exclude: ["a2"]));
        var other = draw.SaveTier(null, "二等奖", 3, 2, null, new Eligibility(EntrantSource.CheckedIn));
        var people = Enumerable.Range(1, 10).Select(i => new Entrant($"a{i}", $"嘉宾{i}", i <= 5 ? "VIP" : "dealer")).ToList();
        var first = draw.Draw(draw.Arm(other.Id, 3, null, DrawSelection.NewSeed()).Number, people);
        var second = draw.Draw(draw.Arm(vip.Id, 2, null, DrawSelection.NewSeed()).Number, people);
        draw.Reveal(second.Number);
        // The tier's rule changes after the draw: the proof keeps the one the round was drawn under.
        draw.SaveTier(vip.Id, "一等奖", 2, 1, null, new Eligibility(EntrantSource.Online));

        var proof = draw.Proof(second.Number);
        Assert.Equal(3, proof.Version);
        var e = proof.Eligibility!;
        Assert.Equal(("checkedIn", false), (e.Source, e.AllowRepeatWins));
        Assert.Equal(["VIP"], e.Categories);
        Assert.Equal(["a9"], e.Include);
        Assert.Equal(["a2"], e.Exclude);
        Assert.Equal(DrawSelection.Sorted(first.Winners.Select(w => w.EntrantId)), e.EarlierWinners);
        Assert.DoesNotContain(proof.EntrantIds, id => e.EarlierWinners.Contains(id) || id == "a2");
        Assert.True(LuckyDraw.Verify(proof));
    }

    [Fact]
    public void A_round_drawn_before_rules_were_kept_stays_a_version_2_proof()
    {
        var draw = new LuckyDraw();
        var tier = draw.SaveTier(null, "一等奖", 2, 1, null, new Eligibility(EntrantSource.CheckedIn));
        var round = draw.Draw(draw.Arm(tier.Id, 2, null, DrawSelection.NewSeed()).Number, [new Entrant("a1", "甲", "x"), new Entrant("a2", "乙", "x")]);
        round.Rule = null; // as a round loaded from state stored before 2026-12-03
        draw.Reveal(round.Number);
        var proof = draw.Proof(round.Number);
        Assert.Equal((2, null), (proof.Version, proof.Eligibility));
        Assert.True(LuckyDraw.Verify(proof));
    }

    [Fact]
    public void The_server_writes_proofs_with_the_rounds_count_and_replaces()
    {
        var draw = new LuckyDraw();
        var tier = draw.SaveTier(null, "一等奖", 2, 1, null, new Eligibility(EntrantSource.CheckedIn));
        var people = Enumerable.Range(1, 10).Select(i => new Entrant($"a{i}", $"嘉宾{i}", "dealer")).ToList();
        var first = draw.Draw(draw.Arm(tier.Id, 2, null, DrawSelection.NewSeed()).Number, people);
        draw.MarkAbsent(first.Number, first.Winners[0].EntrantId);
        var redraw = draw.Draw(draw.Arm(tier.Id, 1, first.Winners[0].EntrantId, DrawSelection.NewSeed()).Number, people);
        draw.Reveal(redraw.Number);

        var proof = draw.Proof(redraw.Number);
        Assert.Equal((3, 1, first.Winners[0].EntrantId), (proof.Version, proof.Count, proof.Replaces));
        Assert.Contains(first.Winners[0].EntrantId, proof.Eligibility!.EarlierWinners);
        Assert.True(LuckyDraw.Verify(proof));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }
}
