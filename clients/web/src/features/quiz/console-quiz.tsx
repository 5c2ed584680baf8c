import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { QuizQuestionRequest, QuizQuestionView, QuizView } from '@live/shared/quiz/types';
import { ErrorText } from '../../components/error-text';
import type { QuizStep } from './next-step';
import { QuestionEditor } from './question-editor';
import { QuestionList } from './question-list';
import { QuizExport } from './quiz-export';
import { QuizSettingsForm } from './quiz-settings-form';
import { RunPanel } from './run-panel';
import '../agenda/agenda.css';
import './quiz.css';

export interface ConsoleQuizProps {
  /** The pushed quiz (snapshot.quiz), the host's view with the keys. */
  quiz: QuizView | null;
  /** Attendees connected now. */
  connected: number;
  invoke: Invoke;
  /** The session and host key the exports are fetched with (absent: no export buttons). */
  code?: string;
  hostKey?: string;
}

/** Newer version wins: this console's own answer shows at once, pushes catch up. */
const newer = (a: QuizView | null, b: QuizView | null) => (!a ? b : !b ? a : b.version > a.version ? b : a);

/**
 * The console's quiz tab: the question editor, the settings and the list on the left; the run on the right. There is
 * no "show on screen" here: the big screen shows the quiz by itself from the first question to the podium.
 */
export function ConsoleQuiz({ quiz: pushed, connected, invoke, code, hostKey }: ConsoleQuizProps) {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState<QuizView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<QuizQuestionView | null>(null);
  const quiz = newer(pushed, answered);

  const call = (c: () => Promise<QuizView>) => {
    setError(null);
    return c().then(setAnswered, e => { setError(errorCode(e)); throw e; });
  };
  const run = (c: () => Promise<QuizView>) => { call(c).catch(() => {}); };
  const save = (request: QuizQuestionRequest) => call(() => invoke('SaveQuizQuestion', request)).then(() => setEditing(null));
  const step = (s: QuizStep) => {
    if (s.action === 'start' || s.action === 'next') run(() => invoke('ShowQuizQuestion', s.number));
    else if (s.action === 'close') run(() => invoke('CloseQuizQuestion'));
    else if (s.action === 'reveal') run(() => invoke('RevealQuizAnswer'));
    else if (s.action === 'leaderboard') run(() => invoke('ShowQuizLeaderboard'));
    else if (s.action === 'finish') run(() => invoke('FinishQuiz'));
  };
  const lobby = !quiz || quiz.phase === 'lobby';
  const settingsOpen = lobby || quiz.phase === 'finished';

  return (
    <div className="console quiz-console" data-testid="console-quiz">
      <div className="stack">
        <QuestionEditor key={editing?.id ?? 'new'} editing={editing} disabled={!lobby} onSave={save} onCancel={() => setEditing(null)} />
        <ErrorText code={error} />
        {quiz && <QuizSettingsForm key={quiz.settings ? JSON.stringify(quiz.settings) : 'none'} settings={quiz.settings} disabled={!settingsOpen}
          onSave={settings => run(() => invoke('SetQuizSettings', settings))} />}
      </div>
      <div className="stack">
        {quiz ? <RunPanel quiz={quiz} connected={connected} onStep={step} onReset={() => run(() => invoke('ResetQuiz'))} />
          : <p className="muted">{t('quiz.loading')}</p>}
        <QuestionList questions={quiz?.questions ?? []} current={lobby ? 0 : quiz.current?.number ?? 0} editable={lobby}
          onEdit={setEditing} onDelete={q => run(() => invoke('DeleteQuizQuestion', q.id))} />
        {code && hostKey && <QuizExport code={code} hostKey={hostKey} />}
      </div>
    </div>
  );
}
