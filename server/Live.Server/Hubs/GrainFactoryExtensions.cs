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

    public static IQnaGrain Qna(this IGrainFactory grains, string code) => grains.GetGrain<IQnaGrain>(GrainKeys.Qna(code));

    public static ICommentsGrain Comments(this IGrainFactory grains, string code) => grains.GetGrain<ICommentsGrain>(GrainKeys.Comments(code));

    public static IReactionsGrain Reactions(this IGrainFactory grains, string code) => grains.GetGrain<IReactionsGrain>(GrainKeys.Reactions(code));

    public static ICheckInGrain CheckIn(this IGrainFactory grains, string code) => grains.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(code));
}
