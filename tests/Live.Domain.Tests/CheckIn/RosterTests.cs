using Live.Domain.CheckIn;
using Live.Domain.Common;

namespace Live.Domain.Tests.CheckIn;

public class RosterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);

    private static RosterRow Row(int line, string? name, string? phone, string? category = "dealer", string? company = "华东经销", string? seat = null) =>
        new(line, name, phone, company, category, seat);

    private static Roster Invited(params RosterRow[] rows)
    {
        var roster = new Roster();
        roster.Import(rows);
        return roster;
    }

    [Fact]
    public void Import_reports_each_bad_row_by_line_and_keeps_the_rest()
    {
        var report = new Roster().Import([
            Row(2, "张伟", "13800138000"),
            Row(3, "", "13800138001"),
            Row(4, "李娜", "138-abc"),
            Row(5, "王芳", "+86 138 0013 8000"),
            Row(6, "刘洋", "13900139000", company: new string('x', 101)),
            Row(7, "陈静", null, category: null),
        ]);

        Assert.Equal([new ImportError(3, ErrorCodes.NameRequired), new ImportError(4, ErrorCodes.InvalidPhone),
            new ImportError(5, ErrorCodes.DuplicateInFile), new ImportError(6, ErrorCodes.FieldTooLong)], report.Errors);
        Assert.Equal((6, 2, 0, 0, 2), (report.Rows, report.Added, report.Updated, report.Unchanged, report.Invited));
    }

    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("0086 138 0013 8000", "13800138000")]
    [InlineData("86 13800138000", "13800138000")]
    [InlineData("+852 9123 4567", "85291234567")]
    [InlineData("+1 (415) 555-0100", "14155550100")]
    [InlineData("0044 20 7946 0958", "442079460958")]
    public void A_listed_phone_is_a_mainland_mobile_or_an_international_number(string typed, string kept) =>
        Assert.Equal(kept, PhoneNumbers.ForList(typed));

    [Theory]
    [InlineData("12345")]            // a typo, not a phone
    [InlineData("23800138000")]      // 11 digits, not a mobile
    [InlineData("1380013800")]       // 10 digits
    [InlineData("021 6552 9988")]    // a landline without a country code
    [InlineData("+44 123")]          // under 7 digits with the country code
    [InlineData("+1234567890123456")] // over 15
    [InlineData("+86 10 1234")]
    public void A_number_that_cannot_be_a_phone_is_refused_for_the_list(string typed) =>
        Assert.Equal(ErrorCodes.InvalidPhone, Assert.Throws<RuleViolation>(() => PhoneNumbers.ForList(typed)).Code);

    [Fact]
    public void Import_reports_a_short_number_by_its_row_and_a_walk_in_cannot_leave_one()
    {
        var report = new Roster().Import([Row(2, "张伟", "13800138000"), Row(3, "李娜", "12345"), Row(4, "Anna", "+852 9123 4567")]);
        Assert.Equal([new ImportError(3, ErrorCodes.InvalidPhone)], report.Errors);
        Assert.Equal(2, report.Added);

        var roster = Invited(Row(2, "张伟", "13800138000"));
        Assert.Equal(ErrorCodes.InvalidPhone, Assert.Throws<RuleViolation>(() => roster.WalkIn("赵敏", "12345", null, "d1", allowed: true, T0)).Code);
        Assert.Single(roster.People);
        // Looking someone up stays lenient: the typed number only has to match the list.
        Assert.Equal(ErrorCodes.CheckInNotFound, Assert.Throws<RuleViolation>(() => roster.CheckIn("12345", null, null, "d2", T0)).Code);
    }

    [Fact]
    public void Reimporting_updates_people_and_never_duplicates_them()
    {
        var roster = Invited(Row(2, "张伟", "13800138000", seat: "A1"), Row(3, "陈静", null));
        roster.StaffCheckIn("a1", T0);

        var report = roster.Import([Row(2, "张伟", "+86 13800138000", category: "VIP", seat: "A1"), Row(3, "陈静", null), Row(4, "周杰", "13700137000")]);

        Assert.Equal((1, 1, 1), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal(3, roster.People.Count);
        var zhang = roster.Find("a1");
        Assert.Equal("VIP", zhang.Category);
        Assert.True(zhang.Arrived); // an update keeps the arrival
    }

    [Fact]
    public void Self_check_in_by_phone_or_by_name_and_last_four_digits()
    {
        var roster = Invited(Row(2, "Li Lei", "13800138000"), Row(3, "张伟", "13900139000"));

        var (byPhone, already) = roster.CheckIn("138 0013 8000", null, null, "dev-1", T0);
        Assert.Equal(("a1", false, "dev-1"), (byPhone.Id, already, byPhone.DeviceId));
        var (byName, _) = roster.CheckIn(null, " 张 伟", "9000", "dev-2", T0);
        Assert.Equal("a2", byName.Id);
        Assert.Equal("a1", roster.CheckIn(null, "li lei", "8000", "dev-9", T0.AddMinutes(5)).Person.Id);
        Assert.True(roster.CheckIn("13800138000", null, null, "dev-1", T0.AddMinutes(9)).Already);
        Assert.Equal(T0, roster.Find("a1").ArrivedAt); // re-scanning keeps the first arrival
        Assert.Equal("a1", roster.CheckedInBy("dev-1")?.Id);
    }

    [Fact]
    public void Unknown_ambiguous_or_malformed_identification_is_refused_and_changes_nothing()
    {
        var roster = Invited(Row(2, "张伟", "13800131234"), Row(3, "张伟", "13900131234"));

        Assert.Equal(ErrorCodes.CheckInNotFound, Assert.Throws<RuleViolation>(() => roster.CheckIn("13700000000", null, null, "d", T0)).Code);
        Assert.Equal(ErrorCodes.CheckInAmbiguous, Assert.Throws<RuleViolation>(() => roster.CheckIn(null, "张伟", "1234", "d", T0)).Code);
        Assert.Equal(ErrorCodes.InvalidPhone, Assert.Throws<RuleViolation>(() => roster.CheckIn(null, "张伟", "12a4", "d", T0)).Code);
        Assert.Equal(ErrorCodes.NameRequired, Assert.Throws<RuleViolation>(() => roster.CheckIn(null, " ", "1234", "d", T0)).Code);
        Assert.DoesNotContain(roster.People, p => p.Arrived);
        Assert.Empty(roster.Log);
    }

    [Fact]
    public void Walk_ins_need_the_hosts_permission_and_a_retry_does_not_register_twice()
    {
        var roster = Invited(Row(2, "张伟", "13800138000"));

        Assert.Equal(ErrorCodes.WalkInsClosed, Assert.Throws<RuleViolation>(() => roster.WalkIn("赵敏", null, null, "d1", allowed: false, T0)).Code);
        var (walkIn, _) = roster.WalkIn("赵敏", null, null, "d1", allowed: true, T0);
        Assert.True(roster.WalkIn("赵敏", null, null, "d1", allowed: true, T0).Already);
        Assert.Equal((true, Roster.WalkInCategory, CheckInChannel.WalkIn), (walkIn.WalkIn, walkIn.Category, walkIn.Channel));
        Assert.Equal(2, roster.People.Count);

        // Someone who is on the list but chose "walk-in" with their phone is checked in as themselves.
        var (invited, _) = roster.WalkIn("Zhang", "13800138000", null, "d2", allowed: false, T0);
        Assert.Equal(("a1", false), (invited.Id, invited.WalkIn));
    }

    [Fact]
    public void A_walk_in_may_give_a_company_held_to_the_lists_limit()
    {
        var roster = Invited(Row(2, "张伟", "13800138000", company: "华东经销"));

        Assert.Equal(ErrorCodes.FieldTooLong, Assert.Throws<RuleViolation>(() =>
            roster.WalkIn("宋佳", null, new string('公', Roster.CompanyMax + 1), "d1", allowed: true, T0)).Code);
        Assert.Single(roster.People); // refused whole
        var (walkIn, _) = roster.WalkIn("宋佳", null, "  上海汽车\t集团 ", "d1", allowed: true, T0);
        Assert.Equal(("上海汽车 集团", true), (walkIn.Company, walkIn.WalkIn));
        Assert.Null(roster.WalkIn("王五", null, "   ", "d2", allowed: true, T0).Person.Company);
        Assert.Equal("宋佳", Assert.Single(roster.Search("上海汽车", 20).People).Name);

        // An invited person who taps "walk-in" keeps the company the list gave them.
        var (invited, _) = roster.WalkIn("张伟", "13800138000", "别的公司", "d3", allowed: true, T0);
        Assert.Equal(("a1", "华东经销"), (invited.Id, invited.Company));
    }

    [Fact]
    public void Checking_in_again_from_a_new_phone_moves_the_person_to_it()
    {
        var roster = Invited(Row(2, "张伟", "13800138000"));
        roster.CheckIn("13800138000", null, null, "old-phone", T0);
        var revision = roster.Revision;

        var (person, already) = roster.CheckIn("13800138000", null, null, "cleared-browser", T0.AddMinutes(5));

        Assert.True(already);
        Assert.Equal("cleared-browser", person.DeviceId);
        Assert.Null(roster.CheckedInBy("old-phone")); // one phone per person: the old one no longer speaks for them
        Assert.True(roster.Revision > revision);
        Assert.Equal(T0, person.ArrivedAt);
        Assert.Single(roster.Log);
    }

    [Fact]
    public void Staff_check_in_then_a_scan_binds_the_phone_and_undo_is_logged()
    {
        var roster = Invited(Row(2, "张伟", "13800138000"));

        Assert.True(roster.StaffCheckIn("a1", T0));
        Assert.False(roster.StaffCheckIn("a1", T0.AddMinutes(1)));
        Assert.True(roster.CheckIn("13800138000", null, null, "d1", T0.AddMinutes(2)).Already);
        Assert.Equal((CheckInChannel.Staff, "d1"), (roster.Find("a1").Channel, roster.Find("a1").DeviceId));

        Assert.True(roster.Undo("a1", T0.AddMinutes(3)));
        Assert.False(roster.Find("a1").Arrived);
        Assert.Null(roster.CheckedInBy("d1"));
        Assert.Equal(["arrived", "undone"], roster.Log.Select(e => e.Action));
        Assert.Equal(ErrorCodes.PersonNotFound, Assert.Throws<RuleViolation>(() => roster.Undo("a9", T0)).Code);
    }

    [Fact]
    public void Figures_count_invited_arrivals_by_category_with_walk_ins_apart()
    {
        var roster = Invited(Row(2, "张伟", "13800138000", "VIP"), Row(3, "李娜", "13800138001", "dealer"),
            Row(4, "王芳", "13800138002", "VIP"), Row(5, "刘洋", "13800138003", "media"));
        roster.StaffCheckIn("a3", T0);
        roster.CheckIn("13800138001", null, null, "d2", T0.AddMinutes(1));
        roster.WalkIn("赵敏", null, null, "d9", allowed: true, T0.AddMinutes(2));

        var f = roster.Figures();

        Assert.Equal((4, 2, 1), (f.Invited, f.Arrived, f.WalkIns));
        Assert.Equal([new CategoryFigures("VIP", 2, 1), new CategoryFigures("dealer", 1, 1), new CategoryFigures("media", 1, 0),
            new CategoryFigures(Roster.WalkInCategory, 0, 1)], f.ByCategory);
        Assert.Equal(["a5", "a2", "a3"], f.Recent.Select(p => p.Id));
    }

    [Fact]
    public void Staff_search_finds_by_name_fragment_company_or_phone_digits()
    {
        var roster = Invited(Row(2, "张伟", "13800138000", company: "上海汽车"), Row(3, "Jane Smith", "13900139000", company: "Acme"));

        Assert.Equal(["a1"], roster.Search("张", 20).People.Select(p => p.Id));
        Assert.Equal(["a2"], roster.Search("jane s", 20).People.Select(p => p.Id));
        Assert.Equal(["a2"], roster.Search("9001", 20).People.Select(p => p.Id));
        Assert.Equal(["a1"], roster.Search("汽车", 20).People.Select(p => p.Id));
        Assert.Single(roster.Search("", 1).People);
        Assert.Equal(ErrorCodes.QueryTooLong, Assert.Throws<RuleViolation>(() => roster.Search(new string('x', 65), 20)).Code);
    }

    [Fact]
    public void A_cut_off_search_says_how_many_matched_in_all()
    {
        // 31 people called 宋…, 30 called 李…, one 王芳: 62 on the list.
        var rows = Enumerable.Range(0, 61).Select(i => Row(i + 2, i < 31 ? $"宋{i}" : $"李{i}", (13800000000L + i).ToString()));
        var roster = Invited([.. rows, Row(70, "王芳", "13900000000")]);

        var found = roster.Search("宋", 20);
        Assert.Equal((20, 31), (found.People.Count, found.Total));
        Assert.Equal("a1", found.People[0].Id); // list order
        Assert.Equal((20, 62), (roster.Search("", 0).People.Count, roster.Search("", 0).Total));     // 0 or less: 20
        Assert.Equal((50, 62), (roster.Search("", 500).People.Count, roster.Search("", 500).Total)); // at most 50
        Assert.Equal((1, 1), (roster.Search("王", 20).People.Count, roster.Search("王", 20).Total));
        Assert.Equal((0, 0), (roster.Search("赵", 20).People.Count, roster.Search("赵", 20).Total));
    }

    [Fact]
    public void An_import_that_would_pass_the_cap_is_refused_whole()
    {
        var roster = new Roster();
        var rows = Enumerable.Range(0, Roster.MaxPeople + 1).Select(i => Row(i + 2, $"P{i}", (13000000000L + i).ToString())).ToList();

        Assert.Equal(ErrorCodes.RosterTooLarge, Assert.Throws<RuleViolation>(() => roster.Import(rows)).Code);
        Assert.Empty(roster.People);
    }

    [Theory]
    [InlineData("张三丰", "张*丰")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("张三", "张*")]
    [InlineData("Jane Smith", "J*** S****")]
    [InlineData("欧", "欧*")]
    public void Names_are_masked_keeping_the_first_character(string name, string masked) =>
        Assert.Equal(masked, NameMask.Mask(name));

    [Fact]
    public void A_re_scan_is_no_change_but_binding_a_phone_to_a_staff_check_in_is()
    {
        var roster = Invited(Row(2, "张伟", "13800138000"), Row(3, "李娜", "13900139000"));
        roster.CheckIn("13800138000", null, null, "d1", T0);
        var afterFirst = roster.Revision;

        roster.CheckIn("13800138000", null, null, "d1", T0.AddMinutes(1));
        Assert.Equal(afterFirst, roster.Revision);

        roster.StaffCheckIn("a2", T0);
        var afterStaff = roster.Revision;
        roster.CheckIn("13900139000", null, null, "d2", T0.AddMinutes(2));
        Assert.True(roster.Revision > afterStaff);
        Assert.Equal(afterStaff + 1, roster.Revision);
    }
}
