import type { QuizQuestionKind, QuizQuestionRequest, QuizQuestionView } from '@live/shared/quiz/types';

/** The points the console offers in one click; anything else (0–10,000) is "custom". */
export const pointPresets = [0, 1000, 2000] as const;
export type PointsChoice = '0' | '1000' | '2000' | 'custom';

export const defaultTimeLimit = 20;
const blankOptions = () => ['', '', '', ''];

/** What the editor holds while the host types: text fields as typed, turned into a request only on save. */
export interface QuestionDraft {
  id: string | null;
  kind: QuizQuestionKind;
  text: string;
  /** single and multiple: the option texts, blanks allowed while typing. */
  options: string[];
  /** Indices into options (trueFalse: 0 true, 1 false). */
  correct: number[];
  /** typed: one accepted spelling a line. */
  accepted: string;
  timeLimit: string;
  points: PointsChoice;
  customPoints: string;
}

export function draftOf(q: QuizQuestionView | null): QuestionDraft {
  if (!q) {
    return { id: null, kind: 'single', text: '', options: blankOptions(), correct: [], accepted: '', timeLimit: String(defaultTimeLimit), points: '1000', customPoints: '' };
  }
  const preset = pointPresets.find(p => p === q.points);
  return {
    id: q.id, kind: q.kind, text: q.text,
    options: q.kind === 'single' || q.kind === 'multiple' ? [...q.options] : blankOptions(),
    correct: [...q.correct], accepted: q.accepted.join('\n'), timeLimit: String(q.timeLimitSeconds),
    points: preset === undefined ? 'custom' : (String(preset) as PointsChoice), customPoints: preset === undefined ? String(q.points) : '',
  };
}

/**
 * Switching kind keeps what still fits: options stay for single ↔ multiple, and single keeps at most one right
 * answer. True/false and typed start with no key, so the host has to pick it.
 */
export function withKind(d: QuestionDraft, kind: QuizQuestionKind): QuestionDraft {
  const choice = (k: QuizQuestionKind) => k === 'single' || k === 'multiple';
  const correct = choice(kind) && choice(d.kind) ? (kind === 'single' ? d.correct.slice(0, 1) : d.correct) : [];
  return { ...d, kind, correct };
}

/** Ticks an option as a right answer: single and true/false have exactly one, multiple any number. */
export function toggleCorrect(d: QuestionDraft, index: number): QuestionDraft {
  if (d.kind !== 'multiple') return { ...d, correct: [index] };
  const correct = d.correct.includes(index) ? d.correct.filter(i => i !== index) : [...d.correct, index].sort((a, b) => a - b);
  return { ...d, correct };
}

/** Removes an option, keeping the ticks on the ones that stay. */
export function removeOption(d: QuestionDraft, index: number): QuestionDraft {
  return {
    ...d, options: d.options.filter((_, i) => i !== index),
    correct: d.correct.filter(i => i !== index).map(i => (i > index ? i - 1 : i)),
  };
}

/**
 * The SaveQuizQuestion request. Blank option rows are dropped (the editor starts with four; a three-option question
 * leaves one empty) and the ticks follow their options. Everything else goes as typed: the server checks ranges
 * and keys and answers with a code the tab translates.
 */
export function requestOf(d: QuestionDraft): QuizQuestionRequest {
  const points = d.points === 'custom' ? Number(d.customPoints) : Number(d.points);
  const base = { id: d.id, kind: d.kind, text: d.text.trim(), timeLimitSeconds: Number(d.timeLimit), points: Number.isFinite(points) ? points : -1 };
  if (d.kind === 'typed') {
    return { ...base, options: null, correct: null, accepted: d.accepted.split('\n').map(s => s.trim()).filter(Boolean) };
  }
  if (d.kind === 'trueFalse') return { ...base, options: null, correct: [...d.correct], accepted: null };
  const kept = d.options.map((text, index) => ({ text: text.trim(), index })).filter(o => o.text !== '');
  const correct = kept.flatMap((o, at) => (d.correct.includes(o.index) ? [at] : []));
  return { ...base, options: kept.map(o => o.text), correct, accepted: null };
}
