using System.Net;
using System.Text.RegularExpressions;
using Live.Server.Hosting;

namespace Live.Server.Tests;

/// <summary>Every page and file Live serves carries the strict Content-Security-Policy and its companions.</summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.Server fixture) : IClassFixture<SecurityHeadersTests.Server>
{
    /// <summary>One server for the whole class: every test only reads.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public LiveServer Live { get; private set; } = null!;
        public Task InitializeAsync() { Live = new LiveServer(); return Task.CompletedTask; }
        public async Task DisposeAsync() => await Live.DisposeAsync();
    }

    private LiveServer Live => fixture.Live;

    [Theory]
    [InlineData("/")]
    [InlineData("/console/123456")]
    [InlineData("/screen/123456")]
    [InlineData("/j/123456")]
    [InlineData("/join")]
    public async Task Every_page_carries_the_policy(string path)
    {
        var response = await Live.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertHeaders(response);
        // The policy forbids inline script: the page must not need any.
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/", "text/javascript")]
    [InlineData("/", "text/css")]
    [InlineData("/screen/123456", "text/javascript")]
    [InlineData("/screen/123456", "text/css")]
    public async Task Static_assets_carry_it_too(string page, string mediaType)
    {
        var html = await Live.Http.GetStringAsync(page);
        var extension = mediaType == "text/css" ? "css" : "js";
        var asset = Regex.Match(html, $@"(?:src|href)=""(/[^""]+\.{extension})""").Groups[1].Value;
        Assert.NotEmpty(asset);

        var response = await Live.Http.GetAsync(asset);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        AssertHeaders(response);
    }

    [Fact]
    public async Task Api_answers_and_errors_carry_it()
    {
        AssertHeaders(await Live.Http.GetAsync("/healthz"));
        AssertHeaders(await Live.Http.GetAsync("/api/sessions/000000")); // 404 ProblemDetails
        AssertHeaders(await Live.Http.GetAsync("/api/sessions/123456/questions.csv")); // 401
    }

    [Fact]
    public void The_policy_allows_nothing_inline_and_no_other_origin()
    {
        var directives = SecurityHeaders.Policy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", SecurityHeaders.Policy);
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.Policy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }
}
