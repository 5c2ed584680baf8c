using System.Security.Claims;
using Live.Server.Apis.Exports;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>The quiz's results for the host: every player in rank order, and every closed question's correct rate and mean time.</summary>
public static class QuizExports
{
    public static IEndpointRouteBuilder MapQuizExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}/quiz").WithTags("Quiz").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapExport("/players", PlayersAsync);
        api.MapExport("/questions", QuestionsAsync);
        return app;
    }

    private static async Task<ExportFile> PlayersAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Quiz(HostAccess.RequireOwnSession(code, user)).Export();
        var sheet = new ExportSheet("rank", "name", "team", "score", "correct", "answered", "correct_time_ms");
        foreach (var p in export.Players) sheet.Row(p.Rank, p.Name, p.Team, p.Score, p.Correct, p.Answered, p.CorrectTimeMs);
        return new($"quiz-players-{code}", sheet);
    }

    private static async Task<ExportFile> QuestionsAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Quiz(HostAccess.RequireOwnSession(code, user)).Export();
        var sheet = new ExportSheet("number", "question", "kind", "answered", "correct", "correct_rate", "mean_time_ms");
        foreach (var q in export.Questions)
            sheet.Row(q.Number, q.Text, q.Kind, q.Answered, q.Correct,
                q.Answered == 0 ? 0 : ExportCell.Number(q.Correct / (double)q.Answered, "0.###"), q.MeanElapsedMs);
        return new($"quiz-questions-{code}", sheet);
    }
}
