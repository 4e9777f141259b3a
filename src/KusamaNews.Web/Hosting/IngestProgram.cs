using KusamaNews.Web.Archive;
using KusamaNews.Web.Operations.Logging;

namespace KusamaNews.Web.Hosting;

/// <summary>
/// The process that runs <see cref="IngestCommand"/>: the site's settings, logs and archive services,
/// without the web stack. Both the site's executable (<c>KusamaNews.Web ingest</c>) and the ingest
/// executable (<c>KusamaNews.Ingest</c>, with runtime settings of its own) start here.
/// </summary>
public static class IngestProgram
{
    /// <param name="args">The command's flags and the host's settings, without the word <c>ingest</c>.</param>
    /// <returns>The exit code: 0 done, 1 a file has an error, 2 the command cannot run.</returns>
    public static int Run(string[] args)
    {
        var ingest = IngestCommand.Parse(args, out var hostArgs);
        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.Services.AddSiteLogging(builder.Configuration);
        builder.Services.AddArchive();
        using var host = builder.Build();
        return ingest.Run(host.Services, Console.Out);
    }
}
