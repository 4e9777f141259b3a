using static KusamaNews.Web.Tests.Rules.SqlRule;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>
/// No SQL is ever built from input: every statement handed to Dapper, to a CommandDefinition or to
/// a command's CommandText is a compile-time constant, or a choice or concatenation of constants.
/// Values always travel as @parameters. The sources are compiled (Roslyn, against the assemblies
/// this test runs with) so that each call is bound to what it really calls.
/// </summary>
public sealed class SqlFromConstantsTests
{
    // Schema executes the embedded schema script (our own file, compiled into the library) and
    // PRAGMA user_version = N; PageCache, PRAGMA cache_size = -N: a PRAGMA takes no bound
    // parameter, and N is an int. PreparedStatement sets the CommandText its constructor is
    // given, and every construction of it is checked below.
    private static readonly string[] Exempt =
    [
        "src/KusamaNews.Ingestion/Storage/Schema.cs",
        "src/KusamaNews.Ingestion/Storage/PageCache.cs",
        "src/KusamaNews.Ingestion/HotPaths/PreparedStatement.cs",
    ];

    [Fact]
    public void EveryStatementIsMadeOfConstants()
    {
        var files = SourceTree.Files("src").ToList();
        var compilation = Compile(files.Select(file => file.Root.SyntaxTree).Append(SourceTree.GlobalUsings("src")));
        var statements = 0;
        var violations = new List<string>();
        foreach (var (path, root) in files.Where(file => !Exempt.Contains(file.Path.Replace('\\', '/'))))
        {
            var model = compilation.GetSemanticModel(root.SyntaxTree);
            foreach (var sql in Statements(root, model))
            {
                statements++;
                if (!IsConstant(sql, model))
                    violations.Add($"{path}:{sql.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {sql}");
            }
        }

        Assert.True(statements >= 20, $"only {statements} statements were found; the rule would prove nothing");
        Assert.Empty(violations);
    }
}
