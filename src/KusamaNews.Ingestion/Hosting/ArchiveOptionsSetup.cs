using System.Globalization;
using KusamaNews.Ingestion.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>Fills in the default paths and checks that the content folder exists, so start-up fails with the setting's name.</summary>
internal sealed class ArchiveOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<ArchiveOptions>, IValidateOptions<ArchiveOptions>
{
    public void PostConfigure(string? name, ArchiveOptions options)
    {
        options.ContentPath = string.IsNullOrWhiteSpace(options.ContentPath)
            ? ContentPathLocator.FindDefault(environment.ContentRootPath)
            : Path.GetFullPath(options.ContentPath);
        options.DatabasePath = string.IsNullOrWhiteSpace(options.DatabasePath)
            ? Path.Combine(environment.ContentRootPath, "App_Data", "kusamanews.db")
            : Path.GetFullPath(options.DatabasePath);
    }

    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        var version = ArchiveDatabase.SchemaVersionOf(options.DatabasePath);
        // Made by a newer build: not damaged, so not set aside; this build must not touch it.
        if (version > ArchiveDatabase.SchemaVersion)
        {
            return ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"Archive:DatabasePath: the database '{options.DatabasePath}' was made by a newer build (schema version {version}; this one's is {ArchiveDatabase.SchemaVersion}). Run that build, or point Archive:DatabasePath at another file."));
        }

        // Made by an older build: a site that ingests sets it aside and builds the archive again;
        // a replica, which never writes, cannot.
        if (options.Ingestion == IngestionMode.Off && version is > 0 and < ArchiveDatabase.SchemaVersion)
        {
            return ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"Archive:DatabasePath: the database '{options.DatabasePath}' was made by an older build (schema version {version}; this one's is {ArchiveDatabase.SchemaVersion}), and Archive:Ingestion is Off, so it is not built again here. Build it with this build's ingest --out, or run the build that made it."));
        }

        // A replica (Archive:Ingestion=Off) needs no content folder, only the database it serves.
        if (options.Ingestion == IngestionMode.Off)
        {
            return File.Exists(options.DatabasePath)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"Archive:DatabasePath: the database '{options.DatabasePath}' does not exist, and Archive:Ingestion is Off, so the site would have nothing to serve.");
        }
        return Directory.Exists(options.ContentPath)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Archive:ContentPath: the content folder '{options.ContentPath}' does not exist.");
    }
}
