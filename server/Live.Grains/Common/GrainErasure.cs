using Orleans.Core;

namespace Live.Grains.Common;

/// <summary>How a grain forgets a deleted session: what it stored goes, and its activation goes with it.</summary>
public static class GrainErasure
{
    /// <summary>
    /// Clears each stored state, reloads the now empty state (for calls that reach this activation before it goes),
    /// then lets the activation go.
    /// </summary>
    public static async Task EraseAsync(this Grain grain, Func<Task> reload, params IStorage[] states)
    {
        foreach (var state in states)
            if (state.RecordExists) await state.ClearStateAsync();
        await reload();
        grain.DeactivateOnIdle();
    }
}
