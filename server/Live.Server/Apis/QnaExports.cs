using System.Security.Claims;
using Live.Contracts;
using Live.Domain.Common;
using Live.Domain.Sessions;
using Live.Server.Apis.Exports;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>Exports for the host (CSV and XLSX): the questions, and every moderation action. Host key as a Bearer token.</summary>
public static class QnaExports
{
    public static IEndpointRouteBuilder MapQnaExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}").WithTags("Q&A").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapExport("/questions", QuestionsAsync);
        api.MapExport("/moderation-log", LogAsync);
        return app;
    }

    private static async Task<ExportFile> QuestionsAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Qna(HostAccess.RequireOwnSession(code, user)).Export();
        var sheet = new ExportSheet("id", "text", "original_text", "author", "anonymous", "channel", "state", "starred", "votes", "created_at", "updated_at");
        foreach (var q in export.Questions)
            sheet.Row(q.Id, q.Text, q.OriginalText, q.Author, q.Anonymous ? "yes" : "no", q.Channel, q.State, q.Starred ? "yes" : "no",
                q.Votes, q.CreatedAt.ToString("O"), q.UpdatedAt.ToString("O"));
        return new($"questions-{code}", sheet);
    }

    private static async Task<ExportFile> LogAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Qna(HostAccess.RequireOwnSession(code, user)).Export();
        var sheet = new ExportSheet("at", "question_id", "action", "from", "to", "detail");
        foreach (var e in export.Log) sheet.Row(e.At.ToString("O"), e.QuestionId, e.Action, e.From, e.To, e.Detail);
        return new($"moderation-log-{code}", sheet);
    }
}
