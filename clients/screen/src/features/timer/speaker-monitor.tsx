import { useTranslation } from 'react-i18next';
import type { AgendaView } from '@live/shared/agenda/types';
import { liveAndNext } from '@live/shared/agenda/timer-display';
import { BigTimer } from './big-timer';

/**
 * The speaker monitor (/screen/{code}/speaker): the timer full-size, what is on stage, what is next and the speaker's
 * notes. It is a screen connection; the notes reach screens, never phones.
 */
export function SpeakerMonitor({ agenda }: { agenda: AgendaView | null }) {
  const { t } = useTranslation();
  const { live, next } = liveAndNext(agenda);
  if (!agenda || !live) return <main className="speaker-monitor speaker-idle" data-testid="speaker-monitor"><p>{t('timer.nothingLive')}</p></main>;
  return (
    <main className="speaker-monitor" data-testid="speaker-monitor">
      <header className="speaker-head">
        <h1 className="speaker-title" data-testid="speaker-title">{live.title}</h1>
        {live.speaker && <p className="speaker-name">{live.speaker}</p>}
      </header>
      <BigTimer agenda={agenda} segment={live} size="full" />
      <footer className="speaker-foot">
        <section className="speaker-next">
          <h2>{t('timer.upNext')}</h2>
          <p data-testid="speaker-next">{next ? [next.title, next.speaker].filter(Boolean).join(' · ') : t('timer.nothingNext')}</p>
        </section>
        <section className="speaker-notes">
          <h2>{t('timer.notes')}</h2>
          <p data-testid="speaker-notes">{live.notes ?? t('timer.noNotes')}</p>
        </section>
      </footer>
    </main>
  );
}
