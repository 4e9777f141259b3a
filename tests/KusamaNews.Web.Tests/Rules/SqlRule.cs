using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>The rule of the SqlFromConstants* tests: which expressions are SQL statements, and which are made of constants.</summary>
internal static class SqlRule
{
    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create("rules", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>The SQL text of every Dapper call, CommandDefinition and CommandText assignment.</summary>
    public static IEnumerable<ExpressionSyntax> Statements(SyntaxNode root, SemanticModel model)
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

    public static bool IsConstant(ExpressionSyntax expression, SemanticModel model) =>
        model.GetConstantValue(expression).HasValue || expression switch
        {
            ParenthesizedExpressionSyntax inner => IsConstant(inner.Expression, model),
            ConditionalExpressionSyntax choice => IsConstant(choice.WhenTrue, model) && IsConstant(choice.WhenFalse, model),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum => IsConstant(sum.Left, model) && IsConstant(sum.Right, model),
            _ => false,
        };
}
