using System.Net;
using TalentWatch.Fetching;
using TalentWatch.Tests.TestServers;

namespace TalentWatch.Tests.Fetching;

/// <summary>
/// SSRF guard. Only loopback servers exist in these tests; non-loopback literals must be refused before any
/// connection, and each test first checks the policy so a regression fails here rather than sending packets.
/// </summary>
public sealed class GuardedFetcherGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1/", "127.0.0.1 is a loopback address")]
    [InlineData("http://127.0.0.2/", "127.0.0.2 is a loopback address")]
    [InlineData("http://10.0.0.1/", "10.0.0.1 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://192.168.1.1/", "192.168.1.1 is a private address")]
    [InlineData("http://2130706433/", "127.0.0.1 is a loopback address")]
    [InlineData("http://0x7f000001/", "127.0.0.1 is a loopback address")]
    [InlineData("http://017700000001/", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]/", "::1 is a loopback address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "127.0.0.1 is a loopback address")]
    public async Task Non_public_addresses_are_refused(string url, string explanation)
    {
        var uri = new Uri(url);
        Assert.NotEqual(UriHostNameType.Dns, uri.HostNameType); // Uri itself decodes decimal/hex/octal forms
        Assert.NotNull(AddressPolicy.DescribeNonPublic(IPAddress.Parse(uri.IdnHost.Trim('[', ']'))));
        using var fetcher = new GuardedFetcher(new FetcherOptions { PerHostDelayMs = 0 });

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(uri));

        Assert.Equal(FetchFailure.Blocked, ex.Failure);
        Assert.Contains(explanation, ex.Message, StringComparison.Ordinal);
        Assert.Contains("set TalentWatch:Scraper:AllowPrivateNetworks to allow it", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_names_are_checked_on_the_resolved_address()
    {
        await using var server = new LocalHttpServer();
        server.Map("/", LocalResponse.Text("secret"));
        using var fetcher = new GuardedFetcher(new FetcherOptions { PerHostDelayMs = 0 });

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(new Uri($"http://localhost:{server.Port}/")));

        Assert.Equal(FetchFailure.Blocked, ex.Failure);
        Assert.Contains("localhost resolves to", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a loopback address", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Private_networks_can_be_allowed()
    {
        await using var server = new LocalHttpServer();
        server.Map("/page", LocalResponse.Text("hello"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.GetAsync(server.Url("/page"));

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal("hello", result.DecodeText());
    }

    [Fact]
    public async Task Redirect_from_an_allowed_endpoint_to_another_private_endpoint_is_refused()
    {
        await using var allowed = new LocalHttpServer();
        await using var internalService = new LocalHttpServer();
        internalService.Map("/admin", LocalResponse.Text("secret"));
        allowed.Map("/ok", LocalResponse.Text("fine"));
        allowed.Map("/to-ip", LocalResponse.Redirect(internalService.Url("/admin").ToString()));
        allowed.Map("/to-name", LocalResponse.Redirect($"http://localhost:{internalService.Port}/admin"));
        var options = new FetcherOptions { PerHostDelayMs = 0 };
        options.AllowedPrivateEndpoints.Add($"127.0.0.1:{allowed.Port}");
        using var fetcher = new GuardedFetcher(options);

        Assert.Equal("fine", (await fetcher.GetAsync(allowed.Url("/ok"))).DecodeText());
        var viaIp = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(allowed.Url("/to-ip")));
        var viaName = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(allowed.Url("/to-name")));

        Assert.Equal(FetchFailure.Blocked, viaIp.Failure);
        Assert.Contains("redirected from", viaIp.Message, StringComparison.Ordinal);
        Assert.Equal(FetchFailure.Blocked, viaName.Failure);
        Assert.Contains("localhost resolves to", viaName.Message, StringComparison.Ordinal);
        Assert.Empty(internalService.Requests);
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        using var fetcher = TestFetchers.Create();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(new Uri(url)));

        Assert.Equal(FetchFailure.Blocked, ex.Failure);
        Assert.Contains("only http and https", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_to_a_file_url_is_refused()
    {
        await using var server = new LocalHttpServer();
        server.Map("/", LocalResponse.Redirect("file:///etc/passwd"));
        using var fetcher = TestFetchers.Create();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.BaseUrl));

        Assert.Equal(FetchFailure.Blocked, ex.Failure);
        Assert.Equal(new Uri("file:///etc/passwd"), ex.Url);
    }

    [Fact]
    public void Malformed_allowed_endpoint_fails_at_construction()
    {
        var options = new FetcherOptions();
        options.AllowedPrivateEndpoints.Add("localhost");

        Assert.Throws<ArgumentException>(() => new GuardedFetcher(options));
    }
}
