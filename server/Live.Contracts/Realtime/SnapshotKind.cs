namespace Live.Contracts.Realtime;

/// <summary>
/// One kind of pushed state, registered once in <see cref="PushKinds"/>. The outbox, the relay between nodes and the
/// replay after a Redis outage handle every kind through this description; none of them names a kind.
/// </summary>
public abstract class SnapshotKind
{
    protected SnapshotKind(string name, bool versioned, bool replayed)
    {
        Name = name;
        Versioned = versioned;
        Replayed = replayed;
    }

    /// <summary>The client event it goes out as (an <see cref="ILiveClient"/> method).</summary>
    public string Name { get; }

    /// <summary>
    /// Versioned kinds are state: a newer version replaces an older one waiting in the slot, and a version at or below
    /// the one already sent is dropped. Unversioned kinds are news: the newest push of the slot goes out.
    /// </summary>
    public bool Versioned { get; }

    /// <summary>
    /// Whether the relay sends the newest push of each slot again after a Redis outage (state a node may have missed).
    /// Events shown once (弹幕, reaction bursts) are not replayed; a phone's own notices are in GetState.
    /// </summary>
    public bool Replayed { get; }

    /// <summary>The payload type, so a push relayed between nodes is read back as what it was.</summary>
    public abstract Type PayloadType { get; }

    /// <summary>Whether a newer push is folded into the one waiting in its slot (<see cref="Merge"/>) instead of replacing it.</summary>
    public abstract bool Merges { get; }

    /// <summary>Folds a newer push's payload into the one still waiting in the same slot; by default the newer replaces it.</summary>
    public virtual object? Merge(object? waiting, object? newer) => newer;
}

/// <summary>A kind whose payload is <typeparamref name="T"/>.</summary>
public sealed class SnapshotKind<T> : SnapshotKind
{
    private readonly Func<T, T, T>? _merge;

    public SnapshotKind(string name, bool versioned = true, bool? replayed = null, Func<T, T, T>? merge = null)
        : base(name, versioned, replayed ?? (versioned && merge is null)) => _merge = merge;

    public override Type PayloadType => typeof(T);

    public override bool Merges => _merge is not null;

    public override object? Merge(object? waiting, object? newer) => _merge is null ? newer : _merge((T)waiting!, (T)newer!);

    /// <summary>A push of this kind to one or more audiences.</summary>
    public Push Push(string key, long version, params (Audience Audience, T Payload)[] to) =>
        new(Name, key, version, [.. to.Select(d => new Delivery(d.Audience, d.Payload))]);
}
