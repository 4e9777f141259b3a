using System.Text;
using KusamaNews.Ingestion.Tests.Storage;

namespace KusamaNews.Ingestion.Tests.BadContent;

/// <summary>
/// tests/BadContent (one hostile or broken case a file, two good issues beside them) ingested in one
/// run, plus the one case too large to keep in git: a 5 MB file, written here.
/// </summary>
public sealed class BadContentArchive : IDisposable
{
    public const string FiveMegabytes = "five-megabytes.md";

    public BadContentArchive()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "BadContent")))
            File.Copy(file, Path.Combine(Archive.ContentPath, Path.GetFileName(file)));
        var big = new StringBuilder("# Kusama News - January 2033\n\n# Five Megabytes\n\n## Lead\n\n");
        while (big.Length < 5 * 1024 * 1024)
            big.Append("A paragraph that goes on and on.\n\n");
        Archive.Write(FiveMegabytes, big.ToString());
        Report = Archive.Ingest();
    }

    public TempArchive Archive { get; } = new();

    public IngestionReport Report { get; }

    public void Dispose() => Archive.Dispose();
}
