using System.Text.Encodings.Web;
using System.Text.Unicode;
using KusamaNews.Ingestion.Hosting;
using KusamaNews.Web.Features;
using KusamaNews.Web.Operations;
using KusamaNews.Web.Operations.Health;
using KusamaNews.Web.Operations.Logging;
using KusamaNews.Web.Operations.Metrics;
using KusamaNews.Web.Operations.Startup;
using KusamaNews.Web.Site;
using Microsoft.AspNetCore.Rewrite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

// The ingest command needs the archive and the logs, not the web stack: registering the rest
// cost every `ingest` run about 50 ms (an unchanged re-ingest takes 0.4 s in all).
if (args is [IngestProgram.CommandName, .. var ingestArgs])
    return IngestProgram.Run(ingestArgs);

var builder = WebApplication.CreateBuilder(args);
// Serve wwwroot and its precompressed copies from the build output in every environment, not only
// Development: `dotnet run` starts in Production, where MapStaticAssets would otherwise answer a
// browser's Accept-Encoding request with an empty body. A published app has no manifest: no-op.
builder.WebHost.UseStaticWebAssets();
// That manifest is a build manifest, on which MapStaticAssets would send no-cache everywhere; keep
// its own headers instead: a year and immutable on fingerprinted URLs, no-cache on the others.
builder.Configuration["EnableStaticAssetsDevelopmentCaching"] ??= "true";
builder.Services.AddSerilogFromConfiguration(builder.Configuration);
builder.Services.AddSiteMetrics(); // before ingestion, so that it sees the first run
builder.Services.AddArchiveIngestion();
// Escape what HTML needs escaped, not every letter outside ASCII ("Kusama’s", "·", "–").
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSite();
builder.Services.AddOperations();
builder.Services.AddFeatures();

var app = builder.Build();
try
{
    // Validate settings (every options class registered with ValidateOnStart) before the host
    // starts, so a bad one is one clear line, not a stack trace.
    app.Services.GetService<IStartupValidator>()?.Validate();
}
catch (Exception ex) when (StartupLog.IsBadSetting(ex))
{
    StartupLog.CannotStart(app.Logger, ex);
    return 2;
}

app.UseRequestLogging();
app.UseResponsePolicies();
app.UseExceptionHandler(SitePaths.Error(StatusCodes.Status500InternalServerError));
app.UseStatusCodePagesWithReExecute(SitePaths.Error("{0}"));
// One URL per page: "/issues/2024/06/" redirects to "/issues/2024/06".
app.UseRewriter(new RewriteOptions().AddRedirect("^(.+)/$", "$1", StatusCodes.Status301MovedPermanently));
app.UseRequestPolicies();
app.MapStaticAssets();
app.MapFeatures();
app.MapHealth();
app.MapMetrics();

await app.RunAsync();
return 0;
