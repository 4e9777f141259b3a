namespace KusamaNews.Benchmarks.Micro;

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("kusamanews-bench-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
