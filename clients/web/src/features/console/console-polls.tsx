import { useTranslation } from 'react-i18next';
import type { Snapshot } from '@live/shared/realtime/reducer';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { CreatePollForm } from './create-poll-form';
import { PollCard } from './poll-card';
import { PollsExport } from './polls-export';

export interface ConsolePollsProps {
  snapshot: Pick<Snapshot, 'session' | 'results'>;
  /** Attendees connected now, for the participation rate. */
  connected: number;
  invoke: Invoke;
  code: string;
  /** The host key, for the CSV downloads. */
  hostKey: string;
}

/** The console's polls tab (host only): the new-poll form, and every poll with its controls and live results. */
export function ConsolePolls({ snapshot, connected, invoke, code, hostKey }: ConsolePollsProps) {
  const { t } = useTranslation();
  const { session, results } = snapshot;
  return (
    <main className="console">
      <aside className="stack">
        <CreatePollForm onCreate={draft => invoke('CreatePoll', draft)} />
        <PollsExport code={code} hostKey={hostKey} />
      </aside>
      <section className="poll-list">
        <h2>{t('console.polls')}</h2>
        {session && session.polls.length === 0 && <p className="muted">{t('console.noPolls')}</p>}
        {session?.polls.map(poll => (
          <PollCard key={poll.id} poll={poll} version={session.version} results={results[poll.id]}
            onScreen={session.screen.view === 'poll' && session.screen.pollId === poll.id}
            connected={connected} invoke={invoke} code={code} hostKey={hostKey} order={session.polls.map(p => p.id)} />
        ))}
      </section>
    </main>
  );
}
