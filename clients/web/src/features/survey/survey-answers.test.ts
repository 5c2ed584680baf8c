import { describe, expect, it } from 'vitest';
import { emptyAnswer } from '../../realtime/ballots';
import { answersFrom, missingRequired, toSurveyAnswers } from './survey-answers';
import { surveyView } from './test-data';

const { questions } = surveyView();

describe('survey answers on a phone', () => {
  it('sends only complete answers, as each question kind votes them', () => {
    const answers = {
      s1: { ...emptyAnswer, ratings: [5, null, 4] }, // one statement not rated yet: waits
      s2: { ...emptyAnswer, ratings: [9] },
      s3: { ...emptyAnswer, texts: ['More Q&A 多留问答时间'] },
    };
    expect(toSurveyAnswers(questions, answers)).toEqual([
      { pollId: 's2', ratings: [9] },
      { pollId: 's3', texts: ['More Q&A 多留问答时间'] },
    ].map(a => expect.objectContaining(a)));
    expect(missingRequired(questions, answers)).toEqual(['s1']);
    expect(missingRequired(questions, { ...answers, s1: { ...emptyAnswer, ratings: [5, 5, 4] } })).toEqual([]);
  });

  it('starts from what the server holds of this person', () => {
    const held = answersFrom({ answers: [{ pollId: 's1', optionIds: [], ratings: [3, 4, 5] }], submitted: false });
    expect(held.s1!.ratings).toEqual([3, 4, 5]);
    expect(answersFrom(null)).toEqual({});
  });
});
