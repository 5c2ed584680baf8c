using Live.Contracts;
using Live.Domain.CheckIn;
using Live.Grains.CheckIn;
using Live.Grains.Draw;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Live.Grains.Tests;

/// <summary>
/// Check-in and draw state as the release before the wall's company detail stored it (see StoredFormatTests for the
/// rule: never regenerate these bytes; add the next release's beside them). Check-in settings then had no WallDetail
/// and winners no Company.
/// </summary>
public sealed class CheckInAndDrawStoredFormatTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(CheckInState).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    /// <summary>宋佳 (13800138000, 上海汽车, VIP, seat A1) arrived by self check-in on device-a; settings (true, true); version 7.</summary>
    private const string CheckIn20261206 =
        "ICAAAyHoAAVBDeWui+S9s0EXMTM4MDAxMzgwMDBBGeS4iua1t+axvei9pkEHVklQQQVBMQEBIYAAaCD9dkjfCIEAAAAAAAAAAOBBCXNlbGZBEWRldmljZS1h4OAh4CHoAAMBA+ABHeA=";

    /// <summary>One revealed round of tier t1 won by a1 (宋佳, device-a); settings (false, true); version 3.</summary>
    private const string Draw20261206 =
        "ICDgIQADIegABUEFdDEBBUFBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQHBASEAA0EFYTHgQQVhYiEAAyHowBtBDeWui+S9s8EPAQUBAUERZGV2aWNlLWHg4AEDwQHBAeDgIegAAQED4AEN4A==";

    [Fact]
    public void Check_in_state_stored_before_wall_detail_loads_and_reads_as_the_default()
    {
        var state = Serializer.Deserialize<CheckInState>(Convert.FromBase64String(CheckIn20261206));
        var person = Assert.Single(state.People);
        Assert.Equal(("宋佳", "13800138000", "上海汽车", "VIP", "self", "device-a"),
            (person.Name, person.Phone, person.Company, person.Category, person.Channel, person.DeviceId));
        Assert.Equal((true, true, null), (state.Settings!.AllowWalkIns, state.Settings.MaskNamesOnWall, state.Settings.WallDetail));
        Assert.Equal(WallDetail.Company, WallDetail.Parse(state.Settings.WallDetail)); // what the grain does on activation
        Assert.Equal(7L, state.Version);
    }

    [Fact]
    public void Draw_state_stored_before_winners_kept_their_company_loads_with_none_and_companies_shown()
    {
        var state = Serializer.Deserialize<DrawState>(Convert.FromBase64String(Draw20261206));
        var winner = Assert.Single(Assert.Single(state.Rounds).Winners);
        Assert.Equal(("a1", "宋佳", "device-a", null), (winner.EntrantId, winner.Name, winner.DeviceId, winner.Company));
        Assert.Equal(new DrawSettings(false, true, HideCompanies: false), state.Settings);
        Assert.Equal(3L, state.Version);
    }
}
