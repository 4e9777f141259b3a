namespace KusamaNews.Ingestion;

/// <summary>
/// The files of the content folder named as added, written, renamed or removed since a run that
/// left the archive at <see cref="SinceVersion"/> with every file stored (none failed), as a
/// folder watcher sees them. Given these, a run looks at the named files only and takes every
/// other stored file as it was, which spares a stat of each file in a large archive.
/// </summary>
/// <remarks>
/// The run checks what it can: if the archive's version is no longer <see cref="SinceVersion"/>
/// (another process ingested meanwhile), or the parser changed, it looks at the whole folder.
/// That the caller saw every change since is the caller's promise.
/// </remarks>
public sealed record ChangedFiles(IReadOnlySet<string> Names, long SinceVersion);
