using Live.Domain.Moderation;

namespace Live.Domain.Tests;

public class WordFilterTests
{
    private static readonly WordFilter Filter = new(DefaultBlocklist.Words);

    [Theory]
    [InlineData("你真是个傻逼")]
    [InlineData("傻 逼 主持人")]          // spaces wedged between characters
    [InlineData("傻*逼")]                 // symbols wedged between characters
    [InlineData("ＦＵＣＫ this")]         // full-width letters
    [InlineData("what the f u c k")]      // spelled out
    [InlineData("this is sh1t")]          // digit swap
    [InlineData("Fucking great talk")]
    public void Holds_text_with_a_default_blocklisted_word(string text) => Assert.NotNull(Filter.FindMatch(text));

    [Theory]
    [InlineData("What is the class schedule for the afternoon?")]   // "ass" inside a word
    [InlineData("Scunthorpe dealers, welcome")]
    [InlineData("请问新产品什么时候上市？")]
    [InlineData("Dickens fans: is the book club still on?")]
    [InlineData("")]
    public void Lets_ordinary_text_through(string text) => Assert.Null(Filter.FindMatch(text));

    [Fact]
    public void A_hosts_own_word_blocks_only_in_that_list()
    {
        var custom = new WordFilter(["竞品", "acme"]);
        Assert.Equal("竞品", custom.FindMatch("听说竞品更便宜"));
        Assert.Equal("acme", custom.FindMatch("Is ACME better?"));
        Assert.Null(custom.FindMatch("你真是个傻逼")); // the default list is not implied
    }
}
