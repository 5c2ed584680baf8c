using Live.Contracts;

namespace Live.Server.Hubs;

public static class GrainFactoryExtensions
{
    public static ISessionGrain Session(this IGrainFactory grains, string code) =>
        grains.GetGrain<ISessionGrain>(GrainKeys.Session(code));

    public static IPollGrain Poll(this IGrainFactory grains, string code, string pollId) =>
        grains.GetGrain<IPollGrain>(GrainKeys.Poll(code, pollId));

    public static IPresenceGrain Presence(this IGrainFactory grains, string code) =>
        grains.GetGrain<IPresenceGrain>(GrainKeys.Presence(code));
}
