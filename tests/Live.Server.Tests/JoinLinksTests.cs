using System.Net;
using Live.Server.Apis;
using Microsoft.AspNetCore.Http;

namespace Live.Server.Tests;

public class JoinLinksTests
{
    private static readonly IPAddress Lan = IPAddress.Parse("192.168.1.20");

    [Fact]
    public void A_configured_public_url_wins() =>
        Assert.Equal("https://live.example.org", JoinLinks.Origin("https://live.example.org/", "http", new HostString("localhost", 5080), () => Lan));

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public void A_loopback_host_is_replaced_by_the_lan_address_so_phones_can_reach_it(string host) =>
        Assert.Equal("http://192.168.1.20:5080", JoinLinks.Origin(null, "http", new HostString(host, 5080), () => Lan));

    [Fact]
    public void A_real_host_name_is_kept() =>
        Assert.Equal("http://live.local:5080", JoinLinks.Origin(null, "http", new HostString("live.local", 5080), () => Lan));

    [Fact]
    public void Without_a_lan_address_loopback_stays() =>
        Assert.Equal("http://localhost:5080", JoinLinks.Origin(null, "http", new HostString("localhost", 5080), () => null));
}
