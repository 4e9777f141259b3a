using KusamaNews.Benchmarks;
using KusamaNews.Benchmarks.Micro;

// Two modes; see docs/PERFORMANCE.md for the corpora and the figures they gave.
//
//   dotnet run -c Release --project bench/KusamaNews.Benchmarks -- search-latency <archive.db> [rounds]
//   dotnet run -c Release --project bench/KusamaNews.Benchmarks -- micro [--smoke] [BenchmarkDotNet args, e.g. --filter '*Parse*']

const string Usage = """
    usage: KusamaNews.Benchmarks search-latency <archive.db> [rounds]
           KusamaNews.Benchmarks micro [--smoke] [BenchmarkDotNet arguments, e.g. --filter '*']
    """;

return args switch
{
    [SearchLatency.Name, .. var rest] => await SearchLatency.RunAsync(rest),
    [MicroCommand.Name, .. var rest] => MicroCommand.Run(rest),
    _ => UsageError(),
};

static int UsageError()
{
    Console.Error.WriteLine(Usage);
    return 2;
}
