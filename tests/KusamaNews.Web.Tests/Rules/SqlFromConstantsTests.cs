using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>
/// No SQL is ever built from input: every statement handed to Dapper (or to a CommandDefinition or
/// a command's CommandText) is made of constants only: a const field, a literal, or a conditional,
/// concatenation or interpolation of those. Values always travel as @parameters.
/// </summary>
public sealed class SqlFromConstantsTests
{
    private static readonly HashSet<string> DapperMethods =
    [
        "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync",
        "QuerySingle", "QuerySingleAsync", "QuerySingleOrDefault", "QuerySingleOrDefaultAsync",
        "QueryMultiple", "QueryMultipleAsync", "Execute", "ExecuteAsync", "ExecuteScalar", "ExecuteScalarAsync",
        "ExecuteReader", "ExecuteReaderAsync",
    ];

    // The migration runner executes the embedded schema scripts (our own files, compiled into the
    // library) and PRAGMA user_version = N, which takes no bound parameter. Nothing there is input.
    private static readonly string[] Exempt = ["src/KusamaNews.Ingestion/Storage/Migrations.cs"];

    [Fact]
    public void EveryStatementIsMadeOfConstants()
    {
        var checkedCalls = 0;
        var violations = new List<string>();
        foreach (var (path, root) in SourceTree.Files("src").Where(file => !Exempt.Contains(file.Path.Replace('\\', '/'))))
        {
            var constants = root.DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(field => field.Modifiers.Any(SyntaxKind.ConstKeyword))
                .SelectMany(field => field.Declaration.Variables.Select(v => v.Identifier.Text))
                .ToHashSet(StringComparer.Ordinal);

            foreach (var sql in StatementArguments(root))
            {
                checkedCalls++;
                if (!IsConstant(sql, constants))
                    violations.Add($"{path}:{sql.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {sql}");
            }
        }

        Assert.True(checkedCalls >= 20, $"only {checkedCalls} statements were found; the rule would prove nothing");
        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("""class C { void M(string q) { connection.Query<int>("SELECT " + q); } }""")]
    [InlineData("""class C { void M(string q) { connection.Execute($"DELETE FROM Issues WHERE Slug = '{q}'"); } }""")]
    [InlineData("""class C { void M(string sql) { connection.QueryAsync<int>(new CommandDefinition(sql)); } }""")]
    [InlineData("""class C { const string A = "SELECT 1"; void M(string q) { var c = new SqliteCommand(); c.CommandText = A + q; } }""")]
    public void TheRuleCatchesSqlBuiltFromInput(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var constants = root.DescendantNodes().OfType<FieldDeclarationSyntax>()
            .SelectMany(field => field.Declaration.Variables.Select(v => v.Identifier.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(StatementArguments(root), sql => !IsConstant(sql, constants));
    }

    private static IEnumerable<ExpressionSyntax> StatementArguments(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                    when DapperMethods.Contains(access.Name.Identifier.Text) && call.ArgumentList.Arguments.Count > 0:
                    var first = call.ArgumentList.Arguments[0].Expression;
                    if (first is not ObjectCreationExpressionSyntax) // a CommandDefinition is checked where it is made
                        yield return first;
                    break;
                case ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.Text: "CommandDefinition" }, ArgumentList.Arguments.Count: > 0 } creation:
                    yield return creation.ArgumentList!.Arguments[0].Expression;
                    break;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.Text: "CommandText" } or IdentifierNameSyntax { Identifier.Text: "CommandText" } } assignment:
                    yield return assignment.Right;
                    break;
            }
        }
    }

    private static bool IsConstant(ExpressionSyntax expression, HashSet<string> constants) => expression switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
        IdentifierNameSyntax name => constants.Contains(name.Identifier.Text),
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text.EndsWith("Sql", StringComparison.Ordinal),
        ParenthesizedExpressionSyntax inner => IsConstant(inner.Expression, constants),
        ConditionalExpressionSyntax choice => IsConstant(choice.WhenTrue, constants) && IsConstant(choice.WhenFalse, constants),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum => IsConstant(sum.Left, constants) && IsConstant(sum.Right, constants),
        InterpolatedStringExpressionSyntax text => text.Contents.OfType<InterpolationSyntax>().All(part => IsConstant(part.Expression, constants)),
        _ => false,
    };
}
