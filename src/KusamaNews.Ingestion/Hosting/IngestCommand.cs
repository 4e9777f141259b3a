using System.Globalization;
using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// <c>ingest [--check] [--out FILE]</c>: ingest the content folder into the store and exit, or with
/// <c>--check</c> only validate it. Each diagnostic prints as <c>file:line: severity: message</c>;
/// the exit code is 1 when any file has an error, 2 when the command cannot run at all.
/// </summary>
internal sealed record IngestCommand(bool CheckOnly, string? OutputPath)
{
    public const string Name = "ingest";

    /// <summary>Splits the command's flags (the arguments after <c>ingest</c>) from those meant for the host's configuration.</summary>
    public static IngestCommand Parse(string[] args, out string[] hostArgs)
    {
        var check = false;
        string? output = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check":
                    check = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var arg when arg.StartsWith("--out=", StringComparison.Ordinal):
                    output = arg["--out=".Length..];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (output is not null)
            rest.Add($"--{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.DatabasePath)}={FromInvokingFolder(output)}");
        hostArgs = [.. rest];
        return new IngestCommand(check, output);
    }

    public int Run(IServiceProvider services, TextWriter output)
    {
        ArchiveOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            output.WriteLine($"ingest: {string.Join("; ", ex.Failures)}");
            return 2;
        }

        var ingester = services.GetRequiredService<ArchiveIngester>();
        if (CheckOnly)
        {
            var diagnostics = ingester.Check(options.ContentPath);
            Print(diagnostics, options.ContentPath, output);
            var errors = diagnostics.Count(d => d.IsError);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Checked {options.ContentPath}: {errors} error(s), {diagnostics.Count - errors} warning(s)."));
            return errors > 0 ? 1 : 0;
        }

        // A file the site would set aside (an older build's, damaged) is set aside here too, and built again.
        services.GetRequiredService<ArchiveDatabase>().EnsureCreatedOrSetAside(services.GetRequiredService<TimeProvider>().GetUtcNow(), (aside, reason) =>
            output.WriteLine($"ingest: the database '{options.DatabasePath}' cannot be used ({reason.Message}); it was moved to '{aside}', and the archive is built again."));
        var report = ingester.Ingest(options.ContentPath);
        Print(report.Diagnostics, options.ContentPath, output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ingested {options.ContentPath} into {options.DatabasePath}: {report.FilesRead} files read, {report.Ingested} ingested, " +
            $"{report.Unchanged} unchanged, {report.Removed} removed, {report.Failed} failed in {report.Elapsed.TotalMilliseconds:0} ms."));
        return report.HasErrors ? 1 : 0;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, string contentPath, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.Format(DiagnosticPaths.Display(contentPath, diagnostic.File)));
    }

    // `dotnet run` starts the site, and the ingest executable, in the site's folder; a relative --out
    // means the folder the command was typed in, which the shell passes on as PWD.
    private static string FromInvokingFolder(string path)
    {
        var invokedFrom = Environment.GetEnvironmentVariable("PWD");
        return Path.IsPathRooted(path) || string.IsNullOrEmpty(invokedFrom) || !Directory.Exists(invokedFrom)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(Path.Combine(invokedFrom, path));
    }
}
