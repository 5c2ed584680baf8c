using Live.Domain.Common;

namespace Live.Domain.CheckIn;

public sealed partial class Roster
{
    /// <summary>
    /// Applies an invitation list: new people are added, known ones (same phone, or same name and company when
    /// there is no phone) updated, nobody removed or duplicated. Bad rows are reported by line and skipped.
    /// </summary>
    public ImportReport Import(IReadOnlyList<RosterRow> rows)
    {
        var errors = new List<ImportError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var plan = new List<(Person? Existing, Person Incoming)>();
        foreach (var row in rows)
        {
            try
            {
                var incoming = Parse(row);
                if (!seen.Add(Key(incoming))) throw new RuleViolation(ErrorCodes.DuplicateInFile);
                plan.Add((Existing(incoming), incoming));
            }
            catch (RuleViolation v)
            {
                errors.Add(new ImportError(row.Line, v.Code));
            }
        }
        var added = plan.Count(p => p.Existing is null);
        if (_people.Count + added > MaxPeople) throw new RuleViolation(ErrorCodes.RosterTooLarge);

        int updated = 0, unchanged = 0, next = _people.Count;
        foreach (var (existing, incoming) in plan)
        {
            if (existing is null) Add(new Person
            {
                Number = ++next, Name = incoming.Name, Phone = incoming.Phone, Company = incoming.Company,
                Category = incoming.Category, Seat = incoming.Seat,
            });
            else if (Update(existing, incoming)) { updated++; Revision++; }
            else unchanged++;
        }
        return new ImportReport(rows.Count, added, updated, unchanged, _people.Count(p => !p.WalkIn), errors);
    }

    private static Person Parse(RosterRow row) => new()
    {
        Number = 0,
        Name = Text.Required(row.Name, NameMax, ErrorCodes.NameRequired, ErrorCodes.NameTooLong),
        Phone = PhoneNumbers.ForList(row.Phone),
        Company = Text.Optional(row.Company, CompanyMax, ErrorCodes.FieldTooLong),
        Category = Text.Optional(row.Category, LabelMax, ErrorCodes.FieldTooLong) ?? DefaultCategory,
        Seat = Text.Optional(row.Seat, LabelMax, ErrorCodes.FieldTooLong),
    };

    private static string Key(Person p) => p.Phone ?? $"n:{NameKey(p.Name)}|{NameKey(p.Company ?? string.Empty)}";

    private Person? Existing(Person incoming) => incoming.Phone is { } phone
        ? _byPhone.GetValueOrDefault(phone)
        : _people.FirstOrDefault(p => p.Phone is null && Key(p) == Key(incoming));

    private static bool Update(Person existing, Person incoming)
    {
        var changed = existing.Name != incoming.Name || existing.Company != incoming.Company
            || existing.Category != incoming.Category || existing.Seat != incoming.Seat || existing.WalkIn;
        existing.Name = incoming.Name;
        existing.Company = incoming.Company;
        existing.Category = incoming.Category;
        existing.Seat = incoming.Seat;
        existing.WalkIn = false; // a walk-in who turns up on a later list was invited after all
        return changed;
    }
}
