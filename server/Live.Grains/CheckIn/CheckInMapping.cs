using Live.Contracts;
using Live.Domain.CheckIn;

namespace Live.Grains.CheckIn;

/// <summary>Between the domain's people and what is stored or sent.</summary>
internal static class CheckInMapping
{
    public static Person ToDomain(this StoredPerson p) => new()
    {
        Number = p.Number, Name = p.Name, Phone = p.Phone, Company = p.Company, Category = p.Category, Seat = p.Seat,
        WalkIn = p.WalkIn, ArrivedAt = p.ArrivedAt, Channel = CheckInChannelWire.ParseChannel(p.Channel), DeviceId = p.DeviceId,
    };

    public static StoredPerson ToStored(this Person p) =>
        new(p.Number, p.Name, p.Phone, p.Company, p.Category, p.Seat, p.WalkIn, p.ArrivedAt, p.Channel?.ToWire(), p.DeviceId);

    public static CheckInLogEntry ToDomain(this StoredCheckInLog e) => new(e.At, e.PersonId, e.Action, e.Channel, e.DeviceId);

    public static StoredCheckInLog ToStored(this CheckInLogEntry e) => new(e.At, e.PersonId, e.Action, e.Channel, e.DeviceId);

    public static RosterEntry ToEntry(this Person p) =>
        new(p.Id, p.Name, p.Phone, p.Company, p.Category, p.Seat, p.ArrivedAt, p.Channel?.ToWire(), p.DeviceId);

    public static CheckInResult ToResult(this Person p, bool already) =>
        new(p.Id, p.Name, p.Category, p.Seat, p.ArrivedAt ?? default, p.Channel?.ToWire() ?? "self", already);

    public static ImportReportView ToView(this ImportReport r) =>
        new(r.Rows, r.Added, r.Updated, r.Unchanged, r.Invited, r.Errors.Select(e => new ImportErrorView(e.Line, e.Code)).ToList());

    /// <param name="masked">For screens when the host asks for privacy: "张*" instead of the full name.</param>
    /// <remarks>An arrival carries the company only when the host's WallDetail says so, never the phone.</remarks>
    public static CheckInView ToView(this CheckInFigures f, long version, CheckInSettings settings, bool masked) => new(
        version, settings, f.Invited, f.Arrived, f.WalkIns,
        f.ByCategory.Select(c => new CategoryCount(c.Category, c.Invited, c.Arrived)).ToList(),
        f.Recent.Select(p => new Arrival(p.Id, masked ? NameMask.Mask(p.Name) : p.Name, p.WalkIn ? Roster.WalkInCategory : p.Category,
            p.ArrivedAt!.Value, WallDetail.CompanyShown(settings.WallDetail, p))).ToList());
}
