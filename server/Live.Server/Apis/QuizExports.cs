using System.Globalization;
using System.Security.Claims;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>The quiz's results for the host: every player in rank order, and every closed question's correct rate and mean time.</summary>
public static class QuizExports
{
    public static IEndpointRouteBuilder MapQuizExports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{code}/quiz").WithTags("Quiz").RequireAuthorization(p => p.RequireRole(Roles.Host));
        api.MapGet("/players.csv", PlayersAsync);
        api.MapGet("/questions.csv", QuestionsAsync);
        return app;
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static async Task<IResult> PlayersAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Quiz(HostAccess.RequireOwnSession(code, user)).Export();
        var csv = new CsvWriter("rank", "name", "team", "score", "correct", "answered", "correct_time_ms");
        foreach (var p in export.Players) csv.Row(N(p.Rank), p.Name, p.Team, N(p.Score), N(p.Correct), N(p.Answered), N(p.CorrectTimeMs));
        return csv.ToResult($"quiz-players-{code}.csv");
    }

    private static async Task<IResult> QuestionsAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var export = await grains.Quiz(HostAccess.RequireOwnSession(code, user)).Export();
        var csv = new CsvWriter("number", "question", "kind", "answered", "correct", "correct_rate", "mean_time_ms");
        foreach (var q in export.Questions)
            csv.Row(N(q.Number), q.Text, q.Kind, N(q.Answered), N(q.Correct),
                q.Answered == 0 ? "0" : (q.Correct / (double)q.Answered).ToString("0.###", CultureInfo.InvariantCulture), N(q.MeanElapsedMs));
        return csv.ToResult($"quiz-questions-{code}.csv");
    }
}
