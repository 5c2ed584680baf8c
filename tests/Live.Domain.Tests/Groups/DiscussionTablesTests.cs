using Live.Domain.Common;
using Live.Domain.Groups;

namespace Live.Domain.Tests.Groups;

public sealed class DiscussionTablesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 14, 0, 0, TimeSpan.FromHours(8));

    private static List<Seatable> Guests(int n, Func<int, string>? company = null, Func<int, string>? category = null) =>
        Enumerable.Range(1, n).Select(i => new Seatable($"a{i}", $"Guest {i}", company?.Invoke(i), category?.Invoke(i) ?? "Dealer", $"dev{i}")).ToList();

    private static FormOptions Options(int size = 8, string? companies = null, string? by = null, IReadOnlyList<IReadOnlyList<string>>? apart = null,
        IReadOnlyList<string>? facilitators = null, string? facilitatorCategory = null) =>
        DiscussionTables.Options("checkedIn", size, companies, by, apart, facilitators, facilitatorCategory);

    [Fact]
    public void Forming_seats_everyone_once_and_each_phone_knows_its_table()
    {
        var tables = new DiscussionTables();
        var round = tables.Form(Guests(20), Options(), seed: 1, Now);

        Assert.Equal(1, round.Number);
        Assert.Equal([7, 7, 6], round.Tables.Select(t => t.Count));
        Assert.Equal(20, round.Seats().Select(s => s.Seat.Person.Id).Distinct().Count());
        var (table, seat) = round.Seats().First(s => s.Seat.Person.Id == "a5");
        Assert.Equal(table, tables.TableOf("dev5"));
        Assert.Null(tables.TableOf("someone-else"));
        Assert.Equal(Now, round.FormedAt);
        Assert.False(seat.Facilitator);
    }

    [Fact]
    public void A_facilitator_category_pins_one_staff_member_to_each_table()
    {
        var guests = Guests(24, category: i => i <= 3 ? "Staff" : "Dealer");
        var round = new DiscussionTables().Form(guests, Options(facilitatorCategory: "staff"), seed: 2, Now);

        Assert.Equal(3, round.Tables.Count);
        Assert.All(round.Tables, t => Assert.Equal(1, t.Count(s => s.Facilitator)));
        Assert.All(round.Tables, t => Assert.Equal("Staff", t[0].Person.Category)); // the facilitator is listed first
    }

    [Fact]
    public void Spreading_by_category_uses_the_category_column_not_the_company()
    {
        var guests = Guests(16, company: _ => "Same Co", category: i => i % 2 == 0 ? "North" : "South");
        var round = new DiscussionTables().Form(guests, Options(companies: "together", by: "category"), seed: 3, Now);

        Assert.All(round.Tables, t => Assert.Single(t.Select(s => s.Person.Category).Distinct()));
        Assert.Equal(0, round.Score.CompaniesSplit);
    }

    [Fact]
    public void A_second_round_repeats_no_pair_when_it_can_and_the_oldest_rounds_are_forgotten()
    {
        var tables = new DiscussionTables();
        var guests = Guests(64);
        var first = tables.Form(guests, Options(), seed: 1, Now);
        var second = tables.Form(guests, Options(), seed: 2, Now);

        Assert.Equal(2, second.Number);
        Assert.Equal(0, second.Score.RepeatedPairs);
        var pairs = first.Tables.SelectMany(t => t.SelectMany(a => t.Where(b => string.CompareOrdinal(a.Person.Id, b.Person.Id) < 0).Select(b => (a.Person.Id, b.Person.Id)))).ToHashSet();
        Assert.DoesNotContain(second.Tables.SelectMany(t => t.SelectMany(a => t.Select(b => (a.Person.Id, b.Person.Id)))), pairs.Contains);

        for (var i = 0; i < 10; i++) tables.Form(guests, Options(), seed: 3 + i, Now);
        Assert.Equal(GroupLimits.RememberedRounds + 1, tables.Rounds.Count);
        Assert.Equal(12, tables.Current!.Number);
    }

    [Fact]
    public void Moving_someone_changes_two_tables_and_the_phone_follows()
    {
        var tables = new DiscussionTables();
        tables.Form(Guests(16), Options(), seed: 1, Now);
        var from = tables.TableOf("dev1")!.Value;
        var to = from == 1 ? 2 : 1;

        Assert.Equal((from, to), tables.Move("a1", to));
        Assert.Equal(to, tables.TableOf("dev1"));
        Assert.Equal([7, 9], tables.Current!.Tables.Select(t => t.Count).Order());
        Assert.Null(tables.Move("a1", to)); // already there: nothing changes

        Assert.Equal((to, 3), tables.Move("a1", 3)); // the table after the last opens a new one
        Assert.Equal(3, tables.Current.Tables.Count);
    }

    [Theory]
    [InlineData("nobody", 1, ErrorCodes.MemberNotFound)]
    [InlineData(null, 1, ErrorCodes.MemberNotFound)]
    [InlineData("a1", 0, ErrorCodes.TableNotFound)]
    [InlineData("a1", 4, ErrorCodes.TableNotFound)] // two tables: 3 opens a new one, 4 does not exist
    public void A_bad_move_is_refused_and_changes_nothing(string? member, int table, string code)
    {
        var tables = new DiscussionTables();
        tables.Form(Guests(16), Options(), seed: 1, Now);
        var before = tables.Current!.Tables.Select(t => t.Select(s => s.Person.Id).ToList()).ToList();

        Assert.Equal(code, Assert.Throws<RuleViolation>(() => tables.Move(member, table)).Code);
        Assert.Equal(before, tables.Current.Tables.Select(t => t.Select(s => s.Person.Id).ToList()).ToList());
    }

    [Fact]
    public void Ending_takes_the_tables_off_phones_but_the_next_forming_still_remembers_them()
    {
        var tables = new DiscussionTables();
        var guests = Guests(64); // 8 tables of 8: a new table can take one guest from each old one
        tables.Form(guests, Options(), seed: 1, Now);
        Assert.True(tables.End());
        Assert.False(tables.End());
        Assert.Null(tables.Current);
        Assert.Null(tables.TableOf("dev1"));
        Assert.Equal(ErrorCodes.GroupsNotFormed, Assert.Throws<RuleViolation>(() => tables.Move("a1", 1)).Code);

        Assert.Equal(0, tables.Form(guests, Options(), seed: 2, Now).Score.RepeatedPairs);
    }

    [Fact]
    public void Reloaded_rounds_answer_the_same_tables()
    {
        var tables = new DiscussionTables();
        tables.Form(Guests(20), Options(), seed: 1, Now);
        var reloaded = new DiscussionTables(tables.Rounds, active: true);

        Assert.All(Enumerable.Range(1, 20), i => Assert.Equal(tables.TableOf($"dev{i}"), reloaded.TableOf($"dev{i}")));
        Assert.Null(new DiscussionTables(tables.Rounds, active: false).TableOf("dev1"));
    }

    [Fact]
    public void No_one_to_seat_and_too_many_are_refused()
    {
        var tables = new DiscussionTables();
        Assert.Equal(ErrorCodes.NoOneToGroup, Assert.Throws<RuleViolation>(() => tables.Form([], Options(), 1, Now)).Code);
        Assert.Equal(ErrorCodes.TooManyToGroup, Assert.Throws<RuleViolation>(() => tables.Form(Guests(GroupLimits.MaxPeople + 1), Options(), 1, Now)).Code);
        Assert.Empty(tables.Rounds);
    }

    [Theory]
    [InlineData("everyone", 8, null, null, ErrorCodes.InvalidGroupSource)]
    [InlineData("joined", 3, null, null, ErrorCodes.InvalidTableSize)]
    [InlineData("joined", 13, null, null, ErrorCodes.InvalidTableSize)]
    [InlineData(null, 8, "mix", null, ErrorCodes.InvalidCompanyRule)]
    [InlineData(null, 8, null, "region", ErrorCodes.InvalidCompanyRule)]
    public void Options_out_of_range_are_refused_with_their_code(string? source, int size, string? companies, string? by, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolation>(() => DiscussionTables.Options(source, size, companies, by, null, null, null)).Code);

    [Fact]
    public void Options_read_any_case_and_default_to_checked_in_spread_by_company()
    {
        var o = DiscussionTables.Options(null, 6, null, null, null, null, "  ");
        Assert.Equal((GroupSource.CheckedIn, CompanyRule.Spread, GroupKey.Company, (string?)null), (o.Source, o.Companies, o.By, o.FacilitatorCategory));
        Assert.Equal(GroupSource.Joined, DiscussionTables.Options("Joined", 6, "Together", "CATEGORY", null, null, null).Source);
        Assert.Equal(ErrorCodes.TooManyIds, Assert.Throws<RuleViolation>(() =>
            DiscussionTables.Options(null, 6, null, null, Enumerable.Range(0, 51).Select(_ => (IReadOnlyList<string>)["a1", "a2"]).ToList(), null, null)).Code);
    }

    /// <summary>The largest hall: forming 5,000 people seats everyone in tables of the target size (a rule check, not a timing).</summary>
    [Fact]
    public void Five_thousand_people_are_seated()
    {
        var round = new DiscussionTables().Form(Guests(GroupLimits.MaxPeople, company: i => $"Co {i % 300}"), Options(size: 10), seed: 7, Now);
        Assert.Equal(500, round.Tables.Count);
        Assert.All(round.Tables, t => Assert.Equal(10, t.Count));
        Assert.Equal(0, round.Score.SameCompanyPairs); // 300 companies of 16–17 spread over 500 tables: no two colleagues need to meet
    }

    [Fact]
    public void Members_of_tables_are_read_from_the_newest_round_as_moved_by_hand_and_also_once_ended()
    {
        var tables = new DiscussionTables();
        Assert.Null(tables.MembersOf([1]));
        var round = tables.Form(Guests(20), Options(), seed: 3, Now);
        var first = round.Tables[0].Select(s => s.Person.Id).ToList();
        var third = round.Tables[2].Select(s => s.Person.Id).ToList();
        Assert.Equal(first.Concat(third), tables.MembersOf([1, 3, 3, 0, 9]));

        tables.Move(first[0], 2);
        Assert.Contains(first[0], tables.MembersOf([2])!);
        tables.End();
        Assert.Equal(first.Skip(1), tables.MembersOf([1]));
        Assert.Empty(tables.MembersOf([4])!);
    }
}
