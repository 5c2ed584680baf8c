using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Live.Contracts;

namespace Live.Server.Hubs;

public static class GrainFactoryExtensions
{
    public static ISessionGrain Session(this IGrainFactory grains, string code) =>
        grains.GetGrain<ISessionGrain>(GrainKeys.Session(code));

    /// <summary>
    /// The poll grain of a vote: the hottest lookup in Live (every vote), so its references are kept. Orleans' GetGrain
    /// resolves the interface's type name on every call, 6–7% of the server's busy time at 3,000 votes a second
    /// (docs/PERFORMANCE.md, 2026-12-03). A grain reference is immutable and safe to share between threads.
    /// </summary>
    public static IPollGrain Poll(this IGrainFactory grains, string code, string pollId) =>
        PollReferences.GetValue(grains, static _ => new ReferenceCache<IPollGrain>()).Get(GrainKeys.Poll(code, pollId), grains);

    public static IPresenceGrain Presence(this IGrainFactory grains, string code) =>
        grains.GetGrain<IPresenceGrain>(GrainKeys.Presence(code));

    public static IQnaGrain Qna(this IGrainFactory grains, string code) => grains.GetGrain<IQnaGrain>(GrainKeys.Qna(code));

    public static ICommentsGrain Comments(this IGrainFactory grains, string code) => grains.GetGrain<ICommentsGrain>(GrainKeys.Comments(code));

    public static IReactionsGrain Reactions(this IGrainFactory grains, string code) => grains.GetGrain<IReactionsGrain>(GrainKeys.Reactions(code));

    public static ICheckInGrain CheckIn(this IGrainFactory grains, string code) => grains.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(code));

    public static IDrawGrain Draw(this IGrainFactory grains, string code) => grains.GetGrain<IDrawGrain>(GrainKeys.Draw(code));

    public static IAgendaGrain Agenda(this IGrainFactory grains, string code) => grains.GetGrain<IAgendaGrain>(GrainKeys.Agenda(code));

    public static IGroupsGrain Groups(this IGrainFactory grains, string code) => grains.GetGrain<IGroupsGrain>(GrainKeys.Groups(code));

    public static IQuizGrain Quiz(this IGrainFactory grains, string code) => grains.GetGrain<IQuizGrain>(GrainKeys.Quiz(code));
    public static ISurveyGrain Survey(this IGrainFactory grains, string code) => grains.GetGrain<ISurveyGrain>(GrainKeys.Survey(code));

    // Per grain factory (one per silo; tests run several silos in one process), dropped with it.
    private static readonly ConditionalWeakTable<IGrainFactory, ReferenceCache<IPollGrain>> PollReferences = new();

    /// <summary>References by key, emptied when it holds <see cref="Limit"/> (a day of events is far fewer polls).</summary>
    private sealed class ReferenceCache<T> where T : class, IGrainWithStringKey
    {
        private const int Limit = 10_000;
        private readonly ConcurrentDictionary<string, T> _byKey = new(StringComparer.Ordinal);

        public T Get(string key, IGrainFactory grains)
        {
            if (_byKey.TryGetValue(key, out var found)) return found;
            if (_byKey.Count >= Limit) _byKey.Clear(); // Count takes every lock: only on a miss
            return _byKey.GetOrAdd(key, static (k, factory) => factory.GetGrain<T>(k), grains);
        }
    }
}
