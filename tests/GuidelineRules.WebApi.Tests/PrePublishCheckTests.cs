using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GuidelineRules.WebApi.Tests;

/// <summary>Starts the sample on a free loopback port and calls it over HTTP, as a city system would.</summary>
public sealed class PrePublishCheckTests : IDisposable
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = PrePublishCheckApp.Create(["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        address.Should().StartWith("http://127.0.0.1:");
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public void Dispose() => _client?.Dispose();

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/check", UriKind.Relative), content);
        string body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    [Test]
    public async Task A_clean_post_is_200_with_no_diagnostics()
    {
        var (status, body) = await Post("""{"text":"今日は市民まつりに行きました。噂の新店舗のクレープ、おいしかった！"}""");
        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("blocked").GetBoolean().Should().BeFalse();
        body.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task A_warning_is_200_and_names_the_rule_the_clause_and_the_span()
    {
        var (status, body) = await Post("""{"text":"あの店、食中毒出したって噂"}""");
        status.Should().Be(HttpStatusCode.OK);
        var finding = body.GetProperty("diagnostics")[0];
        finding.GetProperty("id").GetString().Should().Be("GR1004");
        finding.GetProperty("severity").GetString().Should().Be("warning");
        finding.GetProperty("clause").GetString().Should().Be("4(6)④");
        finding.GetProperty("start").GetInt32().Should().Be(10);
        finding.GetProperty("matchedText").GetString().Should().Be("って噂");
    }

    [Test]
    public async Task An_error_level_finding_blocks_publishing_with_422_and_offers_the_fixed_text()
    {
        var (status, body) = await Post("""{"text":"窓口に来た人の電話番号メモってた。090-1234-5678"}""");
        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("blocked").GetBoolean().Should().BeTrue();
        body.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be("GR2002");
        body.GetProperty("fixedText").GetString().Should().Be("窓口に来た人の電話番号メモってた。090-****-****");
    }

    [TestCase("{}")]
    [TestCase("""{"text": 5}""")]
    [TestCase("not json")]
    public async Task A_bad_body_is_400(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/check", UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Without_urls_it_listens_on_loopback_only()
    {
        await using var app = PrePublishCheckApp.Create([]);
        app.Configuration["urls"].Should().Be(PrePublishCheckApp.DefaultUrl);
    }

    [Test]
    public async Task The_rules_are_listed()
    {
        var rules = await _client.GetFromJsonAsync<JsonElement>(new Uri("/rules", UriKind.Relative));
        rules.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Contain(["GR1004", "GR2002", "GR0002"]);
    }
}
