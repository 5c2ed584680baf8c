using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Reactions;
using Live.Grains.Common;
using Orleans.Hosting;

namespace Live.Grains.Reactions;

/// <summary>
/// A session's reactions. Each server node sums the taps it received and calls <see cref="Add"/> once per tick,
/// so 5,000 taps a second cost this grain a few calls a second, and screens get one update per tick with the burst.
/// Totals are written on each call; a crash loses at most the taps of calls whose write had not finished.
/// </summary>
public sealed class ReactionsGrain(
    [PersistentState("reactions", LiveSiloBuilderExtensions.StorageName)] IPersistentState<ReactionsState> state,
    ILivePublisher publisher) : Grain, IReactionsGrain
{
    private string Code => this.GetPrimaryKeyString().Split('/')[0];
    private IReadOnlyList<string> Set => state.State.Set ?? ReactionSet.Default;

    public async Task<IReadOnlyList<string>> Add(IReadOnlyList<ReactionDelta> deltas)
    {
        var burst = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var d in deltas.Where(d => d.Count > 0 && Set.Contains(d.Emoji)))
        {
            burst[d.Emoji] = burst.GetValueOrDefault(d.Emoji) + d.Count;
            state.State.Totals[d.Emoji] = state.State.Totals.GetValueOrDefault(d.Emoji) + d.Count;
        }
        if (burst.Count > 0)
        {
            state.State.Version++;
            await state.WriteStateAsync();
            publisher.Reactions(Code, View(burst));
        }
        return Set;
    }

    public async Task<ReactionsView> SetSet(IReadOnlyList<string?>? emojis)
    {
        var set = ReactionSet.Validate(emojis);
        state.State.Set = [.. set];
        state.State.Version++;
        await state.WriteStateAsync();
        var view = View([]);
        publisher.Reactions(Code, view);
        return view;
    }

    public Task<ReactionsView> Get() => Task.FromResult(View([]));

    private ReactionsView View(Dictionary<string, long> burst) => new(
        state.State.Version,
        Set.Select(e => new ReactionCount(e, state.State.Totals.GetValueOrDefault(e), burst.GetValueOrDefault(e))).ToList());

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => Task.CompletedTask, state);
}
