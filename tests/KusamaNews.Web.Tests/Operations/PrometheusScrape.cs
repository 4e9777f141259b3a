using System.Globalization;
using System.Text;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>
/// One scrape of /metrics, read as Prometheus reads the text format: a sample a line,
/// <c>name{label="value",…} value [timestamp]</c>; lines starting with # are metadata.
/// </summary>
public sealed class PrometheusScrape
{
    /// <summary>What Prometheus 3 sends, preferring OpenMetrics: the scrape is read as a scraper gets it.</summary>
    public const string PrometheusAccept =
        "application/openmetrics-text;version=1.0.0;escaping=allow-utf-8,application/openmetrics-text;version=0.0.1;q=0.75,"
        + "text/plain;version=1.0.0;escaping=allow-utf-8;q=0.5,text/plain;version=0.0.4;q=0.1,*/*;q=0.05";

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    private PrometheusScrape(string text, IReadOnlyList<Sample> samples)
    {
        Text = text;
        Samples = samples;
    }

    public string Text { get; }

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>The samples of a series name whose labels include every given one.</summary>
    public IEnumerable<Sample> Find(string name, params (string Label, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value));

    /// <summary>The one sample of a series; fails naming the series when there is none or more.</summary>
    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var found = Find(name, labels).ToList();
        Assert.True(found.Count == 1, $"{found.Count} samples of {name} {string.Join(",", labels)} in:\n{Text}");
        return found[0].Value;
    }

    public static async Task<PrometheusScrape> GetAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.TryAddWithoutValidation("Accept", PrometheusAccept);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static PrometheusScrape Parse(string text) =>
        new(text, [.. text.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(ParseLine)]);

    private static Sample ParseLine(string line)
    {
        var nameEnd = line.IndexOfAny(['{', ' ']);
        var name = line[..nameEnd];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = nameEnd;
        if (line[at] == '{')
        {
            at++;
            while (line[at] != '}')
            {
                var equals = line.IndexOf('=', at);
                var label = line[at..equals];
                (labels[label], at) = QuotedValue(line, equals + 1);
                if (line[at] == ',')
                    at++;
            }
            at++;
        }
        var value = line[at..].Trim().Split(' ')[0];
        return new Sample(name, labels, value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        });
    }

    /// <summary>A label value from its opening quote: the value unescaped (\\, \", \n), and where the line goes on.</summary>
    private static (string Value, int Next) QuotedValue(string line, int quote)
    {
        Assert.Equal('"', line[quote]);
        var value = new StringBuilder();
        var at = quote + 1;
        for (; line[at] != '"'; at++)
        {
            if (line[at] == '\\')
                value.Append(line[++at] == 'n' ? '\n' : line[at]);
            else
                value.Append(line[at]);
        }
        return (value.ToString(), at + 1);
    }
}
