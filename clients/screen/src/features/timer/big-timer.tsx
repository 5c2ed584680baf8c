import { useTranslation } from 'react-i18next';
import type { AgendaView, SegmentView } from '@live/shared/agenda/types';
import { timerDisplay } from '@live/shared/agenda/timer-display';
import { useServerNow } from '@live/shared/agenda/use-server-clock';

export interface BigTimerProps {
  agenda: AgendaView;
  segment: SegmentView;
  /** corner: on the main screen; full: the speaker monitor. */
  size: 'corner' | 'full';
}

/**
 * The speaker timer computed from the pushed state and this screen's clock offset, so every screen shows the same
 * second. The phase is its key: a new phase remounts the digits, which replays the short flash.
 */
export function BigTimer({ agenda, segment, size }: BigTimerProps) {
  const { t } = useTranslation();
  const shown = timerDisplay(segment.timer, useServerNow(agenda));
  return (
    <div className={`big-timer big-timer-${size} phase-${shown.phase}`} data-testid={`timer-${size}`} data-phase={shown.phase}
      data-running={shown.running} role="timer" aria-label={t(`timer.phase.${shown.phase}`)}>
      <span key={shown.phase} className="big-timer-digits" data-testid={`timer-${size}-digits`}>{shown.text}</span>
      {size === 'full' && <span className="big-timer-phase">{t(`timer.phase.${shown.phase}`)}{shown.running ? '' : ` · ${t('timer.paused')}`}</span>}
    </div>
  );
}
