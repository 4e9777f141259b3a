using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>The site reads through connections that cannot write; only the ingester writes.</summary>
public sealed class ReadOnlyStoreTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public void AReaderConnectionCannotWrite()
    {
        factory.CreateClient();
        var database = factory.Services.GetRequiredService<ArchiveDatabase>();
        using var connection = database.OpenReader();

        var refused = Assert.Throws<SqliteException>(() => connection.Execute("DELETE FROM Issues"));

        Assert.Equal(8, refused.SqliteErrorCode); // SQLITE_READONLY
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM Issues"));
    }

    [Fact]
    public void TheSiteNeverOpensAWriterConnection()
    {
        var writers = SourceTree.Files("src/KusamaNews.Web")
            .SelectMany(file => file.Root.DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax>()
                .Where(name => name.Identifier.Text is "OpenWriter" or "OpenWriterAsync")
                .Select(name => $"{file.Path}:{name.GetLocation().GetLineSpan().StartLinePosition.Line + 1}"));

        Assert.Empty(writers);
    }
}
