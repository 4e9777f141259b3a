using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// The process that runs <see cref="IngestCommand"/>: the site's settings, logs and archive services
/// on the generic host, without the web stack. Both the site's executable (<c>KusamaNews.Web ingest</c>)
/// and the ingest executable (<c>KusamaNews.Ingest</c>, with runtime settings of its own) start here.
/// </summary>
public static class IngestProgram
{
    /// <summary>The word that makes the site's executable run this instead of the site.</summary>
    public const string CommandName = IngestCommand.Name;

    /// <param name="args">The command's flags and the host's settings, without the word <c>ingest</c>.</param>
    /// <returns>The exit code: 0 done, 1 a file has an error, 2 the command cannot run.</returns>
    public static int Run(string[] args)
    {
        var ingest = IngestCommand.Parse(args, out var hostArgs);
        // The settings the site reads, from the same places: ASPNETCORE_-prefixed variables
        // (ASPNETCORE_ENVIRONMENT picks appsettings.{Environment}.json) as well as DOTNET_ ones.
        var settings = new HostApplicationBuilderSettings { Args = hostArgs, Configuration = new ConfigurationManager() };
        settings.Configuration.AddEnvironmentVariables(prefix: "ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(settings);
        builder.Services.AddSerilogFromConfiguration(builder.Configuration);
        builder.Services.AddArchive();
        using var host = builder.Build();
        return ingest.Run(host.Services, Console.Out);
    }
}
