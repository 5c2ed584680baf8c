using System.Globalization;
using System.Net;
using System.Text;

namespace Live.LoadTests;

/// <summary>
/// A latency-by-percentile chart as plain SVG (no chart library): x is the percentile on the usual HdrHistogram
/// log scale (50, 90, 99, 99.9, …), y is milliseconds. One line per measured histogram, Live and baseline.
/// Below it, for runs that keep one (<see cref="LatencyTimeline"/>), a per-second timeline per side.
/// </summary>
public static class LatencyChart
{
    private const int Width = 720, Height = 400, Left = 60, Right = 20, Top = 40, Bottom = 50;
    private static readonly string[] Colors = ["#d62728", "#1f77b4", "#ff7f0e", "#2ca02c"];

    public static string Svg(RunResult run)
    {
        var lines = new List<(string Label, IReadOnlyList<(double Percentile, double Ms)> Points)>();
        void Add(RunResult r, Latency? h, string what) { if (h is { Count: > 0 }) lines.Add(($"{r.Target} {what}{(r.Sweep is null ? "" : ", all rates together")}", h.Curve())); }
        Add(run, run.AckHistogram, run.Scenario == "fan-out" ? "delivery" : "ack");
        Add(run, run.ScreenHistogram, run.Scenario == "fan-out" ? "delivery, stalled client present" : "screen");
        if (run.Baseline is { } b) { Add(b, b.AckHistogram, b.Scenario == "fan-out" ? "delivery" : "ack"); Add(b, b.ScreenHistogram, "screen"); }

        var maxMs = Math.Max(1, lines.SelectMany(l => l.Points).Select(p => p.Ms).DefaultIfEmpty(1).Max());
        const double maxX = 5; // 99.999th percentile
        double X(double p) => Left + (Width - Left - Right) * Math.Min(maxX, Math.Log10(1 / Math.Max(1e-5, 1 - p / 100))) / maxX;
        double Y(double ms) => Height - Bottom - (Height - Top - Bottom) * ms / maxMs;
        string N(double v) => v.ToString("F1", CultureInfo.InvariantCulture);

        var timelines = new[] { run, run.Baseline }.OfType<RunResult>().Where(LatencyTimeline.Has).ToList();
        var total = Height + timelines.Count * LatencyTimeline.Height;
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{total}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.AppendLine($"<rect width=\"{Width}\" height=\"{total}\" fill=\"white\"/>");
        svg.AppendLine($"<text x=\"{Left}\" y=\"20\" font-size=\"14\">{WebUtility.HtmlEncode(run.Scenario)}: latency by percentile (ms)</text>");
        svg.AppendLine($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>");
        svg.AppendLine($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>");
        foreach (var (p, label) in new[] { (0.0, "0"), (90.0, "90"), (99.0, "99"), (99.9, "99.9"), (99.99, "99.99"), (99.999, "99.999") })
            svg.AppendLine($"<text x=\"{N(X(p))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{label}</text>");
        for (var i = 0; i <= 4; i++)
            svg.AppendLine($"<text x=\"{Left - 6}\" y=\"{N(Y(maxMs * i / 4) + 4)}\" text-anchor=\"end\">{ResultWriters.F(maxMs * i / 4)}</text>");
        svg.AppendLine($"<text x=\"{(Width + Left) / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">percentile</text>");
        for (var i = 0; i < lines.Count; i++)
        {
            var points = string.Join(' ', lines[i].Points.Select(p => $"{N(X(p.Percentile))},{N(Y(p.Ms))}"));
            svg.AppendLine($"<polyline fill=\"none\" stroke=\"{Colors[i % Colors.Length]}\" stroke-width=\"2\" points=\"{points}\"/>");
            svg.AppendLine($"<text x=\"{Left + 10}\" y=\"{Top + 14 + 16 * i}\" fill=\"{Colors[i % Colors.Length]}\">{WebUtility.HtmlEncode(lines[i].Label)}</text>");
        }
        for (var i = 0; i < timelines.Count; i++) LatencyTimeline.Append(svg, timelines[i], Height + i * LatencyTimeline.Height, Width);
        return svg.Append("</svg>\n").ToString();
    }
}
