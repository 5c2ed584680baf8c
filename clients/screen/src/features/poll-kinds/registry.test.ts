import { describe, expect, it } from 'vitest';
import { pollKindList } from '@live/shared/realtime/types';
import { screenKindModule, screenKindModules } from './registry';

describe('the screen poll kind registry', () => {
  it.each(pollKindList)('has a results view for %s', kind => {
    expect(typeof screenKindModule(kind)?.Results, `no screen module for ${kind}`).toBe('function');
  });

  it('maps every kind and nothing else; a newer kind has none', () => {
    expect(Object.keys(screenKindModules).sort()).toEqual([...pollKindList].sort());
    expect(screenKindModule('text')).toBeUndefined();
  });
});
