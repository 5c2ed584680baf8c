using System.Security.Claims;
using Live.Contracts;
using Live.Domain.CheckIn;
using Live.Domain.CheckIn.Import;
using Live.Domain.Common;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>The invitation list in (CSV or XLSX) and the arrivals out (CSV). Host key as a Bearer token.</summary>
public static class CheckInApis
{
    /// <summary>The roster upload may exceed Security:MaxRequestBodyBytes, up to the file limit plus form overhead.</summary>
    private sealed record RequestSizeLimitMetadata(long? MaxRequestBodySize) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata;

    public static IEndpointRouteBuilder MapCheckInApis(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}").WithTags("Check-in").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapPost("/roster", ImportAsync).DisableAntiforgery().WithMetadata(new RequestSizeLimitMetadata(RosterFile.MaxBytes + 64 * 1024));
        api.MapGet("/checkins.csv", ExportAsync);
        return app;
    }

    private static async Task<ImportReportView> ImportAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        HostAccess.RequireOwnSession(code, user);
        var file = await ReadFileAsync(request);
        return await grains.CheckIn(code).Import(file);
    }

    // The raw file as the body, or one file in a multipart form; either way at most RosterFile.MaxBytes.
    private static async Task<byte[]> ReadFileAsync(HttpRequest request)
    {
        if (request.ContentLength > RosterFile.MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
        Stream body = request.Body;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try { form = await request.ReadFormAsync(); }
            // a form without a boundary, or cut short: not a file we can read, so the caller's fault (400), not an outage (503)
            catch (Exception e) when (e is InvalidDataException or IOException) { throw new RuleViolation(ErrorCodes.UnsupportedFile); }
            var upload = form.Files.GetFile("file") ?? form.Files.FirstOrDefault() ?? throw new RuleViolation(ErrorCodes.UnsupportedFile);
            if (upload.Length > RosterFile.MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
            body = upload.OpenReadStream();
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > RosterFile.MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task<IResult> ExportAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var people = await grains.CheckIn(HostAccess.RequireOwnSession(code, user)).Export();
        var csv = new CsvWriter("name", "phone", "company", "category", "seat", "arrived", "checked_in_at", "channel", "device_id");
        // Everyone invited first, in list order, then the walk-ins.
        foreach (var p in people.OrderBy(p => p.Category == Roster.WalkInCategory && p.Channel == "walk-in" ? 1 : 0))
            csv.Row(p.Name, p.Phone, p.Company, p.Category, p.Seat, p.ArrivedAt is null ? "no" : "yes", p.ArrivedAt?.ToString("O"), p.Channel, p.DeviceId);
        return csv.ToResult($"checkins-{code}.csv");
    }
}
