using Live.Grains.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Orleans.Hosting;

public static class LiveSiloBuilderExtensions
{
    /// <summary>Storage provider name every Live grain persists through.</summary>
    public const string StorageName = "live";

    /// <summary>What every silo running Live grains needs besides storage and clustering.</summary>
    public static ISiloBuilder AddLiveGrains(this ISiloBuilder silo) => silo
        .AddIncomingGrainCallFilter<RuleViolationFilter>()
        .ConfigureServices(s => s.TryAddSingleton(TimeProvider.System));
}
