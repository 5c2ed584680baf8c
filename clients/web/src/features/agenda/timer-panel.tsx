import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaView, SegmentView, TimerMode } from '@live/shared/agenda/types';
import { timerDisplay } from '@live/shared/agenda/timer-display';
import { useServerNow } from '@live/shared/agenda/use-server-clock';

export interface TimerPanelProps {
  agenda: AgendaView;
  segment: SegmentView;
  /** Runs a hub call; errors are shown by the tab. */
  run(call: () => Promise<unknown>): void;
  invokeTimer: {
    start(): Promise<unknown>; pause(): Promise<unknown>; adjust(seconds: number): Promise<unknown>; reset(): Promise<unknown>;
    settings(mode: TimerMode, wrapUpSeconds: number, redSeconds: number): Promise<unknown>;
  };
}

const modes: TimerMode[] = ['countdown', 'countUp', 'timeOfDay'];

/** The live segment's timer as the room sees it, with the host's controls. */
export function TimerPanel({ agenda, segment, run, invokeTimer }: TimerPanelProps) {
  const { t } = useTranslation();
  const now = useServerNow(agenda);
  const timer = segment.timer;
  const shown = timerDisplay(timer, now);
  const [wrapUp, setWrapUp] = useState(String(timer.wrapUpSeconds / 60));
  const [red, setRed] = useState(String(timer.redSeconds / 60));
  const saveSettings = (mode: TimerMode) =>
    run(() => invokeTimer.settings(mode, Math.round(Number(wrapUp) * 60), Math.round(Number(red) * 60)));

  return (
    <section className="card stack timer-panel" data-testid="timer-panel">
      <div className="timer-panel-head">
        <span className="label">{t('agenda.liveNow')}</span>
        <h3>{segment.title}</h3>
      </div>
      <div className={`console-timer phase-${shown.phase}`} data-testid="console-timer" data-phase={shown.phase}>{shown.text}</div>
      <p className="muted">{t(`agenda.phase.${shown.phase}`)}{shown.running ? '' : ` · ${t('agenda.paused')}`}</p>
      <div className="actions">
        {shown.running
          ? <button className="primary" data-testid="timer-pause" onClick={() => run(invokeTimer.pause)}>{t('agenda.pause')}</button>
          : <button className="primary" data-testid="timer-start" onClick={() => run(invokeTimer.start)}>{t('agenda.start')}</button>}
        <button data-testid="timer-plus" onClick={() => run(() => invokeTimer.adjust(60))}>{t('agenda.plusMinute')}</button>
        <button data-testid="timer-minus" onClick={() => run(() => invokeTimer.adjust(-60))}>{t('agenda.minusMinute')}</button>
        <button data-testid="timer-reset" onClick={() => run(invokeTimer.reset)}>{t('agenda.reset')}</button>
      </div>
      <div className="agenda-form-row">
        <label className="field">{t('agenda.mode')}
          <select value={timer.mode} data-testid="timer-mode" onChange={e => saveSettings(e.target.value as TimerMode)}>
            {modes.map(m => <option key={m} value={m}>{t(`agenda.modes.${m}`)}</option>)}
          </select>
        </label>
        <label className="field">{t('agenda.wrapUpAt')}
          <input type="number" min={0} step={0.5} value={wrapUp} onChange={e => setWrapUp(e.target.value)} data-testid="timer-wrapup" />
        </label>
        <label className="field">{t('agenda.redAt')}
          <input type="number" min={0} step={0.5} value={red} onChange={e => setRed(e.target.value)} data-testid="timer-red" />
        </label>
        <button className="secondary align-end" data-testid="timer-settings-save" onClick={() => saveSettings(timer.mode)}>{t('agenda.apply')}</button>
      </div>
    </section>
  );
}
