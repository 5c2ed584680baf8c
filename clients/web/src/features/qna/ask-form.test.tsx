import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { AskForm } from './ask-form';
import { MyQuestions } from './my-questions';
import { question, settings } from './test-data';

afterEach(cleanup);
const hubError = (code: string) => new Error(`An unexpected error occurred invoking 'AskQuestion' on the server. HubException: ${code}`);

describe('AskForm', () => {
  it('counts characters as you type and stops at 300', () => {
    render(<AskForm settings={settings} ask={vi.fn()} onAsked={vi.fn()} />);
    const input = screen.getByTestId('ask-input') as HTMLTextAreaElement;
    fireEvent.change(input, { target: { value: 'Hello' } });
    expect(screen.getByTestId('ask-count').textContent).toBe('5/300');
    expect(input.maxLength).toBe(300);
  });

  it('offers "ask anonymously" only when the host allows it, and sends the choice', async () => {
    const ask = vi.fn().mockResolvedValue(question('q1', { state: 'pending' }));
    const onAsked = vi.fn();
    const { rerender } = render(<AskForm settings={{ ...settings, allowAnonymous: false }} ask={ask} onAsked={onAsked} />);
    expect(screen.queryByTestId('ask-anonymous')).toBeNull();
    rerender(<AskForm settings={settings} ask={ask} onAsked={onAsked} />);
    fireEvent.click(screen.getByTestId('ask-anonymous'));
    fireEvent.change(screen.getByTestId('ask-input'), { target: { value: '  When is the launch?  ' } });
    fireEvent.click(screen.getByTestId('ask-submit'));
    await waitFor(() => expect(onAsked).toHaveBeenCalledWith(question('q1', { state: 'pending' })));
    expect(ask.mock.calls[0][0]).toMatchObject({ text: 'When is the launch?', anonymous: true });
    expect(ask.mock.calls[0][0].opId).toBeTruthy();
    expect((screen.getByTestId('ask-input') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a translated error and retries with the same operation id', async () => {
    const ask = vi.fn().mockRejectedValueOnce(hubError('rate_limited')).mockResolvedValueOnce(question('q2'));
    render(<AskForm settings={settings} ask={ask} onAsked={vi.fn()} />);
    fireEvent.change(screen.getByTestId('ask-input'), { target: { value: 'Pricing?' } });
    fireEvent.click(screen.getByTestId('ask-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe('Slow down a moment and try again.');
    fireEvent.click(screen.getByTestId('ask-submit'));
    await waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    expect(ask.mock.calls[1][0].opId).toBe(ask.mock.calls[0][0].opId);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('uses a new operation id for a different question', async () => {
    const ask = vi.fn().mockRejectedValue(hubError('device_banned'));
    render(<AskForm settings={settings} ask={ask} onAsked={vi.fn()} />);
    fireEvent.change(screen.getByTestId('ask-input'), { target: { value: 'One' } });
    fireEvent.click(screen.getByTestId('ask-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe('The host has stopped this device from posting.');
    fireEvent.change(screen.getByTestId('ask-input'), { target: { value: 'Two' } });
    fireEvent.click(screen.getByTestId('ask-submit'));
    await waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    expect(ask.mock.calls[1][0].opId).not.toBe(ask.mock.calls[0][0].opId);
  });
});

describe('MyQuestions', () => {
  it('shows each of my questions with where it stands, newest first', () => {
    const { container } = render(<MyQuestions questions={[
      question('q1', { state: 'pending' }), question('q2', { state: 'answering' }), question('q3', { state: 'dismissed' }),
    ]} />);
    expect(screen.getByTestId('my-question-q1').textContent).toContain('Pending review');
    expect(screen.getByTestId('my-question-q2').textContent).toContain('Being answered');
    expect(screen.getByTestId('my-question-q3').textContent).toContain('Not published');
    expect([...container.querySelectorAll('li')].map(li => li.dataset.testid)).toEqual(['my-question-q3', 'my-question-q2', 'my-question-q1']);
  });

  it('renders nothing before I ask', () => {
    const { container } = render(<MyQuestions questions={[]} />);
    expect(container.textContent).toBe('');
  });
});
