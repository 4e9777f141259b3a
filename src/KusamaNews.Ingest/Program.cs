namespace KusamaNews.Ingest;

/// <summary>
/// <c>KusamaNews.Ingest [--check] [--out FILE] [--Archive:...]</c>: the same as
/// <c>KusamaNews.Web ingest ...</c>, in a process with its own runtime settings (KusamaNews.Ingest.csproj).
/// Not top-level statements: their class would be a second <c>Program</c> beside the site's.
/// </summary>
internal static class IngestMain
{
    private static int Main(string[] args) => Ingestion.Hosting.IngestProgram.Run(args);
}
