namespace KusamaNews.Web.Features.Search;

public enum SearchTermKind
{
    Word,
    Phrase,
    Prefix,
    Or,
}
