using System.Collections.Concurrent;
using System.Reflection;
using Live.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Security;

/// <summary>
/// Refuses a hub call with "forbidden" unless the caller holds one of the method's <see cref="HubRolesAttribute"/>
/// roles. A method without the attribute is refused to everyone: forgetting it closes a door, never opens one.
/// The attribute is read once per method.
/// </summary>
public sealed class HubRoleFilter : IHubFilter
{
    private static readonly IReadOnlyList<string> Nobody = [];
    private readonly ConcurrentDictionary<MethodInfo, IReadOnlyList<string>> _roles = new();

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var allowed = _roles.GetOrAdd(context.HubMethod, static m => m.GetCustomAttribute<HubRolesAttribute>()?.Names ?? Nobody);
        var user = context.Context.User;
        if (user?.Identity?.IsAuthenticated == true)
            foreach (var role in allowed)
                if (user.IsInRole(role)) return next(context);
        throw new HubException(ErrorCodes.Forbidden);
    }
}
