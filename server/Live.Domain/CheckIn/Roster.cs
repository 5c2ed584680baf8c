using Live.Domain.Common;

namespace Live.Domain.CheckIn;

/// <summary>
/// A session's invitation list and who has arrived. Every method validates before it changes anything, so a
/// refused call leaves the roster as it was.
/// </summary>
public sealed partial class Roster
{
    public const int MaxPeople = 20_000;
    public const int NameMax = 64;
    public const int CompanyMax = 100;
    public const int LabelMax = 32;
    public const int QueryMax = 64;
    public const int SearchLimitDefault = 20;
    public const int SearchLimitMax = 50;
    public const string WalkInCategory = "walk-in";
    public const string DefaultCategory = "guest";

    private readonly List<Person> _people;
    private readonly Dictionary<string, Person> _byPhone = new(StringComparer.Ordinal);
    private readonly List<CheckInLogEntry> _log;

    public Roster(IEnumerable<Person>? people = null, IEnumerable<CheckInLogEntry>? log = null)
    {
        _people = [.. people ?? []];
        foreach (var p in _people) if (p.Phone is { } phone) _byPhone[phone] = p;
        _log = [.. log ?? []];
    }

    public IReadOnlyList<Person> People => _people;
    public IReadOnlyList<CheckInLogEntry> Log => _log;

    /// <summary>Grows with every change, so a caller can tell a real change (worth a write) from a repeat.</summary>
    public long Revision { get; private set; }

    public Person Find(string? personId) =>
        _people.FirstOrDefault(p => p.Id == personId) ?? throw new RuleViolation(ErrorCodes.PersonNotFound);

    /// <summary>The person this phone checked in, if any.</summary>
    public Person? CheckedInBy(string deviceId) => _people.FirstOrDefault(p => p.Arrived && p.DeviceId == deviceId);

    /// <summary>Self check-in by whole phone number, or by name plus the phone's last four digits.</summary>
    /// <returns>The person, and whether they had already arrived (re-scanning is normal, not an error).</returns>
    public (Person Person, bool Already) CheckIn(string? phone, string? name, string? last4, string deviceId, DateTimeOffset now)
    {
        var person = Match(phone, name, last4);
        return (person, !Arrive(person, CheckInChannel.Self, deviceId, now));
    }

    /// <summary>
    /// Someone not on the list registers at the door, when the host allows it, with an optional company (held to the
    /// list's company column: at most 100 characters, else field_too_long).
    /// </summary>
    public (Person Person, bool Already) WalkIn(string? name, string? phone, string? company, string deviceId, bool allowed, DateTimeOffset now)
    {
        // A retry, or a second tap, from a phone that already checked someone in gets that answer again.
        if (CheckedInBy(deviceId) is { } earlier) return (earlier, true);
        var clean = Text.Required(name, NameMax, ErrorCodes.NameRequired, ErrorCodes.NameTooLong);
        var digits = PhoneNumbers.ForList(phone);
        var firm = Text.Optional(company, CompanyMax, ErrorCodes.FieldTooLong);
        if (digits is not null && _byPhone.TryGetValue(digits, out var invited))
            return (invited, !Arrive(invited, CheckInChannel.Self, deviceId, now));
        if (!allowed) throw new RuleViolation(ErrorCodes.WalkInsClosed);
        if (_people.Count >= MaxPeople) throw new RuleViolation(ErrorCodes.RosterTooLarge);
        var person = new Person { Number = _people.Count + 1, Name = clean, Phone = digits, Company = firm, Category = WalkInCategory, WalkIn = true };
        Add(person);
        Arrive(person, CheckInChannel.WalkIn, deviceId, now);
        return (person, false);
    }

    /// <summary>Staff check someone in from the console; true when that changed anything.</summary>
    public bool StaffCheckIn(string? personId, DateTimeOffset now) => Arrive(Find(personId), CheckInChannel.Staff, null, now);

    /// <summary>Takes a check-in back (a mistaken tap); logged. True when that changed anything.</summary>
    public bool Undo(string? personId, DateTimeOffset now)
    {
        var person = Find(personId);
        if (!person.Arrived) return false;
        _log.Add(new CheckInLogEntry(now, person.Id, "undone", person.Channel?.ToWire(), person.DeviceId));
        person.ArrivedAt = null;
        person.Channel = null;
        person.DeviceId = null;
        Revision++;
        return true;
    }

    private bool Arrive(Person person, CheckInChannel channel, string? deviceId, DateTimeOffset now)
    {
        if (person.Arrived)
        {
            // Staff checked them in first, or they cleared their browser or changed phones: the phone they check in with
            // now becomes theirs (their prize notices and, in checked-in-only polls, their one ballot follow it).
            if (deviceId is not null && person.DeviceId != deviceId)
            {
                person.DeviceId = deviceId;
                Revision++;
            }
            return false;
        }
        person.ArrivedAt = now;
        person.Channel = channel;
        person.DeviceId = deviceId;
        _log.Add(new CheckInLogEntry(now, person.Id, "arrived", channel.ToWire(), deviceId));
        Revision++;
        return true;
    }

    private Person Match(string? phone, string? name, string? last4)
    {
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var digits = PhoneNumbers.Normalize(phone)!;
            return _byPhone.TryGetValue(digits, out var byPhone) ? byPhone : throw new RuleViolation(ErrorCodes.CheckInNotFound);
        }
        var key = NameKey(Text.Required(name, NameMax, ErrorCodes.NameRequired, ErrorCodes.NameTooLong));
        var four = PhoneNumbers.LastFour(last4);
        var matches = _people.Where(p => p.Phone is not null && p.Phone.EndsWith(four, StringComparison.Ordinal) && NameKey(p.Name) == key).Take(2).ToList();
        return matches.Count switch
        {
            0 => throw new RuleViolation(ErrorCodes.CheckInNotFound),
            1 => matches[0],
            _ => throw new RuleViolation(ErrorCodes.CheckInAmbiguous),
        };
    }

    private void Add(Person person)
    {
        _people.Add(person);
        Revision++;
        if (person.Phone is { } phone) _byPhone[phone] = person;
    }

    /// <summary>Names compare ignoring case and spaces: "Li Lei", "li lei" and "LiLei" are one person.</summary>
    internal static string NameKey(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
}

public static class CheckInChannelWire
{
    public static string ToWire(this CheckInChannel channel) => channel switch
    {
        CheckInChannel.Self => "self",
        CheckInChannel.Staff => "staff",
        _ => "walk-in",
    };

    public static CheckInChannel? ParseChannel(string? wire) => wire switch
    {
        "self" => CheckInChannel.Self,
        "staff" => CheckInChannel.Staff,
        "walk-in" => CheckInChannel.WalkIn,
        _ => null,
    };
}
