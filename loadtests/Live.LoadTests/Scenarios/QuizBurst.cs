using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// quiz-burst (issue 17): N players join; the host shows a single-choice quiz question (no read time) and every
/// player answers once, the answers due evenly over W seconds (open loop). The host closes it and reveals: each phone
/// should get its own standing (one small <c>myQuiz</c> message, never the board). Reports answer ack latency, and
/// revealToRankMs (the host's reveal call to each phone's standing, p50…max over all players); checks every score
/// against a recomputation from the acknowledged answers with the documented formula, and lost / duplicated answers
/// against the server's answered count.
/// </summary>
public static class QuizBurst
{
    private const int Points = 1000, TimeLimitSeconds = 20, Options = 4, RightOption = 2;

    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: quiz-burst");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);

        // Each phone's first standing after the reveal, by arrival time.
        var standings = new ConcurrentDictionary<string, (MyQuizView Mine, long At)>();
        var setup = new Counters { Phase = "joining" };
        List<Attendee> players;
        await using (new ProgressLine(o.Scenario, setup))
            players = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);
        foreach (var p in players)
            p.Connection.On<MyQuizView>("MyQuiz", mine => standings.TryAdd(p.DeviceId, (mine, Stopwatch.GetTimestamp())));

        await host.InvokeAsync<QuizView>("SaveQuizQuestion", new QuizQuestionRequest(null, "single", "Which year was the company founded? 公司哪一年成立？",
            ["1996", "1998", "2001", "2004"], [RightOption], null, TimeLimitSeconds, Points), cancel);
        await host.InvokeAsync<QuizView>("SetQuizSettings", new QuizSettingsRequest(true, 0, 0, "betweenQuestions", "none"), cancel);
        var question = (await host.InvokeAsync<QuizView>("ShowQuizQuestion", 1, cancel)).Current!;

        var counters = new Counters { Phase = "answering" };
        var acked = new ConcurrentDictionary<string, QuizAnswerAck>();
        var rate = players.Count / Math.Max(o.WithinSeconds, 1e-3);
        var started = Stopwatch.GetTimestamp();
        await using (new ProgressLine(o.Scenario, counters))
            await OpenLoop.RunAsync(players.Count, rate, async (i, intended) =>
            {
                var player = players[i];
                var option = Random.Shared.Next(Options);
                Interlocked.Increment(ref counters.Sent);
                try
                {
                    var ack = await player.Connection.InvokeAsync<QuizAnswerAck>("AnswerQuiz",
                        new QuizAnswerRequest(question.Id, [option], null, null, Guid.NewGuid().ToString("N")), cancel);
                    if (ack.Options.Length != 1 || ack.Options[0] != option) throw new InvalidOperationException("ack holds another answer");
                    counters.Ack.RecordSince(intended);
                    acked[player.DeviceId] = ack;
                    Interlocked.Increment(ref counters.Acked);
                }
                catch (Exception ex) when (!cancel.IsCancellationRequested) { counters.Error(ex, "answer"); }
            }, cancel);
        var elapsed = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;

        var closed = await host.InvokeAsync<QuizView>("CloseQuizQuestion", cancel);
        var revealAt = Stopwatch.GetTimestamp();
        await host.InvokeAsync<QuizView>("RevealQuizAnswer", cancel);
        var deadline = DateTime.UtcNow.AddSeconds(15); // a bound, not a goal
        while (standings.Count < acked.Count && DateTime.UtcNow < deadline) await Task.Delay(50, cancel);

        var revealToRank = new Latency();
        long wrongScores = 0, missingStandings = 0;
        foreach (var (device, ack) in acked)
        {
            if (!standings.TryGetValue(device, out var s)) { missingStandings++; continue; }
            revealToRank.RecordMicroseconds(Latency.Micros(s.At - revealAt));
            if (s.Mine.Score != Expected(ack) || s.Mine.LastCorrect != (ack.Options[0] == RightOption)) wrongScores++;
        }
        var ranks = standings.Values.Select(s => s.Mine.Rank).Order().ToList();
        var ranksExact = ranks.SequenceEqual(Enumerable.Range(1, ranks.Count));
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync([.. players.Select(p => p.Connection), host]);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "live", Attendees = players.Count, DurationSeconds = Math.Round(elapsed, 2),
            OfferedRate = rate, ThroughputPerSecond = counters.Acked / Math.Max(elapsed, 1e-3),
            Sent = counters.Sent, Acked = acked.Count, Counted = closed.Answered,
            Lost = Math.Max(0, acked.Count - closed.Answered), Duplicated = Math.Max(0, closed.Answered - acked.Count),
            Errors = counters.Errors + setup.Errors + missingStandings + wrongScores + (ranksExact ? 0 : 1),
            AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack, ScreenMs = revealToRank.Summary(), ScreenHistogram = revealToRank,
            RevealToRankMs = revealToRank.Summary(), ServerPeakRssMb = peak,
            Notes = [$"{players.Count} players answered once each, due evenly over {o.WithinSeconds:0.#} s; join: {setup.Errors} failures",
                $"scores recomputed from each acknowledged answer: {acked.Count - wrongScores - missingStandings} exact, {wrongScores} wrong, {missingStandings} phones got no standing within 15 s",
                ranksExact ? "ranks 1…N each once" : "ranks are not 1…N each once"],
        };
    }

    /// <summary>docs/API.md: round(points × (1 − (t / T) / 2)) for a right answer, full points under 0.5 s; no streak on the first question.</summary>
    private static int Expected(QuizAnswerAck ack)
    {
        if (ack.Options[0] != RightOption) return 0;
        var t = Math.Clamp(ack.ElapsedMs, 0, TimeLimitSeconds * 1000L);
        var speed = t < 500 ? 1 : 1 - t / (TimeLimitSeconds * 1000.0) / 2;
        return (int)Math.Round(Points * speed, MidpointRounding.AwayFromZero);
    }
}
