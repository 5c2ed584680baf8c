using System.Security.Claims;
using Live.Contracts;
using Live.Domain.Operations;
using Live.Server.Hubs;
using Live.Server.Metrics;
using Live.Server.Options;
using Live.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Live.Server.Apis;

/// <summary>What the host console's status panel shows (docs/API.md, "GET /api/sessions/{code}/status").</summary>
/// <param name="Connected">Attendee devices connected to the session now, on every node (the presence grain's counts).</param>
/// <param name="Scope">"cluster": the figures below are every reporting node's, over all sessions.</param>
/// <param name="AckP99Ms">99th percentile acknowledgement, rounded up to its latency bucket's bound; null without actions.</param>
public sealed record SessionStatus(
    string Code, int Connected, int Onsite, int Online, string Scope, int WindowSeconds, long Actions, double ActionsPerSecond,
    long Errors, double ErrorRate, double? AckP99Ms, IReadOnlyList<StatusNode> Nodes, IReadOnlyList<string> Warnings, StatusThresholdsView Thresholds);

/// <param name="Healthy">Active in the membership table and reporting its figures.</param>
/// <param name="Self">The node that answered this request.</param>
public sealed record StatusNode(string Address, string Name, string Status, bool Reporting, bool Healthy, bool Self);

public sealed record StatusThresholdsView(double AckP99Ms, double ErrorRatePercent, long MinimumActions);

public static class StatusApis
{
    public static IEndpointRouteBuilder MapStatusApis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{code}/status", GetAsync).WithTags("Operations").RequireAuthorization(p => p.RequireRole(Roles.Host));
        return app;
    }

    private static async Task<Ok<SessionStatus>> GetAsync(
        string code, ClaimsPrincipal user, IGrainFactory grains, NodeActivityReporter reporter, IOptions<MetricsOptions> options)
    {
        HostAccess.RequireOwnSession(code, user);
        var presence = grains.Presence(code).Get();
        var cluster = await reporter.Grain.Read(reporter.Mine());
        var counts = await presence;

        var window = cluster.Reports.Count > 0 ? cluster.Reports.Max(r => r.Seconds) : 60;
        var figures = ActivityFigures.Merge(window, cluster.Reports.Select(r => new ActivityFigures(r.Seconds, r.Calls, r.Errors, r.Latency)));
        var nodes = cluster.Nodes.Select(n => new StatusNode(n.Address, n.Name, n.Status, n.Reporting,
            Healthy: n.Status == "active" && n.Reporting, Self: n.Address == reporter.Node)).ToList();
        var thresholds = new StatusThresholds(options.Value.AckP99WarningMs, options.Value.ErrorRateWarningPercent);
        var warnings = StatusWarnings.For(figures, thresholds, nodes.All(n => n.Healthy));
        return TypedResults.Ok(new SessionStatus(code, counts.Onsite + counts.Online, counts.Onsite, counts.Online, "cluster", window,
            figures.Calls, Math.Round(figures.PerSecond, 2), figures.Errors, Math.Round(figures.ErrorRate, 4), figures.P99Ms, nodes, warnings,
            new StatusThresholdsView(thresholds.AckP99Ms, thresholds.ErrorRatePercent, thresholds.MinimumCalls)));
    }
}
