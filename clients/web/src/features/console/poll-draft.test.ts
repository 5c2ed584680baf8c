import { describe, expect, it } from 'vitest';
import { emptyDraft, toRequest, validateDraft } from './poll-draft';

const draft = (patch: Partial<ReturnType<typeof emptyDraft>>) => ({ ...emptyDraft(), question: 'Q?', options: ['A', 'B'], ...patch });

describe('validateDraft', () => {
  it('accepts a complete poll', () => expect(validateDraft(draft({}))).toBeNull());
  it('needs a question', () => expect(validateDraft(draft({ question: '  ' }))).toBe('question_required'));
  it('needs non-empty, distinct options', () => {
    expect(validateDraft(draft({ options: ['A', ' '] }))).toBe('option_required');
    expect(validateDraft(draft({ options: ['Yes', 'yes '] }))).toBe('option_duplicate');
  });
  it('limits lengths like the server, counting characters not UTF-16 units', () => {
    expect(validateDraft(draft({ question: '🎉'.repeat(200) }))).toBeNull();
    expect(validateDraft(draft({ question: '问'.repeat(201) }))).toBe('question_too_long');
    expect(validateDraft(draft({ options: ['A', 'x'.repeat(81)] }))).toBe('option_too_long');
  });
  it('checks max selections only for multiple choice', () => {
    expect(validateDraft(draft({ kind: 'multiple', maxSelections: 3 }))).toBe('invalid_max_selections');
    expect(validateDraft(draft({ kind: 'single', maxSelections: 3 }))).toBeNull();
  });
  it('sends max selections only for multiple choice', () => {
    expect(toRequest(draft({ kind: 'single', maxSelections: 2 })).maxSelections).toBeNull();
    expect(toRequest(draft({ kind: 'multiple', maxSelections: 2 })).maxSelections).toBe(2);
  });
});
