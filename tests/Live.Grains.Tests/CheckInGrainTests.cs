using System.Text;
using Live.Contracts;
using Orleans.Core.Internal;
using Orleans.Runtime;

namespace Live.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class CheckInGrainTests(ClusterFixture fixture)
{
    private static int _next;
    private static string NewCode() => (400_000 + Interlocked.Increment(ref _next)).ToString();
    private ICheckInGrain Desk(string code) => fixture.Grains.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(code));
    private static readonly byte[] Invitations = Encoding.UTF8.GetBytes("name,phone,category\n张伟,13800138000,VIP\n李娜,13900139000,dealer\n");

    [Fact]
    public async Task Arrivals_the_phone_binding_and_the_log_survive_deactivation()
    {
        var desk = Desk(NewCode());
        Assert.Equal(2, (await desk.Import(Invitations)).Added);
        var first = await desk.CheckIn(new Poster("phone-1", null, "onsite"), new CheckInRequest("13800138000", null, null, false, "op-1"));
        await desk.StaffCheckIn("a2");
        await desk.Undo("a2");

        await desk.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var again = await desk.CheckIn(new Poster("phone-1", null, "onsite"), new CheckInRequest("13800138000", null, null, false, "op-1"));
        Assert.Equal((first.PersonId, first.At, true), (again.PersonId, again.At, again.Already));
        var host = (await desk.Read("host", null)).View!;
        Assert.Equal((2, 1), (host.Invited, host.Arrived));
        Assert.Equal("张伟", (await desk.Read("attendee", "phone-1")).Mine?.Name);
        Assert.Null((await desk.Read("attendee", "phone-2")).Mine);
        Assert.Equal(2, (await desk.Import(Invitations)).Unchanged); // re-import after reload: nobody duplicated
    }

    [Fact]
    public async Task The_screen_sees_masked_names_unless_the_host_turns_masking_off()
    {
        var desk = Desk(NewCode());
        await desk.Import(Invitations);
        await desk.StaffCheckIn("a1");

        Assert.Equal("张*", Assert.Single((await desk.Read("screen", null)).View!.Recent).Name);
        await desk.SetSettings(new CheckInSettings(false, false));
        Assert.Equal("张伟", Assert.Single((await desk.Read("screen", null)).View!.Recent).Name);
    }

    [Fact]
    public async Task The_screen_carries_the_company_beside_masked_names_only_while_the_host_wants_it()
    {
        var desk = Desk(NewCode());
        await desk.Import(Encoding.UTF8.GetBytes("name,phone,company\n宋佳,13800138000,上海汽车\n宋涛,13900139000,\n"));
        await desk.StaffCheckIn("a1");
        await desk.StaffCheckIn("a2");
        async Task<List<(string, string?)>> Wall() => (await desk.Read("screen", null)).View!.Recent.Select(a => (a.Name, a.Company)).ToList();

        Assert.Equal("company", (await desk.Read("screen", null)).View!.Settings.WallDetail); // the default
        Assert.Equal([("宋*", null), ("宋*", "上海汽车")], await Wall());
        Assert.Equal("category", (await desk.SetSettings(new CheckInSettings(false, true, "category"))).Settings.WallDetail);
        Assert.Equal([("宋*", null), ("宋*", null)], await Wall());
        await desk.SetSettings(new CheckInSettings(false, true, "none"));
        Assert.Equal([("宋*", null), ("宋*", null)], await Wall());
        var refused = await Assert.ThrowsAsync<LiveException>(() => desk.SetSettings(new CheckInSettings(false, true, "phone")));
        Assert.Equal("invalid_wall_detail", refused.Code);
        Assert.Equal("none", (await desk.Read("host", null)).View!.Settings.WallDetail); // refused, so unchanged
        await desk.SetSettings(new CheckInSettings(false, true, null)); // absent: the default again
        Assert.Equal([("宋*", null), ("宋*", "上海汽车")], await Wall());

        await desk.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal("company", (await desk.Read("screen", null)).View!.Settings.WallDetail);
    }
}
