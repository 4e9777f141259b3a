namespace KusamaNews.Web.Features.Search;

public enum ParsedQueryProblem
{
    None,

    /// <summary>Nothing was typed: the page shows search tips.</summary>
    Empty,

    /// <summary>Only punctuation or operators: no letter or digit to look for.</summary>
    NothingToSearch,

    /// <summary>Only -excluded terms: FTS5 cannot match "everything except".</summary>
    OnlyExclusions,
}
