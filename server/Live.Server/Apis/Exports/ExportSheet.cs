namespace Live.Server.Apis.Exports;

/// <summary>
/// A host export defined once, as a table: the header and rows of typed cells. It is written as CSV (the bytes every
/// export has always had) or as XLSX, so the two files of one export can never disagree.
/// </summary>
public sealed class ExportSheet(params string[] header)
{
    private readonly List<ExportCell[]> _rows = [];

    public IReadOnlyList<string> Header => header;

    public IReadOnlyList<ExportCell[]> Rows => _rows;

    public ExportSheet Row(params ExportCell[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public IResult ToCsvResult(string fileName)
    {
        var csv = new CsvWriter(header);
        foreach (var row in _rows) csv.Row([.. row.Select(c => c.Value)]);
        return csv.ToResult(fileName);
    }

    /// <param name="fileName">Also names the sheet (without its extension, cut to what a sheet name may be).</param>
    public IResult ToXlsxResult(string fileName) =>
        Results.File(XlsxWriter.Write(Path.GetFileNameWithoutExtension(fileName), header, _rows), XlsxWriter.ContentType, fileName);
}
