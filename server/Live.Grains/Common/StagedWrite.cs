namespace Live.Grains.Common;

/// <summary>
/// What one group commit writes and what it publishes once that write is durable. A grain's write function copies its
/// state and the views to publish synchronously (changes made while the write is in flight belong to the next one)
/// and returns both; <see cref="VersionedCommit"/> publishes only after the write succeeded, so clients never see a
/// change that storage could still lose.
/// </summary>
public readonly record struct StagedWrite(Task Write, Action? Publish = null);
