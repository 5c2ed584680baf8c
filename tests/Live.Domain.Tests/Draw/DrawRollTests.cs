using System.Security.Cryptography;
using System.Text;
using Live.Domain.Draw;

namespace Live.Domain.Tests.Draw;

/// <summary>The drum roll's names: only this round's eligible entrants, never its winners, never anyone else.</summary>
public class DrawRollTests
{
    private static readonly Eligibility CheckedIn = new(EntrantSource.CheckedIn);
    private static byte[] Seed(int i) => SHA256.HashData(Encoding.UTF8.GetBytes($"roll seed {i}"));

    private static List<Entrant> People(int n, Func<int, string>? category = null) =>
        Enumerable.Range(1, n).Select(i => new Entrant($"a{i}", $"嘉宾{i}", category?.Invoke(i) ?? "dealer")).ToList();

    [Fact]
    public void The_roll_is_this_rounds_eligible_entrants_without_its_winners()
    {
        var draw = new LuckyDraw();
        var people = People(12, i => i <= 5 ? "VIP" : "dealer");
        var tier = draw.SaveTier(null, "贵宾奖", 2, 1, null, CheckedIn with { Categories = ["VIP"], Exclude = ["a1"] });

        var round = draw.Draw(draw.Arm(tier.Id, 2, null, Seed(1)).Number, people);

        var winners = round.Winners.Select(w => w.Name).ToHashSet();
        var eligible = round.EntrantIds!.Select(id => people.Single(p => p.Id == id).Name).ToHashSet();
        Assert.Equal(2, round.Roll!.Count);
        Assert.Empty(round.Roll.Intersect(winners));
        Assert.Subset(eligible, round.Roll.ToHashSet());
        Assert.DoesNotContain("嘉宾1", round.Roll);   // excluded
        Assert.DoesNotContain("嘉宾6", round.Roll);   // another category
    }

    [Fact]
    public void Later_rounds_never_roll_earlier_winners_who_can_no_longer_win()
    {
        var draw = new LuckyDraw();
        var people = People(14);
        var third = draw.SaveTier(null, "三等奖", 10, 3, null, CheckedIn);
        var first = draw.SaveTier(null, "一等奖", 1, 1, null, CheckedIn);
        var earlier = draw.Draw(draw.Arm(third.Id, 10, null, Seed(1)).Number, people).Winners.Select(w => w.Name).ToHashSet();

        var last = draw.Draw(draw.Arm(first.Id, 1, null, Seed(2)).Number, people);

        Assert.Equal(4, last.EntrantIds!.Count);
        Assert.Equal(3, last.Roll!.Count);
        Assert.Empty(last.Roll.Intersect(earlier));
        Assert.DoesNotContain(last.Winners[0].Name, last.Roll);
    }

    [Fact]
    public void A_round_where_everyone_wins_rolls_nobody_and_a_big_pool_is_sampled_across_the_list()
    {
        var draw = new LuckyDraw();
        var all = draw.SaveTier(null, "全员奖", 3, 1, null, CheckedIn);
        Assert.Empty(draw.Draw(draw.Arm(all.Id, 3, null, Seed(1)).Number, People(3)).Roll!);

        var names = Enumerable.Range(0, 1000).Select(i => $"n{i}").ToList();
        var sample = LuckyDraw.RollNames(names);
        Assert.Equal(LuckyDraw.RollMax, sample.Distinct().Count());
        Assert.Contains("n0", sample);
        Assert.Contains(sample, n => int.Parse(n[1..]) >= 950);
    }
}
