using GuidelineRules.WebApi;

// A city system's pre-publish check: POST /check {"text": "…"} → the diagnostics as JSON; 422 when an
// error-level finding blocks publishing. Listens on http://127.0.0.1:5080 unless --urls says otherwise.
var app = PrePublishCheckApp.Create(args);
await app.RunAsync();
