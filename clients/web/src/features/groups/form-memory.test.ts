import { afterEach, describe, expect, it } from 'vitest';
import { draftFrom, type GroupsDraft } from './groups-draft';
import { rememberDraft, rememberedDraft } from './form-memory';

afterEach(() => localStorage.clear());

const draft: GroupsDraft = {
  source: 'joined', seats: '6', companies: 'together', by: 'category', facilitatorCategory: 'Staff',
  apart: [[{ id: 'a1', name: 'Li' }, { id: 'd:x', name: 'Wang' }], []],
};

describe('the remembered tables form', () => {
  it('gives back what was left, per session', () => {
    rememberDraft('ABC123', draft);
    expect(rememberedDraft('ABC123')).toEqual(draft);
    expect(rememberedDraft('XYZ789')).toBeNull();
  });

  it('ignores what is not a form, and drops malformed people', () => {
    localStorage.setItem('live.groupsForm.A', '{not json');
    localStorage.setItem('live.groupsForm.B', JSON.stringify({ ...draft, source: 'everyone' }));
    localStorage.setItem('live.groupsForm.C', JSON.stringify({ ...draftFrom(null), apart: [[{ id: 'a1', name: 'Li' }, 7, { name: 'no id' }], 'x'], facilitatorCategory: 3 }));
    expect(rememberedDraft('A')).toBeNull();
    expect(rememberedDraft('B')).toBeNull();
    expect(rememberedDraft('C')).toEqual({ ...draftFrom(null), apart: [[{ id: 'a1', name: 'Li' }]] });
  });
});
