import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import type { SurveyRequest, SurveyView } from '@live/shared/survey/types';
import { ConsoleSurvey } from './console-survey';
import { surveyView } from './test-data';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

const empty = surveyView({ status: 'draft', title: '', questions: [], version: 1 });

describe('ConsoleSurvey', () => {
  it('starts from the template in the console language and saves it as three poll-shaped questions', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    const invoke = fakeInvoke({ SaveSurvey: (r: SurveyRequest) => ({ ...empty, version: 2, title: r.title }) });
    render(<ConsoleSurvey survey={empty} connected={10} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('survey-template'));
    expect((screen.getByTestId('survey-title') as HTMLInputElement).value).toBe('本次活动您满意吗？');
    expect(screen.getByTestId('survey-draft-2').textContent).toContain('回答只有您能看到'); // no talk of the big screen's wall
    await act(async () => { fireEvent.click(screen.getByTestId('survey-save')); });
    const request = (invoke.mock.calls.find(c => c[0] === 'SaveSurvey')![1]) as SurveyRequest;
    expect(request.questions.map(q => [q.question.kind, q.question.variant, q.required])).toEqual([['rating', 'stars5', true], ['rating', 'nps', true], ['text', null, false]]);
    expect(request.questions[0]!.question.options).toEqual(['内容', '服务', '收获']);
  });

  it('says what is wrong before calling, and cannot open a survey without questions', async () => {
    const invoke = fakeInvoke({});
    render(<ConsoleSurvey survey={empty} connected={0} invoke={invoke} />);
    await act(async () => { fireEvent.click(screen.getByTestId('survey-save')); });
    expect(screen.getByRole('alert').getAttribute('data-code')).toBe('title_required');
    expect((screen.getByTestId('survey-open') as HTMLButtonElement).disabled).toBe(true);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('shows the response rate and each question\'s live results, and locks the form once people answered', () => {
    const live: SurveyView = surveyView({
      started: 6, submitted: 5,
      results: [{ pollId: 's1', version: 3, status: 'open', counts: [], voters: 6, items: [{ key: '0', text: 'Content', count: 6, value: 4.5, score: null, distribution: [0, 0, 0, 3, 3] }] }],
    });
    render(<ConsoleSurvey survey={live} connected={20} invoke={fakeInvoke({})} />);
    expect(screen.getByTestId('survey-rate').textContent).toBe('25%');
    expect(screen.getByTestId('survey-submitted').textContent).toBe('5');
    expect(screen.getByTestId('survey-result-s1').textContent).toContain('Answered by 6');
    expect(screen.getByTestId('survey-result-s1').textContent).toContain('4.5');
    expect((screen.getByTestId('survey-save') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('survey-close')).toBeTruthy();
  });

  it('asks before clearing everyone\'s answers', async () => {
    const invoke = fakeInvoke({ ResetSurvey: () => ({ ...surveyView({ status: 'draft' }), version: 9 }) });
    render(<ConsoleSurvey survey={surveyView({ started: 4 })} connected={4} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('survey-reset'));
    expect(screen.getByRole('alertdialog').textContent).toContain('Clear the answers of 4 people');
    await act(async () => { fireEvent.click(screen.getByTestId('survey-confirm-reset')); });
    expect(invoke).toHaveBeenCalledWith('ResetSurvey');
    expect(screen.getByTestId('survey-status').textContent).toBe('Draft');
  });
});

describe('ConsoleSurvey export', () => {
  it('downloads the responses as CSV or Excel with the host key in a header', async () => {
    const fetchMock = vi.fn(async () => new Response('"respondent"\r\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:file'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { saved.push(this.download); });
    render(<ConsoleSurvey survey={surveyView()} connected={1} invoke={fakeInvoke({})} code="482913" hostKey="h.k" />);
    fireEvent.click(screen.getByTestId('export-survey-xlsx'));
    await waitFor(() => expect(saved).toEqual(['survey-responses-482913.xlsx']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/survey/responses.xlsx', { headers: { Authorization: 'Bearer h.k' } });
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
});

describe('ConsoleSurvey comment tags', () => {
  it('saves the tag list and toggles a tag on a comment, showing the counts', async () => {
    const results = [{ pollId: 's3', version: 3, status: 'open' as const, counts: [], voters: 3,
      items: [{ key: 'k1', text: 'More Q&A', count: 2, value: null, score: null, distribution: null }] }];
    const tagged = surveyView({ results, tags: ['agenda', '政策支持'], tagged: [], tagCounts: [{ tag: 'agenda', count: 0 }, { tag: '政策支持', count: 0 }] });
    const invoke = fakeInvoke({
      SetSurveyTags: (tags: string[]) => ({ ...tagged, version: 4, tags }),
      TagSurveyAnswer: () => ({ ...tagged, version: 5, tagged: [{ questionId: 's3', key: 'k1', tags: ['agenda'] }], tagCounts: [{ tag: 'agenda', count: 2 }, { tag: '政策支持', count: 0 }] }),
    });
    render(<ConsoleSurvey survey={tagged} connected={3} invoke={invoke} />);
    fireEvent.change(screen.getByTestId('survey-tags-input'), { target: { value: 'agenda，政策支持, ' } });
    await act(async () => { fireEvent.click(screen.getByTestId('survey-tags-save')); });
    expect(invoke).toHaveBeenCalledWith('SetSurveyTags', ['agenda', '政策支持']);
    await act(async () => { fireEvent.click(screen.getByTestId('tag-k1-agenda')); });
    expect(invoke).toHaveBeenCalledWith('TagSurveyAnswer', { questionId: 's3', key: 'k1', tag: 'agenda', on: true });
    expect(screen.getByTestId('tag-k1-agenda').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('survey-tag-counts').textContent).toContain('agenda · 2');
  });
});
