using KusamaNews.Web.Tests.Rules;

namespace KusamaNews.Web.Tests.Benchmarks;

/// <summary>
/// bench/gen-corpus.py is our copy of ../shared/tools/gen-corpus.py, for checkouts without shared/
/// (CI's, for one): the benchmarks and their smoke runs use it there. Where both exist they must be
/// the same file, or the two would generate different corpora under one name.
/// </summary>
public sealed class CorpusGeneratorCopyTests
{
    [SkippableFact]
    public void TheCopyIsTheSharedGeneratorByteForByte()
    {
        var shared = Path.GetFullPath(Path.Combine(SourceTree.RepositoryRoot, "..", "shared", "tools", "gen-corpus.py"));
        Skip.IfNot(File.Exists(shared), $"there is no shared generator at {shared} to compare the copy with");

        var copy = File.ReadAllBytes(Path.Combine(SourceTree.RepositoryRoot, "bench", "gen-corpus.py"));

        Assert.True(File.ReadAllBytes(shared).AsSpan().SequenceEqual(copy),
            $"bench/gen-corpus.py differs from {shared}: copy the shared one over it");
    }
}
