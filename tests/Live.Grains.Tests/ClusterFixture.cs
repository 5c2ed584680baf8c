using System.Collections.Concurrent;
using Live.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Live.Grains.Tests;

/// <summary>An in-process Orleans cluster with Live's grains, memory storage and a publisher that records.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public static RecordingPublisher Published { get; } = new();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) => silo
            .AddLiveGrains()
            .AddMemoryGrainStorage(LiveSiloBuilderExtensions.StorageName)
            .ConfigureServices(s => s.AddSingleton<ILivePublisher>(Published));
    }
}

/// <summary>Keeps every snapshot grains publish, so tests can see what screens would be sent.</summary>
public sealed class RecordingPublisher : ILivePublisher
{
    public ConcurrentQueue<SessionView> Sessions { get; } = new();
    public ConcurrentQueue<(string Code, PollResults Results)> AllResults { get; } = new();
    public ConcurrentQueue<(string Code, PresenceCounts Counts)> AllPresence { get; } = new();

    public void Session(SessionView view) => Sessions.Enqueue(view);
    public void Results(string code, PollResults results) => AllResults.Enqueue((code, results));
    public void Presence(string code, PresenceCounts counts) => AllPresence.Enqueue((code, counts));

    public ConcurrentQueue<(string Code, QnaView Host, QnaView Public)> AllQna { get; } = new();
    public ConcurrentQueue<(string Code, string DeviceId, QuestionView Question)> Mine { get; } = new();
    public ConcurrentQueue<(string Code, CommentView Comment)> Shown { get; } = new();
    public ConcurrentQueue<(string Code, ReactionsView Reactions)> AllReactions { get; } = new();

    public void Qna(string code, QnaView forHosts, QnaView forPublic) => AllQna.Enqueue((code, forHosts, forPublic));
    public void MyQuestion(string code, string deviceId, QuestionView question) => Mine.Enqueue((code, deviceId, question));
    public void CommentShown(string code, CommentView comment) => Shown.Enqueue((code, comment));
    public void CommentQueue(string code, CommentQueueView queue) { }
    public void Reactions(string code, ReactionsView reactions) => AllReactions.Enqueue((code, reactions));
    public void CheckIns(string code, CheckInView forHosts, CheckInView forScreens) { }
    public void Draw(string code, DrawView forHosts, DrawView forScreens) { }
    public void MyCheckIn(string code, string deviceId, CheckInResult? result) { }
    public void Prize(string code, string deviceId, PrizeView prize) { }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
