using System.Security.Claims;
using Live.Contracts;
using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Server.Apis.Exports;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>
/// Exports of polls for the host (CSV and XLSX): one poll's result table and its responses (columns decided by the poll's kind,
/// Live.Domain's IPollExport), and one row per poll of the session. Host key as a Bearer token.
/// </summary>
public static class PollExportApis
{
    public static IEndpointRouteBuilder MapPollExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}").WithTags("Polls").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapExport("/polls", OverviewAsync);
        api.MapExport("/polls/{pollId}/results", ResultsAsync);
        api.MapExport("/polls/{pollId}/responses", ResponsesAsync);
        return app;
    }

    private static async Task<ExportFile> ResultsAsync(string code, string pollId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var table = await Poll(code, pollId, user, grains).ExportResults() ?? throw new RuleViolation(ErrorCodes.PollNotFound);
        return new($"poll-{pollId}-results-{code}", Sheet(table));
    }

    private static async Task<ExportFile> ResponsesAsync(string code, string pollId, ClaimsPrincipal user, IGrainFactory grains, CredentialSigner signer)
    {
        var poll = Poll(code, pollId, user, grains);
        var table = await poll.ExportResponses(signer.DeriveKey($"poll-respondents\n{code}")) ?? throw new RuleViolation(ErrorCodes.PollNotFound);
        return new($"poll-{pollId}-responses-{code}", Sheet(table));
    }

    /// <summary>
    /// Every poll in the session's order, then the deleted ones (status "deleted": their results are still the
    /// host's). One session call for each list, then one call per poll for its respondents.
    /// </summary>
    private static async Task<ExportFile> OverviewAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var session = grains.Session(HostAccess.RequireOwnSession(code, user));
        var view = await session.GetView();
        var polls = view.Polls.Concat((await session.DeletedPolls()).Select(p => p with { Status = "deleted" })).ToList();
        var results = await Task.WhenAll(polls.Select(p => grains.Poll(code, p.Id).GetResults()));
        var sheet = new ExportSheet("poll_id", "kind", "variant", "question", "status", "respondents", "present_at_close", "participation_percent");
        foreach (var (poll, result) in polls.Zip(results))
        {
            var respondents = result?.Voters ?? 0;
            sheet.Row(poll.Id, poll.Kind, poll.Variant, poll.Question, poll.Status, respondents, poll.PresentAtClose,
                poll.PresentAtClose is { } present ? Participation.Percent(respondents, present) : null);
        }
        return new($"polls-{code}", sheet);
    }

    /// <summary>Only the host's own session, and only an id that can name a poll (anything else is poll_not_found).</summary>
    private static IPollGrain Poll(string code, string pollId, ClaimsPrincipal user, IGrainFactory grains)
    {
        HostAccess.RequireOwnSession(code, user);
        return PollIds.IsWellFormed(pollId) ? grains.Poll(code, pollId) : throw new RuleViolation(ErrorCodes.PollNotFound);
    }

    private static ExportSheet Sheet(PollTable table)
    {
        var sheet = new ExportSheet(table.Headers);
        foreach (var row in table.Rows)
            sheet.Row([.. row.Select((cell, i) => table.Numbers?[i] == true ? ExportCell.Number(cell) : ExportCell.Text(cell))]);
        return sheet;
    }
}
