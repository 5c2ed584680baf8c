using System.Security.Claims;
using Live.Contracts;
using Live.Domain.Sessions;
using Live.Server.Apis.Exports;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Apis;

/// <summary>A round's proof (public: anyone in the room may check it) and the winner list (host).</summary>
public static class DrawApis
{
    public static IEndpointRouteBuilder MapDrawApis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{code}/draw/rounds/{round:int}/proof", ProofAsync).WithTags("Draw").AllowAnonymous();
        app.MapGroup("/api/sessions/{code}").WithTags("Draw").RequireAuthorization(p => p.RequireRole(Roles.Host)).MapExport("/winners", WinnersAsync);
        return app;
    }

    private static async Task<DrawProofView> ProofAsync(string code, int round, IGrainFactory grains)
    {
        SessionRules.RequireCode(code);
        return await grains.Draw(code).Proof(round);
    }

    private static async Task<ExportFile> WinnersAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var view = (await grains.Draw(HostAccess.RequireOwnSession(code, user)).Read(Roles.Host, null)).View!;
        var tiers = view.Tiers.ToDictionary(t => t.Id, t => t.Name);
        var sheet = new ExportSheet("tier", "round", "entrant_id", "name", "absent", "replaces", "seed_hash", "seed");
        foreach (var r in view.Rounds)
        foreach (var w in r.Winners)
            sheet.Row(tiers.GetValueOrDefault(r.TierId, r.TierId), r.Number, w.EntrantId, w.Name, w.Absent ? "yes" : "no", r.Replaces, r.SeedHash, r.Seed);
        return new($"winners-{code}", sheet);
    }
}
