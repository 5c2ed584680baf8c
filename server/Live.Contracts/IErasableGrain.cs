namespace Live.Contracts;

/// <summary>A grain holding part of a session, which the session erases when the host deletes it.</summary>
[Alias("live.IErasableGrain")]
public interface IErasableGrain : IGrainWithStringKey
{
    /// <summary>Clears the stored state and deactivates, so nothing of the session is left in storage or memory.</summary>
    [Alias("Erase")] Task Erase();
}
