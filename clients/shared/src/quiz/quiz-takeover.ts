import { useEffect, useState } from 'react';
import type { QuizPhase, QuizView } from './types';
import type { SessionView } from '../realtime/types';

/** How long the podium stays on the wall after this screen saw the quiz finish. */
export const podiumMs = 3 * 60_000;

/** What the screen noted when the quiz finished: the host's screen choice then, and whether the podium's time is up. */
export interface FinishSeen { screen: string; expired: boolean }

const screenChoice = (session: SessionView | null) => (session ? `${session.screen.view ?? ''}:${session.screen.pollId ?? ''}` : '');

/**
 * Whether the quiz takes the big screen over whatever the host picked (SetScreen has no quiz view): from the first
 * question to the podium. The podium then stays for podiumMs, or until the host puts something else on screen.
 * The lobby never shows: writing questions must not disturb the room.
 */
export function quizTakesScreen(phase: QuizPhase | undefined, finish: FinishSeen | null, screen: string): boolean {
  if (!phase || phase === 'lobby') return false;
  if (phase !== 'finished') return true;
  return !finish || (!finish.expired && finish.screen === screen);
}

/** quizTakesScreen for the live quiz and session, with the podium's clock (this screen's: started when it saw the finish). */
export function useQuizTakeover(quiz: QuizView | null, session: SessionView | null): boolean {
  const screen = screenChoice(session);
  const finished = quiz?.phase === 'finished';
  const [finish, setFinish] = useState<FinishSeen | null>(null);
  // Noted while rendering, the first time the finish is seen (React's "state from the previous render" pattern).
  if (finished && !finish) setFinish({ screen, expired: false });
  if (!finished && finish) setFinish(null);
  useEffect(() => {
    if (!finish || finish.expired) return;
    const timer = setTimeout(() => setFinish(f => f && { ...f, expired: true }), podiumMs);
    return () => clearTimeout(timer);
  }, [finish]);
  return quizTakesScreen(quiz?.phase, finish, screen);
}
