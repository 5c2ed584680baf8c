using System.Security.Claims;
using Live.Contracts;
using Live.Domain.Common;
using Live.Domain.Sessions;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>CSV exports for the host: the questions, and every moderation action. Host key as a Bearer token.</summary>
public static class QnaExports
{
    public static IEndpointRouteBuilder MapQnaExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}").WithTags("Q&A").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapGet("/questions.csv", QuestionsAsync);
        api.MapGet("/moderation-log.csv", LogAsync);
        return app;
    }

    private static async Task<IResult> QuestionsAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Qna(HostAccess.RequireOwnSession(code, user)).Export();
        var csv = new CsvWriter("id", "text", "original_text", "author", "anonymous", "channel", "state", "starred", "votes", "created_at", "updated_at");
        foreach (var q in export.Questions)
            csv.Row(q.Id, q.Text, q.OriginalText, q.Author, q.Anonymous ? "yes" : "no", q.Channel, q.State, q.Starred ? "yes" : "no",
                q.Votes.ToString(), q.CreatedAt.ToString("O"), q.UpdatedAt.ToString("O"));
        return csv.ToResult($"questions-{code}.csv");
    }

    private static async Task<IResult> LogAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Qna(HostAccess.RequireOwnSession(code, user)).Export();
        var csv = new CsvWriter("at", "question_id", "action", "from", "to", "detail");
        foreach (var e in export.Log) csv.Row(e.At.ToString("O"), e.QuestionId, e.Action, e.From, e.To, e.Detail);
        return csv.ToResult($"moderation-log-{code}.csv");
    }
}
