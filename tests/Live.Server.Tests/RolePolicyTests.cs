using System.Reflection;
using Live.Server.Hubs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Live.Server.Tests;

/// <summary>Nothing reaches a grain without saying who may call it: a new method or endpoint without a role fails here.</summary>
public sealed class RolePolicyTests
{
    [Fact]
    public void Every_hub_method_names_the_roles_that_may_call_it()
    {
        var methods = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync"))
            .ToList();

        Assert.True(methods.Count > 30, $"expected the hub's methods, found {methods.Count}");
        var unguarded = methods.Where(m => string.IsNullOrWhiteSpace(m.GetCustomAttribute<Live.Server.Security.HubRolesAttribute>()?.Roles)).Select(m => m.Name).ToList();
        Assert.Empty(unguarded);
    }

    [Fact]
    public async Task Every_endpoint_either_names_its_roles_or_is_deliberately_public()
    {
        // The steps before anyone holds a credential, and what anyone in the room may check.
        string[] publicOnPurpose =
        [
            "POST /api/sessions", "GET /api/sessions/{code}", "POST /api/sessions/{code}/join",
            "GET /api/sessions/{code}/draw/rounds/{round:int}/proof", "GET /healthz",
        ];
        await using var server = new LiveServer();
        var endpoints = server.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true || e.RoutePattern.RawText == "/healthz")
            .ToList();

        Assert.True(endpoints.Count >= 10, $"expected the REST endpoints, found {endpoints.Count}");
        foreach (var endpoint in endpoints)
        {
            var verbs = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
            var name = $"{string.Join(',', verbs)} {endpoint.RoutePattern.RawText!.TrimEnd('/')}";
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var roles = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Roles))
                || endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Any(p => p.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().Any());
            if (publicOnPurpose.Contains(name)) Assert.True(anonymous || !roles, $"{name} is meant to be public");
            else Assert.True(roles, $"{name} has no role policy");
        }
    }
}
