using System.Globalization;
using System.Net;
using System.Text;

namespace Live.LoadTests;

/// <summary>
/// One SVG panel per side: ack p50, p99 and max for each second of the run (x: seconds by intended send time, y: ms on
/// a log scale, with the SLO's 50 ms and 200 ms dashed), so a stall shows as a spike at a glance. A sweep draws its
/// rates one after another on one axis, each segment labelled with its rate.
/// </summary>
public static class LatencyTimeline
{
    public const int Height = 280;
    private const int Left = 60, Right = 20, Top = 36, Bottom = 40;
    private static readonly (string Name, string Color, Func<SecondStats, double> Value)[] Series =
        [("max", "#bbbbbb", s => s.MaxMs), ("p99", "#d62728", s => s.P99Ms), ("p50", "#1f77b4", s => s.P50Ms)];

    public static bool Has(RunResult r) => Segments(r).Any(s => s.Seconds.Count > 0);

    private static List<(string? Label, IReadOnlyList<SecondStats> Seconds)> Segments(RunResult r) =>
        r.Sweep is { } sweep ? [.. sweep.Select(p => ((string?)$"{ResultWriters.F(p.Rate)}/s", p.Timeline))]
        : r.Timeline is { } t ? [(null, t)] : [];

    public static void Append(StringBuilder svg, RunResult r, int top, int width)
    {
        var segments = Segments(r);
        var seconds = Math.Max(1, segments.Sum(s => s.Seconds.Count));
        var maxMs = segments.SelectMany(s => s.Seconds).Where(s => s.Count > 0).Select(s => s.MaxMs).DefaultIfEmpty(1).Max();
        var decades = Math.Max(3, (int)Math.Ceiling(Math.Log10(Math.Max(maxMs, 1)))); // 1 ms to at least 1 s
        double X(double second) => Left + (width - Left - Right) * second / seconds;
        double Y(double ms) => top + Height - Bottom - (Height - Top - Bottom) * Math.Log10(Math.Clamp(ms, 1, Math.Pow(10, decades))) / decades;
        string N(double v) => v.ToString("F1", CultureInfo.InvariantCulture);

        var bottom = top + Height - Bottom;
        svg.AppendLine($"<text x=\"{Left}\" y=\"{top + 20}\" font-size=\"14\">{WebUtility.HtmlEncode(r.Target)}: ack latency per second (ms, log scale)</text>");
        svg.AppendLine($"<line x1=\"{Left}\" y1=\"{bottom}\" x2=\"{width - Right}\" y2=\"{bottom}\" stroke=\"black\"/>");
        svg.AppendLine($"<line x1=\"{Left}\" y1=\"{top + Top}\" x2=\"{Left}\" y2=\"{bottom}\" stroke=\"black\"/>");
        for (var d = 0; d <= decades; d++)
        {
            var ms = Math.Pow(10, d);
            svg.AppendLine($"<line x1=\"{Left}\" y1=\"{N(Y(ms))}\" x2=\"{width - Right}\" y2=\"{N(Y(ms))}\" stroke=\"#eeeeee\"/>");
            svg.AppendLine($"<text x=\"{Left - 6}\" y=\"{N(Y(ms) + 4)}\" text-anchor=\"end\">{ResultWriters.F(ms)}</text>");
        }
        foreach (var slo in new[] { SloCapacity.P99Ms, SloCapacity.WorstSecondP99Ms })
            svg.AppendLine($"<line x1=\"{Left}\" y1=\"{N(Y(slo))}\" x2=\"{width - Right}\" y2=\"{N(Y(slo))}\" stroke=\"#2ca02c\" stroke-dasharray=\"4 4\"/>" +
                $"<text x=\"{width - Right - 2}\" y=\"{N(Y(slo) - 3)}\" text-anchor=\"end\" fill=\"#2ca02c\" font-size=\"10\">{ResultWriters.F(slo)} ms</text>");
        var tick = seconds <= 20 ? 1 : seconds <= 60 ? 5 : seconds <= 300 ? 30 : 60;
        for (var sec = 0; sec <= seconds; sec += tick)
            svg.AppendLine($"<text x=\"{N(X(sec))}\" y=\"{bottom + 14}\" text-anchor=\"middle\" font-size=\"10\">{sec}</text>");
        svg.AppendLine($"<text x=\"{(width + Left) / 2}\" y=\"{bottom + 30}\" text-anchor=\"middle\">second of the run, by intended send time{(segments.Count > 1 ? " (rates one after another)" : "")}</text>");

        var offset = 0;
        foreach (var (label, secs) in segments)
        {
            if (label is not null)
            {
                svg.AppendLine($"<line x1=\"{N(X(offset))}\" y1=\"{top + Top}\" x2=\"{N(X(offset))}\" y2=\"{bottom}\" stroke=\"#888888\"/>");
                svg.AppendLine($"<text x=\"{N(X(offset) + 3)}\" y=\"{top + Top + 10}\" font-size=\"11\">{WebUtility.HtmlEncode(label)}</text>");
            }
            foreach (var (_, color, value) in Series)
            {
                // Points at the middle of each second; a second in which nothing was due leaves a gap.
                var xy = secs.Where(s => s.Count > 0).Select(s => (X: N(X(offset + s.Second + 0.5)), Y: N(Y(value(s))))).ToList();
                if (xy.Count > 1) svg.AppendLine($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" points=\"{string.Join(' ', xy.Select(p => $"{p.X},{p.Y}"))}\"/>");
                if (seconds <= 30) foreach (var p in xy) svg.AppendLine($"<circle cx=\"{p.X}\" cy=\"{p.Y}\" r=\"2.5\" fill=\"{color}\"/>"); // short runs: every second visible
            }
            offset += secs.Count;
        }
        for (var i = 0; i < Series.Length; i++)
            svg.AppendLine($"<text x=\"{width - Right - 120 + 40 * i}\" y=\"{top + 20}\" fill=\"{Series[i].Color}\">{Series[i].Name}</text>");
    }
}
