using System.Security.Claims;
using Live.Contracts;
using Live.Server.Apis.Exports;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>The survey's responses for the host, as CSV or XLSX. Host key as a Bearer token.</summary>
public static class SurveyExportApis
{
    public static IEndpointRouteBuilder MapSurveyExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}/survey").WithTags("Survey").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapExport("/responses", ResponsesAsync);
        return app;
    }

    /// <summary>The same respondent keys as the poll exports (one secret per session), so one person lines up across both.</summary>
    private static async Task<ExportFile> ResponsesAsync(string code, ClaimsPrincipal user, IGrainFactory grains, CredentialSigner signer)
    {
        var table = await grains.Survey(HostAccess.RequireOwnSession(code, user)).ExportResponses(signer.DeriveKey($"poll-respondents\n{code}"));
        var sheet = new ExportSheet(table.Headers);
        foreach (var row in table.Rows)
            sheet.Row([.. row.Select((cell, i) => table.Numbers?[i] == true ? ExportCell.Number(cell) : ExportCell.Text(cell))]);
        return new($"survey-responses-{code}", sheet);
    }
}
