using System.Globalization;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// The file holds an older build's schema (or tables without a schema version): not damaged, but
/// not this build's either. There are no upgrades; the site sets it aside and builds it again.
/// </summary>
public sealed class StoreVersionException(string file, long version) : Exception(MessageFor(file, version))
{
    public string File { get; } = file;

    /// <summary>The file's <c>PRAGMA user_version</c>.</summary>
    public long Version { get; } = version;

    private static string MessageFor(string file, long version) => version == 0
        ? $"The database at {file} holds tables but no schema version: no build of this site made it"
        : string.Create(CultureInfo.InvariantCulture, $"The database at {file} has schema version {version}, made by an older build; this build's is {Schema.Version}");
}
