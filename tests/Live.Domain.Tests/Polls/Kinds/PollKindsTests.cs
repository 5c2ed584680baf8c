using Live.Domain.Polls.Kinds;

namespace Live.Domain.Tests.Polls.Kinds;

public class PollKindsTests
{
    [Fact]
    public void Every_kind_is_found_by_its_wire_name_in_any_case()
    {
        foreach (var kind in PollKinds.All)
        {
            Assert.Same(kind, PollKinds.Parse(kind.Name));
            Assert.Same(kind, PollKinds.Parse($" {kind.Name.ToUpperInvariant()} "));
        }
        Assert.Equal(["single", "multiple", "rating", "ranking", "wordcloud", "text"], PollKinds.All.Select(k => k.Name));
    }
}
