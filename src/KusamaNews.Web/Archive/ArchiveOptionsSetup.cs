using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Archive;

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

    public ValidateOptionsResult Validate(string? name, ArchiveOptions options) =>
        Directory.Exists(options.ContentPath)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Archive:ContentPath: the content folder '{options.ContentPath}' does not exist.");
}
