using KusamaNews.Benchmarks;

// See docs/PERFORMANCE.md for the corpora and the figures they gave.
//
//   dotnet run -c Release --project bench/KusamaNews.Benchmarks -- search-latency <archive.db> [rounds]

const string Usage = "usage: KusamaNews.Benchmarks search-latency <archive.db> [rounds]";

return args switch
{
    [SearchLatency.Name, .. var rest] => await SearchLatency.RunAsync(rest),
    _ => UsageError(),
};

static int UsageError()
{
    Console.Error.WriteLine(Usage);
    return 2;
}
