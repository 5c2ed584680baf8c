// Development harness for the poll kinds on the big screen, without a server: `npm run dev` in clients/screen, then open
// http://localhost:5174/screen/dev/kinds.html?poll=wordcloud&lang=zh-CN&live=1
// poll: multiple, stars, survey (1–10 over three statements), nps, ranking, wordcloud, and the fullest with long labels,
// statements10 (NPS over ten statements) and ranking10 (shared/src/poll-kinds/demo-polls.ts).
// live=1 adds answers every 1.5 s (words grow, ranks change); status=closed shows final results.
// scripts/kinds-screenshots.mjs builds this page and screenshots it. Not part of the app build: Vite builds index.html only.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from '../src/i18n';
import '../src/app/app.css';
import { demoIds, demoPoll, worstIds, type DemoId } from '@live/shared/poll-kinds/demo-polls';
import type { PollResults } from '@live/shared/realtime/types';
import { PollResultsView } from '../src/features/poll-results/poll-results-view';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'zh-CN';
void i18n.changeLanguage(lang);
const id = ([...demoIds, ...worstIds].includes(params.get('poll') as DemoId) ? params.get('poll') : 'wordcloud') as DemoId;
const status = params.get('status') === 'closed' ? 'closed' : 'open';

/** One more round of answers: a few items gain a little, so the view has something to animate. */
function grow(results: PollResults, round: number): PollResults {
  if (!results.items) return { ...results, version: results.version + 1, voters: results.voters + 3, counts: results.counts.map((c, i) => c + ((i + round) % 3)) };
  const items = results.items.map((it, i) => ((i * 7 + round) % 5 === 0
    ? { ...it, count: it.count + 3 + (i % 4), value: it.value === null ? null : Math.max(1, it.value + ((round + i) % 2 ? 0.15 : -0.1)) }
    : it));
  return { ...results, version: results.version + 1, voters: results.voters + 3, items: [...items].sort((a, b) => (a.distribution ? 0 : b.count - a.count)) };
}

function Harness() {
  const [demo] = useState(() => demoPoll(id, lang));
  const [results, setResults] = useState(demo.results);
  useEffect(() => {
    if (params.get('live') !== '1') return;
    let round = 0;
    const timer = setInterval(() => setResults(r => grow(r, ++round)), 1500);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="screen" data-harness-ready="true">
      <PollResultsView poll={{ ...demo.poll, status }} results={{ ...results, status }} code="482913" joinUrl="http://192.168.1.20:5080/j/482913" />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Harness /></StrictMode>);
