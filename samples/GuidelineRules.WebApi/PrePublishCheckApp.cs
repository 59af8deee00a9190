using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GuidelineRules.WebApi;

/// <summary>The minimal API, built in one place so that the integration test starts exactly what <c>dotnet run</c> starts.</summary>
public static class PrePublishCheckApp
{
    /// <summary>The address used when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> gives one: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the app. A <c>guidelinerules.json</c> in the working directory or above is applied when present.</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, CheckJsonContext.Default));
        builder.Services.AddGuidelineRules(options =>
        {
            options.ConfigurationFile = GuidelineConfiguration.FindNearest(Directory.GetCurrentDirectory());
        });

        var app = builder.Build();
        app.MapPost("/check", Check);
        app.MapGet("/rules", (IGuidelineAnalyzer analyzer) => TypedResults.Ok(analyzer.Descriptors.Select(d => new RuleInfo(d.Id, d.Category, d.Clause, d.Title.Japanese, d.Title.English, Diagnostic.SeverityText(d.DefaultSeverity))).ToArray()));
        return app;
    }

    internal static Results<Ok<CheckResponse>, UnprocessableEntity<CheckResponse>, BadRequest<ProblemBody>> Check(CheckRequest? request, IGuidelineAnalyzer analyzer, CancellationToken cancellationToken)
    {
        if (request?.Text is null)
        {
            return TypedResults.BadRequest(new ProblemBody("The body must be JSON with a \"text\" string: {\"text\": \"投稿の本文\"}."));
        }

        var result = analyzer.Analyze(request.Text.AsMemory(), cancellationToken);
        var findings = result.Diagnostics.Select(d => new Finding(
            d.Id,
            Diagnostic.SeverityText(d.Severity),
            d.Descriptor.Category,
            d.Descriptor.Clause,
            d.Message,
            d.Span.Start,
            d.Span.Length,
            d.Start.Line,
            d.Start.Column,
            d.MatchedText,
            d.Fix?.Title,
            d.Descriptor.HelpUri)).ToArray();
        bool blocked = result.MaxSeverity == Severity.Error;
        string? fixedText = result.Diagnostics.Any(d => d.Fix is not null) ? FixApplier.Apply(request.Text, result.Diagnostics) : null;
        var response = new CheckResponse(blocked, findings, fixedText);
        return blocked ? TypedResults.UnprocessableEntity(response) : TypedResults.Ok(response);
    }
}

/// <summary>The request body of <c>POST /check</c>.</summary>
public sealed record CheckRequest(string? Text);

/// <summary>The response: whether publishing is blocked, what was found, and the text with the suggested fixes applied.</summary>
public sealed record CheckResponse(bool Blocked, Finding[] Diagnostics, string? FixedText);

/// <summary>One diagnostic, flattened for JSON clients.</summary>
public sealed record Finding(string Id, string Severity, string Category, string Clause, string Message, int Start, int Length, int Line, int Column, string MatchedText, string? Fix, string HelpUri);

/// <summary>One rule of <c>GET /rules</c>.</summary>
public sealed record RuleInfo(string Id, string Category, string Clause, string TitleJa, string TitleEn, string DefaultSeverity);

/// <summary>A 400 body.</summary>
public sealed record ProblemBody(string Error);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(RuleInfo[]))]
[JsonSerializable(typeof(ProblemBody))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
