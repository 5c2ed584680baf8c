using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Live.Server.Apis.Exports;

/// <summary>
/// Every part of an export's workbook except its rows, built with the OpenXml SDK: the package's content types and
/// relationships, the workbook naming its one sheet, the styles (0 the default, 1 the bold header) and an empty sheet.
/// </summary>
/// <remarks>
/// The rows are not written here. On .NET the SDK's package sits on a ZipArchive in update mode, which keeps every
/// part it writes uncompressed in memory until the package is closed (dotnet/Open-XML-SDK#807, dotnet/runtime#1544),
/// so a big sheet would cost its whole XML in memory. <see cref="XlsxWriter"/> copies these small parts into the file
/// and writes the sheet itself through the SDK's OpenXmlWriter, straight into the compressed zip entry.
/// </remarks>
internal static class XlsxPackage
{
    public const string HeaderStyle = "1";

    /// <returns>The package, and the zip entry name of its sheet part (e.g. "xl/worksheets/sheet1.xml").</returns>
    public static (MemoryStream Package, string SheetEntry) Skeleton(string sheetName)
    {
        var buffer = new MemoryStream();
        string sheetEntry;
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            // Fixed relationship ids: the same table gives the same file.
            workbook.AddNewPart<WorkbookStylesPart>("rId2").Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>("rId1");
            sheet.Worksheet = new Worksheet(new SheetData());
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }));
            sheetEntry = sheet.Uri.OriginalString.TrimStart('/');
        }
        buffer.Position = 0;
        return (buffer, sheetEntry);
    }

    /// <summary>The stylesheet Excel expects at least (two fills, one border, a Normal style), plus the bold header.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold)
    {
        var font = new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        if (bold) font.PrependChild(new Bold());
        return font;
    }
}
