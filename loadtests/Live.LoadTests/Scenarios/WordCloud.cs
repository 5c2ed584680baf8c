using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// word-cloud: N attendees give 1–3 words each and keep changing them, open loop at R submissions a second for D
/// seconds (entries a second ≈ 2 R). The words come from a skewed vocabulary of 80 that includes forms which must
/// count as one ("AI", "ai", "ＡＩ"), so every word stays in the top 100 and the final counts can be checked exactly
/// against each device's last acknowledged words. A screen records when each acknowledged submission showed: the first
/// Results frame newer than every frame it held at the acknowledgement (an upper bound, by up to one tick).
/// </summary>
public static class WordCloud
{
    private static readonly string[] Vocabulary = BuildVocabulary();

    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: word-cloud");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var pollId = (await host.InvokeAsync<SessionView>("CreatePoll",
            new WordDraft("One word for this year? 用一个词形容今年", "wordcloud", [], 3, true, false), cancel)).Polls[^1].Id;
        await host.InvokeAsync<SessionView>("OpenPoll", pollId, cancel);
        var screen = new FrameTimes(pollId);
        var screenConnection = await live.Target.ConnectAsync(session.ScreenKey, cancel, screen.Listen);

        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);

        var counters = new Counters { Phase = "giving words" };
        var last = new ConcurrentDictionary<Attendee, string[]>();
        var acks = new ConcurrentBag<(long Intended, long Acked, long ShownBefore)>();
        long entries = 0;
        var idle = Channel.CreateUnbounded<Attendee>();
        foreach (var d in devices) idle.Writer.TryWrite(d);
        var started = Stopwatch.GetTimestamp();
        await using (new ProgressLine(o.Scenario, counters))
            await OpenLoop.RunAsync((int)(o.Rate * o.DurationSeconds), o.Rate, async (_, intended) =>
            {
                var device = await idle.Reader.ReadAsync(cancel);
                var words = Pick();
                Interlocked.Increment(ref counters.Sent);
                try
                {
                    var ack = await device.Connection.InvokeAsync<VoteAck>("Vote", new WordsRequest(pollId, Guid.NewGuid().ToString("N"), words), cancel);
                    var now = Stopwatch.GetTimestamp();
                    if (ack.Texts is null || !ack.Texts.SequenceEqual(words.Select(Shown))) throw new InvalidOperationException("ack holds other words");
                    counters.Ack.RecordSince(intended);
                    acks.Add((intended, now, screen.NewestVersion));
                    last[device] = words;
                    Interlocked.Add(ref entries, words.Length);
                    Interlocked.Increment(ref counters.Acked);
                }
                catch (Exception ex) when (!cancel.IsCancellationRequested) { counters.Error(ex, "words"); }
                finally { idle.Writer.TryWrite(device); }
            }, cancel);
        var elapsed = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
        await screen.WaitForQuietAsync(TimeSpan.FromSeconds(2), cancel);
        var missing = screen.Record(acks, counters.Screen);

        var final = (await host.InvokeAsync<WordState>("GetState", cancel)).Results.Single(r => r.PollId == pollId);
        var expected = last.Values.SelectMany(w => w.Select(Key).Distinct()).GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());
        var counted = (final.Items ?? []).ToDictionary(i => i.Key, i => (long)i.Count);
        long lost = 0, duplicated = 0;
        foreach (var key in expected.Keys.Union(counted.Keys))
        {
            var (want, got) = (expected.GetValueOrDefault(key), counted.GetValueOrDefault(key));
            lost += Math.Max(0, want - got);
            duplicated += Math.Max(0, got - want);
        }
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), host, screenConnection]);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "live", Attendees = devices.Count, DurationSeconds = Math.Round(elapsed, 1),
            OfferedRate = o.Rate, ThroughputPerSecond = counters.Acked / Math.Max(elapsed, 1e-3),
            Sent = counters.Sent, Acked = expected.Values.Sum(), Counted = counted.Values.Sum(), Lost = lost, Duplicated = duplicated,
            Errors = counters.Errors + setup.Errors + missing, AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack,
            ScreenMs = counters.Screen.Summary(), ScreenHistogram = counters.Screen, ServerPeakRssMb = peak,
            OutboundFrames = screen.Frames, DistinctWords = expected.Count,
            Notes = [$"live: {counters.Acked} submissions acknowledged holding {entries} entries ({entries / Math.Max(elapsed, 1e-3):F0} entries/s); " +
                $"acked/counted are the words of each device's last submission, counted once per device",
                .. missing == 0 ? Array.Empty<string>() : [$"{missing} acknowledged submissions never reached the screen within the bound (counted as errors)"]],
        };
    }

    /// <summary>1–3 words, skewed so a few are popular (as at a real event), never the same key twice in one answer.</summary>
    private static string[] Pick()
    {
        var n = 1 + Random.Shared.Next(3);
        var picked = new List<string>(n);
        while (picked.Count < n)
        {
            var word = Vocabulary[(int)(Vocabulary.Length * Math.Pow(Random.Shared.NextDouble(), 2))];
            if (picked.All(p => Key(p) != Key(word))) picked.Add(word);
        }
        return [.. picked];
    }

    /// <summary>How Live keeps an entry (docs/API.md: NFKC, trimmed; "ＡＩ" is kept as "AI").</summary>
    private static string Shown(string word) => word.Normalize(System.Text.NormalizationForm.FormKC).Trim();

    /// <summary>The key Live's word cloud counts a word under (docs/API.md: NFKC, case-folded, trimmed).</summary>
    private static string Key(string word) => Shown(word).ToLowerInvariant();

    private static string[] BuildVocabulary()
    {
        string[] words = ["AI", "ai", "ＡＩ", "创新", "增长", "团队", "数字化转型", "客户", "Growth", "growth", "Team", "Cloud", "云",
            "合作", "共赢", "未来", "品质", "速度", "Trust", "信任", "出海", "Data", "数据", "效率", "服务", "渠道", "伙伴", "Focus"];
        return [.. words, .. Enumerable.Range(0, 80 - words.Length).Select(i => $"word{i:00}")];
    }

    /// <summary>When each newer Results frame of one poll arrived at the screen.</summary>
    private sealed class FrameTimes(string pollId)
    {
        private readonly List<(long Version, long At)> _frames = [];
        private long _newest = -1;
        public long Frames;

        public long NewestVersion => Interlocked.Read(ref _newest);

        public void Listen(HubConnection connection) => connection.On<ResultsTick>("Results", r =>
        {
            if (r.PollId != pollId) return;
            Interlocked.Increment(ref Frames);
            lock (_frames)
            {
                if (r.Version <= _newest) return;
                _frames.Add((r.Version, Stopwatch.GetTimestamp()));
                Interlocked.Exchange(ref _newest, r.Version);
            }
        });

        /// <summary>Waits until no newer frame has arrived for a while (bounded): the last submissions' frames are in.</summary>
        public async Task WaitForQuietAsync(TimeSpan quiet, CancellationToken cancel)
        {
            for (var i = 0; i < 20; i++)
            {
                var before = NewestVersion;
                await Task.Delay(quiet / 4, cancel);
                if (NewestVersion == before && i > 3) return;
            }
        }

        /// <summary>Records screen latency for each ack; returns how many never showed (no newer frame came after it).</summary>
        public long Record(IEnumerable<(long Intended, long Acked, long ShownBefore)> acks, Latency into)
        {
            (long Version, long At)[] frames;
            lock (_frames) frames = [.. _frames];
            long missing = 0;
            foreach (var (intended, acked, shownBefore) in acks)
            {
                var next = Array.FindIndex(frames, f => f.Version > shownBefore && f.At >= acked);
                if (next >= 0) into.RecordMicroseconds(Latency.Micros(frames[next].At - intended));
                // The last frame (the final tally) came before this ack and nothing changed after it: shown by then.
                else if (frames.Length > 0 && frames[^1].Version == shownBefore) into.RecordMicroseconds(Latency.Micros(acked - intended));
                else missing++;
            }
            return missing;
        }
    }
}
