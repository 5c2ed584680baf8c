using System.Security.Claims;
using Live.Contracts;
using Live.Domain.CheckIn;
using Live.Domain.CheckIn.Import;
using Live.Domain.Common;
using Live.Server.Apis.Exports;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>The invitation list in (CSV or XLSX) and the arrivals out (CSV or XLSX). Host key as a Bearer token.</summary>
public static class CheckInApis
{
    /// <summary>What a multipart form may add around the file: its boundaries and part headers.</summary>
    public const int FormOverheadBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapCheckInApis(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}").WithTags("Check-in").RequireAuthorization(p => p.RequireRole(Roles.Host));
        // The roster upload may exceed Security:MaxRequestBodyBytes, up to the file limit plus form overhead; a body
        // over that is refused as the file it carries is: file_too_large, like a file over the limit.
        api.MapPost("/roster", ImportAsync).DisableAntiforgery()
            .WithMetadata(new Hosting.BodySizeLimit(RosterFile.MaxBytes + FormOverheadBytes, ErrorCodes.FileTooLarge));
        api.MapExport("/checkins", ExportAsync);
        return app;
    }

    private static async Task<ImportReportView> ImportAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        HostAccess.RequireOwnSession(code, user);
        var file = await ReadFileAsync(request);
        return await grains.CheckIn(code).Import(file);
    }

    // The raw file as the body, or one file in a multipart form; either way at most RosterFile.MaxBytes, and a CSV
    // or XLSX by its content and by the type declared for it (the body's Content-Type, or the form part's).
    private static async Task<byte[]> ReadFileAsync(HttpRequest request)
    {
        if (request.ContentLength > RosterFile.MaxBytes + (request.HasFormContentType ? FormOverheadBytes : 0))
            throw new RuleViolation(ErrorCodes.FileTooLarge);
        Stream body = request.Body;
        var declaredType = request.ContentType;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try { form = await request.ReadFormAsync(); }
            // over the body limit while reading (a body without a declared length)
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge) { throw new RuleViolation(ErrorCodes.FileTooLarge); }
            // a form without a boundary, or cut short: not a file we can read, so the caller's fault (400), not an outage (503)
            catch (Exception e) when (e is InvalidDataException or IOException) { throw new RuleViolation(ErrorCodes.UnsupportedFile); }
            var upload = form.Files.GetFile("file") ?? form.Files.FirstOrDefault() ?? throw new RuleViolation(ErrorCodes.UnsupportedFile);
            if (upload.Length > RosterFile.MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
            body = upload.OpenReadStream();
            declaredType = upload.ContentType;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > RosterFile.MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
            buffer.Write(chunk, 0, read);
        }
        RosterFile.Classify(declaredType, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return buffer.ToArray();
    }

    private static async Task<ExportFile> ExportAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var people = await grains.CheckIn(HostAccess.RequireOwnSession(code, user)).Export();
        // A phone stays text: as a number a spreadsheet would show 13800138000 as 1.38E+10 and drop a "+852".
        var sheet = new ExportSheet("name", "phone", "company", "category", "seat", "arrived", "checked_in_at", "channel", "device_id");
        // Everyone invited first, in list order, then the walk-ins.
        foreach (var p in people.OrderBy(p => p.Category == Roster.WalkInCategory && p.Channel == "walk-in" ? 1 : 0))
            sheet.Row(p.Name, p.Phone, p.Company, p.Category, p.Seat, p.ArrivedAt is null ? "no" : "yes", p.ArrivedAt?.ToString("O"), p.Channel, p.DeviceId);
        return new($"checkins-{code}", sheet);
    }
}
