using System.Net;
using System.Text.RegularExpressions;
using KusamaNews.Web.Site.Urls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetArchTest.Rules;

namespace KusamaNews.Web.Tests.Rules;

/// <summary>
/// The web project's house rules: a feature folder (Features/X) stands on Site/ and Operations/,
/// never on another feature; the shared folders stand on no feature; and every URL is spelled in
/// Site/Urls alone, page routes included.
/// </summary>
public sealed partial class ArchitectureTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    private const string Features = "KusamaNews.Web.Features";

    private static readonly string[] FeatureNames = [.. Types.InAssembly(typeof(Program).Assembly).GetTypes()
        .Select(type => type.Namespace ?? "")
        .Where(ns => ns.StartsWith(Features + ".", StringComparison.Ordinal))
        .Select(ns => ns.Split('.')[3])
        .Distinct()
        .Order()];

    public static TheoryData<string> EachFeature() => [.. FeatureNames];

    [Fact]
    public void TheFeaturesAreTheOnesWeExpect() =>
        Assert.Equal(["Errors", "FrontPage", "Issues", "Search", "Sections", "Sitemap", "Topics"], FeatureNames);

    [Theory]
    [MemberData(nameof(EachFeature))]
    public void AFeatureDependsOnNoOtherFeature(string feature)
    {
        var others = FeatureNames.Where(name => name != feature).Select(name => $"{Features}.{name}").ToArray();

        // Its C# types, and the classes Razor generates from its pages (AspNetCoreGeneratedDocument.Features_X_Page).
        var types = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace($"{Features}.{feature}")
            .Or().HaveNameStartingWith($"Features_{feature}_");
        var result = types.ShouldNot().HaveDependencyOnAny(others).GetResult();

        Assert.True(result.IsSuccessful, $"{feature} uses another feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData("KusamaNews.Web.Site", "Site_")]
    [InlineData("KusamaNews.Web.Operations", "Operations_")]
    public void TheSharedFoldersDependOnNoFeature(string shared, string razorPrefix)
    {
        var result = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace(shared)
            .Or().HaveNameStartingWith(razorPrefix)
            .ShouldNot().HaveDependencyOn(Features).GetResult();

        Assert.True(result.IsSuccessful, $"{shared} uses a feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void NoFeatureSpellsAPathByHand()
    {
        // Inside the feature folders: Features/ itself only composes them (its paths are the folders').
        var spelled = SourceTree.Files("src/KusamaNews.Web/Features")
            .Where(file => Path.GetDirectoryName(file.Path)!.Length > "src/KusamaNews.Web/Features".Length)
            .SelectMany(file => file.Root.DescendantNodes()
                .Select(node => node switch
                {
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                    InterpolatedStringExpressionSyntax interpolated => interpolated.Contents.FirstOrDefault() is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : "",
                    _ => "",
                })
                .Where(text => text.StartsWith('/'))
                .Select(text => $"{file.Path}: {text}"))
            .Concat(RazorFiles("src/KusamaNews.Web/Features")
                .SelectMany(file => PathInMarkup().Matches(File.ReadAllText(file)).Select(match => $"{file}: {match.Value}")))
            .ToList();

        Assert.Empty(spelled);
    }

    [Fact]
    public void EveryPageTakesItsRouteFromTheUrlScheme()
    {
        var root = Path.Combine(SourceTree.RepositoryRoot, "src/KusamaNews.Web/Features");
        var pages = RazorFiles("src/KusamaNews.Web/Features")
            .Where(file => File.ReadLines(file).FirstOrDefault()?.StartsWith("@page", StringComparison.Ordinal) == true)
            .ToDictionary(file => "/" + Path.GetRelativePath(root, file)[..^".cshtml".Length].Replace('\\', '/'), File.ReadLines);

        Assert.Equal(pages.Keys.Order(), PageRoutes.Templates.Keys.Order());
        Assert.All(pages, page => Assert.Equal("@page", page.Value.First().Trim()));
    }

    [Theory]
    [InlineData("/FrontPage/Index")]
    [InlineData("/Issues/Details")]
    [InlineData("/Topics/Index")]
    [InlineData("/Search/Index")]
    public async Task AFoldersPathIsNoAddress(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static IEnumerable<string> RazorFiles(string under) =>
        Directory.EnumerateFiles(Path.Combine(SourceTree.RepositoryRoot, under), "*.cshtml", SearchOption.AllDirectories);

    // An address written into markup or a C# string inside it: href="/…", action="/…", "/…".
    [GeneratedRegex("""(?:href|action|src)="/|"/[a-z0-9{"]""")]
    private static partial Regex PathInMarkup();
}
