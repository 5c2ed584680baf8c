namespace Live.Contracts;

/// <summary>Events the server pushes to phones, consoles and screens (names: session, results, presence).</summary>
public interface ILiveClient
{
    Task Session(SessionView view);
    Task Results(PollResults results);
    Task Presence(PresenceCounts counts);
}
