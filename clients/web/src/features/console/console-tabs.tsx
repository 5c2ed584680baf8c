import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { SessionView } from '@live/shared/realtime/types';
import type { QuizView } from '@live/shared/quiz/types';
import { useQuizTakeover } from '@live/shared/quiz/quiz-takeover';
import { ErrorText } from '../../components/error-text';
import './console.css';

export type ConsoleTab = 'polls' | 'qna' | 'checkin' | 'draw' | 'groups' | 'quiz' | 'survey' | 'agenda' | 'links';

export interface ConsoleTabsProps {
  tab: ConsoleTab;
  onTab(tab: ConsoleTab): void;
  /** The tabs this credential may use (see consoleTabsFor); all of them when not given. */
  tabs?: ConsoleTab[];
  /** Whether this console may change what the big screen shows (the host; a moderator may not). */
  canSetScreen?: boolean;
  session: SessionView | null;
  /** The quiz: while it runs it takes the big screen over (the screen's own rule), and the badge says so. */
  quiz?: QuizView | null;
  /** Questions and 弹幕 waiting for a moderator: shown on the Q&A tab so the host sees them from the polls tab too. */
  waiting: number;
  invoke: Invoke;
}

type TabScreenView = 'qna' | 'checkin' | 'draw' | 'groups';
/**
 * The views the tabs' screen button toggles: check-in offers the check-in wall, draw the draw, tables the table list,
 * links and agenda nothing (the agenda has its own timer switch), nor the quiz (the screen shows a running quiz by
 * itself) or the survey (its answers never go on screen), the others Q&A.
 */
const screenViewFor = (tab: ConsoleTab): TabScreenView | null =>
  (tab === 'links' || tab === 'agenda' || tab === 'quiz' || tab === 'survey' ? null : tab === 'checkin' || tab === 'draw' || tab === 'groups' ? tab : 'qna');
const allTabs: ConsoleTab[] = ['polls', 'qna', 'checkin', 'draw', 'groups', 'quiz', 'survey', 'agenda', 'links'];
const showLabel: Record<TabScreenView, string> = { qna: 'moderation.showOnScreen', checkin: 'checkin.showOnScreen', draw: 'draw.showOnScreen', groups: 'groups.showOnScreen' };

/**
 * Polls / Q&A / Check-in / Draw / Tables switch, the button that puts this tab's view on the big screen, and one place, the
 * same on every tab, that says what the screen shows now with "Take off screen" (back to the join screen) for the host.
 */
export function ConsoleTabs({ tab, onTab, tabs = allTabs, canSetScreen = true, session, quiz = null, waiting, invoke }: ConsoleTabsProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const quizOnScreen = useQuizTakeover(quiz, session);
  const screen = session?.screen;
  const pollOnScreen = screen?.view === 'poll' ? session?.polls.find(p => p.id === screen.pollId) : undefined;
  const view = canSetScreen ? screenViewFor(tab) : null;
  const shownView = quizOnScreen ? 'quiz' : screen?.view;
  const onScreenNow = !screen ? '' : t('moderation.onScreenNow', {
    what: quizOnScreen ? t('moderation.screenView.quiz') : pollOnScreen ? pollOnScreen.question : t(`moderation.screenView.${screen.view}`),
  });
  // During the questions the quiz keeps the screen whatever is picked; after the podium, picking anything ends it.
  const canTakeOff = canSetScreen && !!screen && screen.view !== 'join' && (!quizOnScreen || quiz?.phase === 'finished');
  const setScreen = (next: 'join' | TabScreenView) => {
    setError(null);
    invoke('SetScreen', { view: next }).catch(e => setError(errorCode(e)));
  };

  return (
    <nav className="console-tabs">
      <div className="tabs" role="tablist">
        {tabs.map(id => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab selected' : 'tab'}
            data-testid={`console-${id}-tab`} onClick={() => onTab(id)}>
            {t(`tabs.${id}`)}
            {id === 'qna' && waiting > 0 && <span className="count-badge waiting-badge" data-testid="qna-waiting">{waiting}</span>}
          </button>
        ))}
      </div>
      <div className="screen-area">
        {view && screen?.view !== view && (
          <button className="secondary" data-testid={`show-${view}-on-screen`} onClick={() => setScreen(view)}>{t(showLabel[view])}</button>
        )}
        {screen && (
          <div className="screen-now" data-testid="screen-now-bar">
            <span className="badge badge-screen" data-testid="screen-now" data-view={shownView} title={onScreenNow}>{onScreenNow}</span>
            {canTakeOff && (
              <button data-testid="take-off-screen" onClick={() => setScreen('join')}>{t('console.hideFromScreen')}</button>
            )}
          </div>
        )}
      </div>
      <ErrorText code={error} />
    </nav>
  );
}
