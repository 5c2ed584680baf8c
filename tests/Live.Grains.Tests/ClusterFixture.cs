using System.Collections.Concurrent;
using Live.Contracts;
using Live.Contracts.Realtime;
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
    public ConcurrentQueue<(string Code, QnaView Host, QnaView Public)> AllQna { get; } = new();
    public ConcurrentQueue<(string Code, string DeviceId, QuestionView Question)> Mine { get; } = new();
    public ConcurrentQueue<(string Code, CommentView Comment)> Shown { get; } = new();
    public ConcurrentQueue<(string Code, ReactionsView Reactions)> AllReactions { get; } = new();

    /// <summary>Files each push under its kind; the first delivery is the fullest view (hosts').</summary>
    public void Publish(string code, Push push)
    {
        var first = push.To[0].Payload;
        if (push.Kind == PushKinds.Session.Name) Sessions.Enqueue((SessionView)first!);
        else if (push.Kind == PushKinds.Results.Name) AllResults.Enqueue((code, (PollResults)first!));
        else if (push.Kind == PushKinds.Presence.Name) AllPresence.Enqueue((code, (PresenceCounts)first!));
        else if (push.Kind == PushKinds.Qna.Name) AllQna.Enqueue((code, (QnaView)first!, (QnaView)push.To[1].Payload!));
        else if (push.Kind == PushKinds.MyQuestion.Name) Mine.Enqueue((code, push.To[0].Audience.Device!, (QuestionView)first!));
        else if (push.Kind == PushKinds.Comments.Name) foreach (var c in ((CommentBatch)first!).Items) Shown.Enqueue((code, c));
        else if (push.Kind == PushKinds.Reactions.Name) AllReactions.Enqueue((code, (ReactionsView)first!));
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
