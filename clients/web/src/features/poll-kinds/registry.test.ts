import { describe, expect, it } from 'vitest';
import { pollKindList } from '@live/shared/realtime/types';
import en from '../../i18n/en.json';
import zhCN from '../../i18n/zh-CN.json';
import { kindModule, pollKindModules, pollKindOrder } from './registry';

describe('the poll kind registry', () => {
  it.each(pollKindList)('has a complete module for %s', kind => {
    const module = kindModule(kind);
    expect(module, `no module for ${kind}`).toBeDefined();
    for (const part of ['Ballot', 'Results', 'DraftFields', 'checkAnswer', 'toVote'] as const) expect(typeof module![part]).toBe('function');
    for (const part of ['adopt', 'check', 'toDraft'] as const) expect(typeof module!.draft[part]).toBe('function');
  });

  it('maps every kind and nothing else, and the create form offers each once', () => {
    expect(Object.keys(pollKindModules).sort()).toEqual([...pollKindList].sort());
    expect([...pollKindOrder].sort()).toEqual([...pollKindList].sort());
  });

  it('names every kind in both languages', () => {
    for (const kind of pollKindList) {
      expect(en.console.kinds[kind], kind).toBeTruthy();
      expect(zhCN.console.kinds[kind], kind).toBeTruthy();
    }
  });

  it('has no module for a kind from a newer server', () => {
    expect(kindModule('text')).toBeUndefined();
    expect(kindModule('toString')).toBeUndefined();
  });
});
