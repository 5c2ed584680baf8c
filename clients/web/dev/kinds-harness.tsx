// Development harness for the poll kinds on phones and the console, without a server: `npm run dev` in clients/web, then
// open http://localhost:5173/dev/kinds.html?view=phone&poll=ranking&lang=zh-CN  (view=console: every demo poll's card
// and the create form). poll: multiple, stars, survey, nps, ranking, wordcloud (shared/src/poll-kinds/demo-polls.ts).
// Votes and hub calls are answered after 300 ms. clients/screen/scripts/kinds-screenshots.mjs builds this page and
// screenshots it. Not part of the app build: Vite builds index.html only.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from '../src/i18n';
import '../src/app/app.css';
import { demoIds, demoPoll, type DemoId } from '@live/shared/poll-kinds/demo-polls';
import type { SessionView, VoteAck, VoteRequest } from '@live/shared/realtime/types';
import { TopBar } from '../src/components/top-bar';
import { AttendeePoll } from '../src/features/attendee/attendee-poll';
import { ConsolePolls } from '../src/features/console/console-polls';
import { answerOf, type Answer } from '../src/realtime/ballots';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'zh-CN';
void i18n.changeLanguage(lang);
const id = (demoIds.includes(params.get('poll') as DemoId) ? params.get('poll') : 'ranking') as DemoId;
const later = <T,>(value: T) => new Promise<T>(resolve => setTimeout(() => resolve(value), 300));

function Phone() {
  const [demo] = useState(() => demoPoll(id, lang));
  const [ballot, setBallot] = useState<Answer | undefined>();
  const vote = (r: VoteRequest) => later<VoteAck>({
    pollId: r.pollId, opId: r.opId, optionIds: r.optionIds ?? [], ranking: r.ranking ?? null, ratings: r.ratings ?? null, texts: r.texts ?? null,
  });
  return (
    <div className="page phone">
      <TopBar title={lang.startsWith('zh') ? '2026 年度经销商大会' : 'Dealer Conference 2026'} status="live" />
      <main className="narrow stack">
        <AttendeePoll poll={{ ...demo.poll, showResultsToAttendees: params.get('results') === '1' }} ballot={ballot} results={demo.results}
          vote={vote} onAck={ack => setBallot(answerOf(ack))} />
      </main>
    </div>
  );
}

function Console() {
  const [demos] = useState(() => demoIds.map(d => demoPoll(d, lang)));
  const session: SessionView = {
    code: '482913', title: 'Dealer Conference 2026', version: 1, language: null, screen: { view: 'poll', pollId: 'wordcloud' }, polls: demos.map(d => d.poll),
  };
  const results = Object.fromEntries(demos.map(d => [d.poll.id, d.results]));
  const invoke = <T,>() => later(undefined as T);
  return (
    <div className="page">
      <ConsolePolls code={session.code} hostKey="demo" snapshot={{ session, results }} connected={240} invoke={invoke} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode>{params.get('view') === 'console' ? <Console /> : <Phone />}</StrictMode>);
