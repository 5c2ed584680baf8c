using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Live.Server.Tests;

/// <summary>One server for the class: what POST /roster accepts, by content and declared type, and its one size limit.</summary>
public sealed class RosterUploadFixture : IAsyncLifetime
{
    public LiveServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await Task.Run(() => new LiveServer());
    public async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class RosterUploadTests(RosterUploadFixture fixture) : IClassFixture<RosterUploadFixture>
{
    private const int MiB = 1024 * 1024;
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("name,phone\n张三,13800000001\n");

    private LiveServer Server => fixture.Server;

    private async Task<(HttpStatusCode Status, string? Code)> SendAsync(HttpContent content)
    {
        var session = await Server.CreateSessionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        var response = await Server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode) return (response.StatusCode, null);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    private static ByteArrayContent Raw(byte[] bytes, string? type)
    {
        var content = new ByteArrayContent(bytes);
        if (type is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private static MultipartFormDataContent Form(byte[] bytes, string? type)
    {
        var form = new MultipartFormDataContent();
        form.Add(Raw(bytes, type), "file", "list.csv");
        return form;
    }

    private static byte[] Xlsx()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string xml)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(xml);
            }
            Entry("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry("_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Entry("xl/worksheets/sheet1.xml", """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Jane</t></is></c></row></sheetData></worksheet>""");
        }
        return zip.ToArray();
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\nname,phone\nA,13800000001\n%%EOF\n");

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/csv; charset=utf-8")]
    [InlineData("application/vnd.ms-excel")] // what Windows with Excel installed reports for a .csv
    [InlineData("text/plain")]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task A_csv_declared_as_a_csv_or_as_nothing_in_particular_is_imported(string? type)
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Raw(Csv, type))).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Form(Csv, type))).Status);
    }

    [Theory]
    [InlineData(RosterXlsxType)]
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task An_xlsx_declared_as_xlsx_or_as_nothing_in_particular_is_imported(string? type) =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Raw(Xlsx(), type))).Status);

    private const string RosterXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static TheoryData<string, byte[], string?> Refused => new()
    {
        { "a PDF as application/pdf", Pdf, "application/pdf" },
        { "a PDF as a generic binary", Pdf, "application/octet-stream" },
        { "a PDF claiming to be a CSV", Pdf, "text/csv" },
        { "a CSV declared as an image", Csv, "image/png" },
        { "a CSV declared as JSON", Csv, "application/json" },
        { "a CSV declared as XLSX", Csv, RosterXlsxType },
        { "an XLSX declared as CSV", Xlsx(), "text/csv" },
        { "a PNG as a generic binary", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], null },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Content_and_declared_type_must_both_say_csv_or_both_say_xlsx(string what, byte[] bytes, string? type)
    {
        Assert.True((HttpStatusCode.BadRequest, "unsupported_file") == await SendAsync(Raw(bytes, type)), what + ", raw");
        Assert.True((HttpStatusCode.BadRequest, "unsupported_file") == await SendAsync(Form(bytes, type)), what + ", in a form");
    }

    [Fact]
    public async Task A_file_of_exactly_5_MiB_is_imported_raw_and_in_a_form()
    {
        var file = Padded(5 * MiB);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Raw(file, "text/csv"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Form(file, "text/csv"))).Status);
    }

    /// <summary>Every way of being too large is one code: declared or not, raw or in a form, just over or far over.</summary>
    [Theory]
    [InlineData(5 * MiB + 1)]
    [InlineData(5 * MiB + 64 * 1024 + 1)] // over the body limit itself (was 413 message_too_large)
    [InlineData(6 * MiB)]
    public async Task Anything_over_5_MiB_is_413_file_too_large(int size)
    {
        var file = Padded(size);
        var expected = (HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        var session = await Server.CreateSessionAsync();
        foreach (var (what, content) in new (string, HttpContent)[] { ("raw", Raw(file, "text/csv")), ("form", Form(file, "text/csv")) })
        foreach (var chunked in new[] { false, true })
        {
            var actual = await RawHttp.PostAsync(Server.BaseAddress, $"/api/sessions/{session.Code}/roster", session.HostKey, content, chunked);
            Assert.True(expected == actual, $"{what}, {(chunked ? "chunked" : "with a Content-Length")}: {actual}");
        }
    }

    /// <summary>A CSV of exactly <paramref name="size"/> bytes with one person; the padding is in an ignored column.</summary>
    private static byte[] Padded(int size)
    {
        var head = Encoding.UTF8.GetBytes("name,notes\nJane,");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, size - head.Length - 1).Fill((byte)'x');
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}

/// <summary>
/// HTTP/1.1 over a bare socket, for bodies the server refuses before reading them all: it answers and closes, and
/// HttpClient then reports the broken pipe instead of the answer. Here the body is written in the background, its
/// failure ignored, and the answer read whatever happened to the body.
/// </summary>
internal static class RawHttp
{
    public static async Task<(HttpStatusCode Status, string? Code)> PostAsync(Uri server, string path, string bearer, HttpContent content, bool chunked)
    {
        var body = await content.ReadAsByteArrayAsync();
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {bearer}\r\n")
            .Append($"Content-Type: {content.Headers.ContentType}\r\nConnection: close\r\n")
            .Append(chunked ? "Transfer-Encoding: chunked\r\n\r\n" : $"Content-Length: {body.Length}\r\n\r\n");
        var send = Task.Run(async () =>
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
                for (var offset = 0; offset < body.Length; offset += 64 * 1024)
                {
                    var piece = body.AsMemory(offset, Math.Min(64 * 1024, body.Length - offset));
                    if (chunked) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{piece.Length:X}\r\n"));
                    await stream.WriteAsync(piece);
                    if (chunked) await stream.WriteAsync("\r\n"u8.ToArray());
                }
                if (chunked) await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
            catch (IOException) { } // the server stopped reading: its answer is what counts
        });
        using var received = new MemoryStream();
        try { await stream.CopyToAsync(received); }
        catch (IOException) { } // reset after the answer
        await send;

        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..split].Split("\r\n");
        var status = (HttpStatusCode)int.Parse(lines[0].Split(' ')[1]);
        var payload = text[(split + 4)..];
        if (lines.Any(l => l.Equals("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))) payload = Dechunk(payload);
        return (status, payload.Length == 0 ? null : JsonDocument.Parse(payload).RootElement.GetProperty("code").GetString());
    }

    private static string Dechunk(string chunked)
    {
        var result = new StringBuilder();
        for (var at = 0; ;)
        {
            var end = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..end].Split(';')[0], 16);
            if (size == 0) return result.ToString();
            result.Append(chunked, end + 2, size); // ProblemDetails are ASCII, so characters are bytes here
            at = end + 2 + size + 2;
        }
    }
}
