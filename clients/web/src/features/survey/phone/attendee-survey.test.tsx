import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import type { MySurveyView, SurveyAnswerRequest } from '@live/shared/survey/types';
import { surveyView } from '../test-data';
import { AttendeeSurvey, saveDelayMs, type AttendeeSurveyProps } from './attendee-survey';

beforeEach(() => { vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); });
afterEach(async () => { cleanup(); vi.useRealTimers(); await act(() => i18n.changeLanguage('en')); });

function renderSurvey(over: Partial<AttendeeSurveyProps> = {}) {
  const answer = vi.fn(async (r: SurveyAnswerRequest): Promise<MySurveyView> => ({ answers: r.answers.map(a => ({ optionIds: [], ...a })), submitted: r.submit }));
  const props: AttendeeSurveyProps = { survey: surveyView(), mine: null, answer, onSaved: vi.fn(), ...over };
  render(<AttendeeSurvey {...props} />);
  return props;
}
describe('AttendeeSurvey', () => {
  it('shows nothing while the survey is a draft', () => {
    renderSurvey({ survey: surveyView({ status: 'draft' }) });
    expect(screen.queryByTestId('phone-survey')).toBeNull();
  });

  it('saves progress a moment after the last tap, once, and only complete answers', async () => {
    const props = renderSurvey();
    fireEvent.change(screen.getByTestId('survey-question-s3').querySelector('textarea, input')!, { target: { value: 'More Q&A' } });
    expect(props.answer).not.toHaveBeenCalled();
    await act(async () => { vi.advanceTimersByTime(saveDelayMs + 10); });
    expect(props.answer).toHaveBeenCalledTimes(1);
    expect(props.answer).toHaveBeenCalledWith({ answers: [expect.objectContaining({ pollId: 's3', texts: ['More Q&A'] })], submit: false });
    expect(screen.getByTestId('survey-progress-saved')).toBeTruthy();
  });

  it('will not send with a required question unanswered, and marks it; a sent survey says thank you', async () => {
    const props = renderSurvey();
    await act(async () => { fireEvent.click(screen.getByTestId('survey-submit')); });
    expect(props.answer).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Answer every required question before sending.');
    expect(screen.getByTestId('survey-question-s1').className).toContain('missing');
    expect(screen.getByTestId('survey-question-s3').className).not.toContain('missing');
    cleanup();
    renderSurvey({ mine: { answers: [], submitted: true } });
    expect(screen.getByTestId('survey-thanks').textContent).toBe('Thank you! Your answers were received.');
  });

  it('resumes with the answers the server kept, and sends them all with the rest', async () => {
    const props = renderSurvey({ mine: { answers: [{ pollId: 's1', optionIds: [], ratings: [5, 4, 5] }, { pollId: 's2', optionIds: [], ratings: [9] }], submitted: false } });
    await act(async () => { fireEvent.click(screen.getByTestId('survey-submit')); });
    expect(props.answer).toHaveBeenCalledWith({ answers: [
      expect.objectContaining({ pollId: 's1', ratings: [5, 4, 5] }), expect.objectContaining({ pollId: 's2', ratings: [9] }),
    ], submit: true });
    expect(props.onSaved).toHaveBeenCalledWith(expect.objectContaining({ submitted: true }));
  });

  it('speaks Chinese', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    renderSurvey();
    expect(screen.getByTestId('survey-submit').textContent).toBe('提交回答');
    expect(screen.getByTestId('survey-question-s3').textContent).toContain('选答');
  });
});
