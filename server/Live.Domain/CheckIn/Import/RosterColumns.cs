using Live.Domain.Common;

namespace Live.Domain.CheckIn.Import;

/// <summary>
/// Finds the roster's columns by their header, in English or Chinese and in any order, and turns the table into
/// rows. Unknown columns are ignored; a table without a name column is refused.
/// </summary>
public static class RosterColumns
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["full name"] = "name", ["姓名"] = "name", ["名字"] = "name",
        ["phone"] = "phone", ["mobile"] = "phone", ["tel"] = "phone", ["telephone"] = "phone", ["phone number"] = "phone",
        ["手机"] = "phone", ["手机号"] = "phone", ["手机号码"] = "phone", ["电话"] = "phone", ["联系电话"] = "phone",
        ["company"] = "company", ["organization"] = "company", ["organisation"] = "company", ["公司"] = "company", ["单位"] = "company", ["公司名称"] = "company",
        ["category"] = "category", ["group"] = "category", ["type"] = "category", ["类别"] = "category", ["身份"] = "category", ["分类"] = "category", ["类型"] = "category",
        ["seat"] = "seat", ["table"] = "seat", ["座位"] = "seat", ["桌号"] = "seat", ["座位号"] = "seat",
    };

    public static IReadOnlyList<RosterRow> ToRows(IReadOnlyList<TableRow> table)
    {
        if (table.Count == 0) throw new RuleViolation(ErrorCodes.MissingColumns);
        var header = table[0].Cells.Select(h => Headers.GetValueOrDefault(Text.Clean(h).Trim('*', ' ', ':', '：'))).ToList();
        if (!header.Contains("name")) throw new RuleViolation(ErrorCodes.MissingColumns);
        int Col(string field) => header.IndexOf(field);
        var (name, phone, company, category, seat) = (Col("name"), Col("phone"), Col("company"), Col("category"), Col("seat"));
        return table.Skip(1).Select(row =>
        {
            string? Cell(int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i] : null;
            return new RosterRow(row.Line, Cell(name), Cell(phone), Cell(company), Cell(category), Cell(seat));
        }).ToList();
    }
}
