import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { AgendaView, SegmentRequest, SegmentView } from '@live/shared/agenda/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { newOpId } from '@live/shared/realtime/op-id';
import { useConfirmedSetting } from '@live/shared/hooks/use-confirmed-setting';
import { ErrorText } from '../../components/error-text';
import { SegmentForm } from './segment-form';
import { TimerPanel } from './timer-panel';
import './agenda.css';

export interface ConsoleAgendaProps {
  /** The pushed agenda (snapshot.agenda). */
  agenda: AgendaView | null;
  invoke: Invoke;
}

/** Newer version wins; the answer to this console's own call shows at once, pushes catch up. */
const newer = (a: AgendaView | null, b: AgendaView | null) => (!a ? b : !b ? a : b.version > a.version ? b : a);

/**
 * The console's agenda tab: the run of show with Go live, the segment form, the live segment's timer and the
 * switch that puts the timer in a corner of the big screen. The speaker monitor is the screen link plus /speaker.
 */
export function ConsoleAgenda({ agenda: pushed, invoke }: ConsoleAgendaProps) {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState<AgendaView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<SegmentView | null>(null);
  const [speakerUrl, setSpeakerUrl] = useState<string | null>(null);
  const agenda = newer(pushed, answered);

  useEffect(() => {
    // The speaker monitor is the big screen's link with /speaker: the same screen key opens both.
    invoke('GetAccessLinks').then(links => setSpeakerUrl(links.screenUrl.replace(/(\/screen\/\d{6})/, '$1/speaker'))).catch(() => {});
  }, [invoke]);

  const call = (c: () => Promise<AgendaView>) => {
    setError(null);
    return c().then(setAnswered, e => { setError(errorCode(e)); throw e; });
  };
  const run = (c: () => Promise<unknown>) => { call(c as () => Promise<AgendaView>).catch(() => {}); };
  // The corner-timer switch shows the choice at once and is busy until the server answers; the answer itself is kept
  // by call, as every agenda answer is.
  const timerOnScreen = useConfirmedSetting(agenda && { value: agenda.timerOnScreen, version: agenda.version },
    (on: boolean) => call(() => invoke('ShowTimerOnScreen', on)).then(() => null, () => null));
  const save = (request: SegmentRequest) => call(() => invoke('SaveSegment', request)).then(() => setEditing(null));
  const segments = agenda?.segments ?? [];
  const live = segments.find(s => s.id === agenda?.liveSegmentId) ?? null;
  const move = (index: number, by: number) => {
    const ids = segments.map(s => s.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    run(() => invoke('ReorderSegments', ids));
  };

  return (
    <div className="console agenda-console" data-testid="console-agenda">
      <div className="stack">
        <SegmentForm key={editing?.id ?? 'new'} editing={editing} onSave={r => save(r).catch(() => {})} onCancel={() => setEditing(null)} />
        <ErrorText code={error} />
      </div>
      <div className="stack">
        {agenda && live && (
          <TimerPanel key={live.id} agenda={agenda} segment={live} run={run} invokeTimer={{
            start: () => invoke('StartTimer', live.id), pause: () => invoke('PauseTimer', live.id),
            adjust: s => invoke('AdjustTimer', { segmentId: live.id, seconds: s, opId: newOpId() }), reset: () => invoke('ResetTimer', live.id),
            settings: (mode, wrapUpSeconds, redSeconds) => invoke('SetTimerSettings', { segmentId: live.id, mode, wrapUpSeconds, redSeconds }),
          }} />
        )}
        <div className="card agenda-screen-row">
          <label className="check">
            <input type="checkbox" checked={timerOnScreen.shown ?? false} data-testid="timer-on-screen"
              disabled={!agenda || timerOnScreen.busy} aria-busy={timerOnScreen.busy} onChange={e => void timerOnScreen.change(e.target.checked)} />
            {t('agenda.showOnScreen')}
          </label>
          <span className="grow" />
          {speakerUrl && <a className="subtle-link" href={speakerUrl} target="_blank" rel="noreferrer" data-testid="speaker-link">{t('agenda.openSpeakerMonitor')}</a>}
        </div>
        <section className="card stack">
          <h3>{t('agenda.heading', { count: segments.length })}</h3>
          {segments.length === 0 && <p className="muted">{t('agenda.empty')}</p>}
          <ol className="agenda-list" data-testid="agenda-list">
            {segments.map((s, i) => (
              <li key={s.id} className={s.id === live?.id ? 'agenda-row live' : 'agenda-row'} data-testid="agenda-row" data-id={s.id}>
                <span className="agenda-time">{s.plannedStart ?? '—'}</span>
                <div className="agenda-what">
                  <strong>{s.title}</strong>
                  <span className="muted">{[s.speaker, t('agenda.minutes', { count: s.durationMinutes })].filter(Boolean).join(' · ')}</span>
                  {s.overlaps && <span className="badge badge-warn" data-testid="overlap">{t('agenda.overlaps')}</span>}
                </div>
                <div className="actions">
                  {s.id === live?.id
                    ? <span className="badge badge-open">{t('agenda.live')}</span>
                    : <button className="secondary" data-testid="go-live" onClick={() => run(() => invoke('GoLive', s.id))}>{t('agenda.goLive')}</button>}
                  <button className="ghost" aria-label={t('agenda.moveUp')} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
                  <button className="ghost" aria-label={t('agenda.moveDown')} disabled={i === segments.length - 1} onClick={() => move(i, 1)}>↓</button>
                  <button className="ghost" onClick={() => setEditing(s)}>{t('agenda.edit')}</button>
                  <button className="ghost" data-testid="delete-segment" onClick={() => run(() => invoke('DeleteSegment', s.id))}>{t('agenda.delete')}</button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
