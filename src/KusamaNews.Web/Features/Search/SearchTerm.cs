namespace KusamaNews.Web.Features.Search;

public sealed record SearchTerm(string Text, SearchTermKind Kind, bool Excluded);
