using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        "src/KusamaNews.Ingestion/Storage/PreparedStatement.cs",
    ];

    [Fact]
    public void EveryStatementIsMadeOfConstants()
    {
        var files = SourceTree.Files("src").ToList();
        var compilation = Compile(files.Select(file => file.Root.SyntaxTree));
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

    [Theory]
    [InlineData("""connection.Query<int>("SELECT " + q);""")]
    [InlineData("""connection.Execute($"DELETE FROM Issues WHERE Slug = '{q}'");""")]
    [InlineData("""connection.QueryAsync<int>(new CommandDefinition(q));""")]
    [InlineData("""connection.ExecuteScalar<int>(q.Length > 3 ? Fixed : q);""")]
    [InlineData("""var command = connection.CreateCommand(); command.CommandText = Fixed + q;""")]
    public void TheRuleCatchesSqlBuiltFromInput(string body)
    {
        var source = $$"""
            using Dapper;
            using Microsoft.Data.Sqlite;
            class C
            {
                const string Fixed = "SELECT 1";
                void M(SqliteConnection connection, string q) { {{body}} }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source);
        var model = Compile([tree]).GetSemanticModel(tree);

        var statements = Statements(tree.GetRoot(), model).ToList();

        Assert.NotEmpty(statements);
        Assert.Contains(statements, sql => !IsConstant(sql, model));
    }

    [Fact]
    public void TheRuleLetsConstantsThrough()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            using Dapper;
            using Microsoft.Data.Sqlite;
            class C
            {
                const string A = "SELECT 1";
                const string B = $"{A} UNION ALL SELECT 2";
                void M(SqliteConnection connection, bool newest) => connection.Query<int>(newest ? A : B + " ORDER BY 1", new { Slug = "x" });
            }
            """);
        var model = Compile([tree]).GetSemanticModel(tree);

        Assert.All(Statements(tree.GetRoot(), model), sql => Assert.True(IsConstant(sql, model), sql.ToString()));
    }

    private static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create("rules", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>The SQL text of every Dapper call, CommandDefinition and CommandText assignment.</summary>
    private static IEnumerable<ExpressionSyntax> Statements(SyntaxNode root, SemanticModel model)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } call when IsDapper(Bind(call, model)):
                    var first = call.ArgumentList.Arguments[0].Expression;
                    if (model.GetTypeInfo(first).Type?.SpecialType == SpecialType.System_String)
                        yield return first; // a CommandDefinition is checked where it is made
                    break;
                case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } creation
                    when model.GetTypeInfo(creation).Type?.Name == "CommandDefinition":
                    yield return creation.ArgumentList.Arguments[0].Expression;
                    break;
                case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: > 2 } creation
                    when model.GetTypeInfo(creation).Type?.Name == "PreparedStatement":
                    yield return creation.ArgumentList.Arguments[1].Expression; // (connection, sql, parameter names…)
                    break;
                case AssignmentExpressionSyntax assignment
                    when model.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol { Name: "CommandText" }:
                    yield return assignment.Right;
                    break;
            }
        }
    }

    private static IMethodSymbol? Bind(InvocationExpressionSyntax call, SemanticModel model)
    {
        var info = model.GetSymbolInfo(call);
        return (info.Symbol ?? info.CandidateSymbols.FirstOrDefault()) as IMethodSymbol;
    }

    private static bool IsDapper(IMethodSymbol? method) =>
        (method?.ReducedFrom ?? method)?.ContainingType.ToDisplayString() == "Dapper.SqlMapper";

    private static bool IsConstant(ExpressionSyntax expression, SemanticModel model) =>
        model.GetConstantValue(expression).HasValue || expression switch
        {
            ParenthesizedExpressionSyntax inner => IsConstant(inner.Expression, model),
            ConditionalExpressionSyntax choice => IsConstant(choice.WhenTrue, model) && IsConstant(choice.WhenFalse, model),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum => IsConstant(sum.Left, model) && IsConstant(sum.Right, model),
            _ => false,
        };
}
