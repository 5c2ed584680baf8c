using System.Security.Cryptography;
using System.Text;
using Live.Domain.Common;
using Live.Domain.Draw;

namespace Live.Domain.Tests.Draw;

/// <summary>A prize tier limited to some discussion tables: only the people seated there when the round is drawn may win.</summary>
public sealed class DrawByTableTests
{
    private static byte[] Seed(int i) => SHA256.HashData(Encoding.UTF8.GetBytes($"table seed {i}"));

    private static List<Entrant> People(int n, Func<int, string>? category = null) =>
        Enumerable.Range(1, n).Select(i => new Entrant($"a{i}", $"嘉宾{i}", category?.Invoke(i) ?? "dealer")).ToList();

    private static DrawRound DrawAll(Eligibility rule, IReadOnlyCollection<string>? seated, int people = 12)
    {
        var draw = new LuckyDraw();
        var tier = draw.SaveTier(null, "桌奖", 20, 1, null, rule);
        return draw.Draw(draw.Arm(tier.Id, 1, null, Seed(1)).Number, People(people, i => i % 2 == 0 ? "VIP" : "dealer"), seated);
    }

    [Fact]
    public void Only_the_people_at_the_tiers_tables_are_entrants()
    {
        var round = DrawAll(new Eligibility(EntrantSource.CheckedIn, Tables: [3, 7]), seated: ["a2", "a5", "a9", "someone-gone"]);

        Assert.Equal(["a2", "a5", "a9"], round.EntrantIds);
        Assert.Contains(round.Winners.Single().EntrantId, round.EntrantIds!);
        Assert.Equal([3, 7], round.Rule!.Eligibility.Tables);
    }

    [Fact]
    public void Tables_and_categories_both_apply_and_include_cannot_bring_in_someone_from_another_table()
    {
        var rule = new Eligibility(EntrantSource.CheckedIn, Categories: ["vip"], Include: ["a5", "a11"], Exclude: ["a4"], Tables: [1]);

        var round = DrawAll(rule, seated: ["a2", "a4", "a5", "a6", "a9"]);

        // a2, a6: VIPs at the table; a5: included (a dealer) at the table; a4 excluded; a9 a dealer; a11 at no chosen table.
        Assert.Equal(["a2", "a5", "a6"], round.EntrantIds);
    }

    [Fact]
    public void With_no_tables_formed_or_nobody_at_them_nobody_is_eligible()
    {
        var rule = new Eligibility(EntrantSource.CheckedIn, Tables: [2]);
        Assert.Equal(ErrorCodes.NoEntrants, Assert.Throws<RuleViolation>(() => DrawAll(rule, seated: null)).Code);
        Assert.Equal(ErrorCodes.NoEntrants, Assert.Throws<RuleViolation>(() => DrawAll(rule, seated: [])).Code);
    }

    [Fact]
    public void A_tier_without_tables_ignores_who_is_seated()
    {
        Assert.Equal(12, DrawAll(new Eligibility(EntrantSource.CheckedIn), seated: ["a1"]).EntrantIds!.Count);
        Assert.Equal(12, DrawAll(new Eligibility(EntrantSource.CheckedIn, Tables: []), seated: null).EntrantIds!.Count);
    }

    [Fact]
    public void Saving_a_tier_keeps_each_table_once_in_order_and_refuses_numbers_out_of_range()
    {
        var draw = new LuckyDraw();
        var tier = draw.SaveTier(null, "桌奖", 1, 1, null, new Eligibility(EntrantSource.CheckedIn, Tables: [7, 3, 7]));
        Assert.Equal([3, 7], tier.Eligibility.Tables);
        Assert.Null(draw.SaveTier(tier.Id, "桌奖", 1, 1, null, new Eligibility(EntrantSource.CheckedIn, Tables: [])).Eligibility.Tables);
        Assert.Equal([LuckyDraw.TableMax], draw.SaveTier(tier.Id, "桌奖", 1, 1, null, new Eligibility(EntrantSource.CheckedIn, Tables: [LuckyDraw.TableMax])).Eligibility.Tables);

        foreach (var bad in new[] { 0, -1, LuckyDraw.TableMax + 1 })
            Assert.Equal(ErrorCodes.InvalidTier, Assert.Throws<RuleViolation>(() =>
                draw.SaveTier(null, "桌奖", 1, 1, null, new Eligibility(EntrantSource.CheckedIn, Tables: [1, bad]))).Code);
        Assert.Equal(ErrorCodes.InvalidTier, Assert.Throws<RuleViolation>(() => draw.SaveTier(null, "桌奖", 1, 1, null,
            new Eligibility(EntrantSource.CheckedIn, Tables: Enumerable.Repeat(1, LuckyDraw.TableMax + 1).ToList()))).Code);
    }

    [Fact]
    public void The_proof_names_the_tables_the_round_was_limited_to()
    {
        var draw = new LuckyDraw();
        var byTable = draw.SaveTier(null, "桌奖", 1, 1, null, new Eligibility(EntrantSource.CheckedIn, Tables: [4]));
        var plain = draw.SaveTier(null, "普通奖", 1, 2, null, new Eligibility(EntrantSource.CheckedIn));
        var first = draw.Draw(draw.Arm(byTable.Id, 1, null, Seed(1)).Number, People(6), ["a3", "a4"]);
        var second = draw.Draw(draw.Arm(plain.Id, 1, null, Seed(2)).Number, People(6));

        Assert.Equal([4], draw.Proof(first.Number).Eligibility!.Tables);
        Assert.Empty(draw.Proof(second.Number).Eligibility!.Tables!);
        draw.Reveal(first.Number);
        Assert.True(LuckyDraw.Verify(draw.Proof(first.Number)));
    }
}
