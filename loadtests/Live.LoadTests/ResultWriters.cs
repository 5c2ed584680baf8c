using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Live.LoadTests;

/// <summary>Writes a run as JSON (one object per file), an SVG chart beside it, and a Markdown table.</summary>
public static class ResultWriters
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void WriteJson(RunResult result, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, JsonSerializer.Serialize(result, Json));
        File.WriteAllText(Path.ChangeExtension(file, ".svg"), LatencyChart.Svg(result));
    }

    public static string Markdown(RunResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| scenario | target | attendees | s | sent | acked | counted | lost | dup | errors | ack p50 / p99 / p99.9 / max ms | screen p50 / p99 / p99.9 ms | peak RSS MB | B/conn | frames |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|");
        foreach (var row in new[] { r, r.Baseline }.OfType<RunResult>())
            sb.AppendLine($"| {row.Scenario} | {row.Target} | {row.Attendees} | {F(row.DurationSeconds)} | {row.Sent} | {row.Acked} | {row.Counted} | {row.Lost} | {row.Duplicated} | {row.Errors} | " +
                $"{F(row.AckMs.P50)} / {F(row.AckMs.P99)} / {F(row.AckMs.P999)} / {F(row.AckMs.Max)} | {F(row.ScreenMs.P50)} / {F(row.ScreenMs.P99)} / {F(row.ScreenMs.P999)} | " +
                $"{F(row.ServerPeakRssMb)} | {F(row.BytesPerConnection)} | {row.OutboundFrames?.ToString() ?? "–"} |");
        foreach (var row in new[] { r, r.Baseline }.OfType<RunResult>().Where(x => x.WorstSecondP99Ms is not null && x.Sweep is null))
            sb.AppendLine($"\n{row.Target}: worst second's ack p99 **{F(row.WorstSecondP99Ms)} ms**, longest wait **{F(row.MaxWaitMs)} ms**");
        if (r.ScreenFullCountAfterLastAckMs is { } full) sb.AppendLine($"\nscreen showed all {r.Acked} answers **{F(full)} ms** after the last ack");
        if (r.Sweep is not null) SweepTable(sb, r);
        if (r.Ratio is { } ratio) sb.AppendLine($"\nratio (Live ÷ baseline, {r.RatioOf}): **{F(ratio)}**");
        else if (r.RatioOf is not null) sb.AppendLine($"\nratio (Live ÷ baseline, {r.RatioOf}): – (the baseline has none)");
        if (r.StalledP99Ratio is { } stall && r.StalledAckMs is { } with)
            sb.AppendLine($"\nstalled client present: others' delivery p50 / p95 / p99 / max {F(with.P50)} / {F(with.P95)} / {F(with.P99)} / {F(with.Max)} ms; p99 with ÷ without = **{F(stall)}**");
        foreach (var note in r.Notes.Concat(r.Baseline?.Notes ?? [])) sb.AppendLine($"\n- {note}");
        return sb.ToString();
    }

    private static void SweepTable(StringBuilder sb, RunResult r)
    {
        sb.AppendLine($"\nSLO per rate: ack p99 ≤ {F(SloCapacity.P99Ms)} ms, no second's p99 > {F(SloCapacity.WorstSecondP99Ms)} ms, 0 lost / dup / errors\n");
        sb.AppendLine("| rate /s | target | ack p50 / p99 / p99.9 / max ms | worst second p99 ms | longest wait ms | acked /s | lost | dup | errors | meets SLO |");
        sb.AppendLine("|---:|---|---|---:|---:|---:|---:|---:|---:|---|");
        var points = new[] { r, r.Baseline }.OfType<RunResult>().SelectMany(x => x.Sweep ?? []).OrderBy(p => p.Rate).ThenBy(p => p.Target != "live");
        foreach (var p in points)
            sb.AppendLine($"| {F(p.Rate)} | {p.Target} | {F(p.AckMs.P50)} / {F(p.AckMs.P99)} / {F(p.AckMs.P999)} / {F(p.AckMs.Max)} | {F(p.WorstSecondP99Ms)} | {F(p.MaxWaitMs)} | " +
                $"{F(p.ThroughputPerSecond)} | {p.Lost} | {p.Duplicated} | {p.Errors} | {(p.MeetsSlo ? "yes" : "**no**")} |");
        sb.AppendLine($"\ncapacityAtSlo: {string.Join(", ", new[] { r, r.Baseline }.OfType<RunResult>().Select(x => $"{x.Target} **{F(x.CapacityAtSlo)}**/s"))}");
    }

    public static string F(double? v) => v switch
    {
        null => "–",
        >= 100 => v.Value.ToString("F0", CultureInfo.InvariantCulture),
        _ => v.Value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
