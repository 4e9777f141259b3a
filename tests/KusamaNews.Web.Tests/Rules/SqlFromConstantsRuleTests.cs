using Microsoft.CodeAnalysis.CSharp;
using static KusamaNews.Web.Tests.Rules.SqlRule;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>The rule SqlFromConstantsTests holds the sources to: it catches SQL built from input and lets constants through.</summary>
public sealed class SqlFromConstantsRuleTests
{
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
}
