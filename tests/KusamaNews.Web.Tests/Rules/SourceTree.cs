using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>The repository's own C# sources, parsed, for rules that hold over all of them.</summary>
internal static class SourceTree
{
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "KusamaNews.sln")))
                    return folder.FullName;
            }
            throw new InvalidOperationException("the repository root (KusamaNews.sln) is not above the test's folder");
        }
    }

    /// <summary>The projects' global usings (their &lt;Using Include="…"/&gt; items), as the compiler adds them.</summary>
    public static SyntaxTree GlobalUsings(string under) => CSharpSyntaxTree.ParseText(string.Concat(
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, under), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => System.Xml.Linq.XDocument.Load(project).Descendants("Using"))
            .Select(item => $"global using {item.Attribute("Include")!.Value};\n")
            .Distinct()));

    public static IEnumerable<(string Path, SyntaxNode Root)> Files(string under) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, under), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => (Path.GetRelativePath(RepositoryRoot, path), CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()));
}
