using Live.Domain.Groups;
using Xunit.Abstractions;

namespace Live.Domain.Tests.Groups;

public sealed class GroupFormationTests(ITestOutputHelper output)
{
    private static List<GroupMember> People(int n, Func<int, string?>? company = null) =>
        Enumerable.Range(1, n).Select(i => new GroupMember($"p{i}", company?.Invoke(i))).ToList();

    /// <summary>1,000 guests from 120 companies, sized as at a dealer conference: a few big delegations, many of one or two.</summary>
    private static List<GroupMember> DealerConference()
    {
        var sizes = Enumerable.Range(1, 120).Select(rank => Math.Max(1, (int)Math.Round(190.0 / Math.Pow(rank, 0.9)))).ToArray();
        var people = new List<GroupMember>();
        var company = 0;
        while (people.Count < 1000)
        {
            for (var k = 0; k < sizes[company % sizes.Length] && people.Count < 1000; k++) people.Add(new GroupMember($"p{people.Count + 1}", $"Company {company % 120 + 1}"));
            company++;
        }
        return people;
    }

    /// <summary>The fewest colleague pairs any seating can have: each company dealt over the tables as evenly as it goes.</summary>
    private static int FewestColleaguePairs(IEnumerable<GroupMember> people, int tables) =>
        people.GroupBy(p => p.Company).Sum(g =>
        {
            int q = g.Count() / tables, r = g.Count() % tables;
            return r * (q + 1) * q / 2 + (tables - r) * q * (q - 1) / 2;
        });

    private static void EveryoneOnce(IReadOnlyList<GroupMember> people, Grouping grouping) =>
        Assert.Equal(people.Select(p => p.Id).Order(), grouping.Tables.SelectMany(t => t).Order());

    [Theory]
    [InlineData(20, 8, new[] { 7, 7, 6 })]
    [InlineData(16, 8, new[] { 8, 8 })]
    [InlineData(5, 8, new[] { 5 })]
    [InlineData(43, 6, new[] { 6, 6, 6, 5, 5, 5, 5, 5 })] // eight tables, not seven of six and one guest alone
    public void Tables_are_as_equal_as_the_count_allows_and_never_over_the_target(int n, int target, int[] sizes)
    {
        var people = People(n);
        var grouping = GroupFormation.Form(people, new GroupingOptions(target));
        EveryoneOnce(people, grouping);
        Assert.Equal(sizes.Sum(), grouping.Tables.Sum(t => t.Count));
        Assert.True(grouping.Tables.All(t => t.Count <= target));
        Assert.True(grouping.Score.LargestTable - grouping.Score.SmallestTable <= 1);
        Assert.Equal(sizes.Order(), grouping.Tables.Select(t => t.Count).Order());
    }

    [Fact]
    public void Nobody_to_seat_gives_no_tables()
    {
        var grouping = GroupFormation.Form([], new GroupingOptions(8));
        Assert.Empty(grouping.Tables);
        Assert.Equal(0, grouping.Score.LargestTable);
    }

    [Fact]
    public void A_thousand_guests_from_120_companies_are_spread_as_evenly_as_possible()
    {
        var people = DealerConference();
        var grouping = GroupFormation.Form(people, new GroupingOptions(8, CompanyRule.Spread, Seed: 7));
        EveryoneOnce(people, grouping);
        var s = grouping.Score;
        output.WriteLine($"spread: {grouping.Tables.Count} tables of {s.SmallestTable}–{s.LargestTable}; largest company {people.GroupBy(p => p.Company).Max(g => g.Count())}; " +
            $"most colleagues at one table {s.MostColleaguesAtOneTable}; colleague pairs {s.SameCompanyPairs} (fewest possible {FewestColleaguePairs(people, grouping.Tables.Count)})");
        Assert.Equal(125, grouping.Tables.Count);
        Assert.Equal((8, 8), (s.SmallestTable, s.LargestTable));
        Assert.Equal(FewestColleaguePairs(people, 125), s.SameCompanyPairs);
        Assert.Equal(2, s.MostColleaguesAtOneTable); // the largest company has 190 people for 125 tables
    }

    [Fact]
    public void A_second_round_seats_nobody_with_someone_from_their_first_table_when_it_can()
    {
        var people = People(64);
        var first = GroupFormation.Form(people, new GroupingOptions(8, Seed: 1));
        var second = GroupFormation.Form(people, new GroupingOptions(8, EarlierRounds: first.Tables, Seed: 2));
        EveryoneOnce(people, second);
        Assert.Equal(0, second.Score.RepeatedPairs); // 8 tables of 8: one from each first-round table
        var third = GroupFormation.Form(people, new GroupingOptions(8, EarlierRounds: [.. first.Tables, .. second.Tables], Seed: 3));
        Assert.InRange(third.Score.RepeatedPairs, 0, 2); // a seating by chance repeats about 50 of its 224 pairs

        var conference = DealerConference();
        var round1 = GroupFormation.Form(conference, new GroupingOptions(8, Seed: 1));
        var round2 = GroupFormation.Form(conference, new GroupingOptions(8, EarlierRounds: round1.Tables, Seed: 2));
        output.WriteLine($"second round of 1,000: repeated pairs {round2.Score.RepeatedPairs}, colleague pairs {round2.Score.SameCompanyPairs} (fewest {FewestColleaguePairs(conference, 125)})");
        Assert.Equal(0, round2.Score.RepeatedPairs);
        Assert.Equal(FewestColleaguePairs(conference, 125), round2.Score.SameCompanyPairs);
    }

    [Fact]
    public void Colleagues_kept_together_share_a_table_when_the_sizes_allow()
    {
        int[] sizes = [5, 3, 4, 4, 6, 2]; // 24 people, three tables of 8: 5+3, 4+4, 6+2
        var people = sizes.SelectMany((size, c) => Enumerable.Range(0, size).Select(k => new GroupMember($"c{c}-{k}", $"Co{c}"))).ToList();
        var grouping = GroupFormation.Form(people, new GroupingOptions(8, CompanyRule.Together, Seed: 4));
        EveryoneOnce(people, grouping);
        Assert.Equal(0, grouping.Score.CompaniesSplit);
        Assert.All(people.GroupBy(p => p.Company), g => Assert.Single(grouping.Tables, t => t.Contains(g.First().Id) && g.All(p => t.Contains(p.Id))));
    }

    [Fact]
    public void Colleagues_count_as_one_company_whatever_the_case_and_spaces()
    {
        var people = new List<GroupMember> { new("a", "ACME"), new("b", " acme "), new("c", "Other"), new("d", null) };
        var grouping = GroupFormation.Form(people, new GroupingOptions(2, CompanyRule.Spread));
        Assert.Equal(0, grouping.Score.SameCompanyPairs);
        Assert.DoesNotContain(grouping.Tables, t => t.Contains("a") && t.Contains("b"));
    }

    [Fact]
    public void Keep_apart_sets_never_share_a_table_and_break_only_as_little_as_the_tables_force()
    {
        var people = People(24, i => $"Co{i % 3}");
        var managers = new[] { "p1", "p2", "p3" };
        var grouping = GroupFormation.Form(people, new GroupingOptions(8, KeepApart: [managers]));
        Assert.Equal(0, grouping.Score.ApartBroken);
        Assert.Equal(3, grouping.Tables.Count(t => t.Intersect(managers).Count() == 1));

        var five = new[] { "p1", "p2", "p3", "p4", "p5" }; // five into three tables: two pairs at least
        var forced = GroupFormation.Form(people, new GroupingOptions(8, KeepApart: [five]));
        Assert.Equal(2, forced.Score.ApartBroken);
    }

    [Fact]
    public void Each_table_gets_one_facilitator_listed_first()
    {
        var people = People(30, i => $"Co{i % 4}");
        var hosts = new[] { "p7", "p14", "p21", "p28" };
        var grouping = GroupFormation.Form(people, new GroupingOptions(8, Facilitators: [.. hosts, "nobody"]));
        Assert.Equal(4, grouping.Tables.Count);
        Assert.All(grouping.Tables, t => Assert.Single(t, hosts.Contains));
        Assert.All(grouping.Tables, t => Assert.Contains(t[0], hosts));
    }

    [Fact]
    public void The_same_seed_gives_the_same_tables_and_another_seed_others()
    {
        var people = People(40, i => $"Co{i % 5}");
        var a = GroupFormation.Form(people, new GroupingOptions(8, Seed: 11));
        var b = GroupFormation.Form(people, new GroupingOptions(8, Seed: 11));
        var c = GroupFormation.Form(people, new GroupingOptions(8, Seed: 12));
        Assert.Equal(a.Tables.Select(t => string.Join(",", t)), b.Tables.Select(t => string.Join(",", t)));
        Assert.NotEqual(a.Tables.Select(t => string.Join(",", t)).Order(), c.Tables.Select(t => string.Join(",", t)).Order());
    }

    [Fact]
    public void People_who_left_since_an_earlier_round_are_ignored_and_a_listed_twice_id_is_refused()
    {
        var people = People(16);
        var grouping = GroupFormation.Form(people, new GroupingOptions(8, EarlierRounds: [["p1", "gone", "p2"]], KeepApart: [["gone", "p3"]]));
        EveryoneOnce(people, grouping);
        Assert.Equal(0, grouping.Score.RepeatedPairs);
        Assert.Throws<ArgumentException>(() => GroupFormation.Form([new("x", null), new("x", null)], new GroupingOptions(8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupFormation.Form(people, new GroupingOptions(0)));
    }
}
