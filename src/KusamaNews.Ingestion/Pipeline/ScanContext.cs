using KusamaNews.Ingestion.Storage;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Pipeline;

/// <summary>What one run knows before it reads a file: the store's facts of each file, the taxonomy to tag with, and which files to look at.</summary>
/// <param name="RereadAll">Parse every file again, changed or not (a new parser).</param>
/// <param name="OnlyNamed">
/// When set, a stored file not named here is taken as unchanged without a look (not even a stat):
/// for a caller that has watched the folder since a run that left every file stored.
/// </param>
internal sealed record ScanContext(
    IReadOnlyDictionary<string, StoredFile> Stored, Taxonomy Taxonomy, bool RereadAll, IReadOnlySet<string>? OnlyNamed = null)
{
    public StoredFile? Known(string name) => Stored.GetValueOrDefault(name);

    /// <summary>Whether the run was told the names and this is not one of them: a stored file of this name is taken as stored without a look.</summary>
    public bool NotNamed(string name) => OnlyNamed is not null && !OnlyNamed.Contains(name);
}
