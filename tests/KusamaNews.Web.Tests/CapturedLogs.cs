using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace KusamaNews.Web.Tests;

/// <summary>
/// A Serilog sink, registered in the site's container, that keeps every event with its structured
/// properties for assertions. The factory lets every level through to it.
/// </summary>
// Not FakeLogCollector: that is a Microsoft.Extensions.Logging provider, which AddSerilog bypasses, and Serilog's request events never reach one.
public sealed class CapturedLogs : ILogEventSink
{
    // As the console shows it: strings without quotes.
    private static readonly MessageTemplateTextFormatter Text = new("{Message:lj}");
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(Serilog.Events.LogEvent logEvent)
    {
        var message = new StringWriter();
        Text.Format(logEvent, message);
        var category = logEvent.Properties.TryGetValue("SourceContext", out var source) ? (string)Scalar(source)! : "";
        events.Enqueue(new LogEvent(category, Level(logEvent.Level), message.ToString(), logEvent.Properties.ToDictionary(p => p.Key, p => Scalar(p.Value)), logEvent.Exception));
    }

    private static object? Scalar(LogEventPropertyValue value) => value is ScalarValue scalar ? scalar.Value : value.ToString();

    private static LogLevel Level(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogLevel.Trace,
        LogEventLevel.Debug => LogLevel.Debug,
        LogEventLevel.Information => LogLevel.Information,
        LogEventLevel.Warning => LogLevel.Warning,
        LogEventLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };

    public sealed record LogEvent(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception = null);
}
