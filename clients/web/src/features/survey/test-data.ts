import type { SurveyView } from '@live/shared/survey/types';
import type { PollView } from '@live/shared/realtime/types';

const poll = (over: Partial<PollView>): PollView => ({
  id: 's1', kind: 'rating', question: 'Rate the event', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', variant: null, ...over,
});

/** The template's shape: three statements rated 1–5 (required), an NPS (required), a comment (optional). */
export const surveyView = (over: Partial<SurveyView> = {}): SurveyView => ({
  version: 3, status: 'open', title: 'How was the event?', started: 0, submitted: 0, results: [],
  questions: [
    { question: poll({ id: 's1', options: [{ id: 0, text: 'Content' }, { id: 1, text: 'Service' }, { id: 2, text: 'Takeaways' }], variant: 'stars5' }), required: true },
    { question: poll({ id: 's2', question: 'Would you recommend it?', options: [{ id: 0, text: 'Recommend' }], variant: 'nps' }), required: true },
    { question: poll({ id: 's3', kind: 'text', question: 'What should we improve?' }), required: false },
  ],
  ...over,
});
