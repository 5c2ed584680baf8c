import { describe, expect, it } from 'vitest';
import { keysOf } from '@live/shared/i18n/language';
import en from './en.json';
import zhCN from './zh-CN.json';

describe('web i18n', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keysOf(zhCN)).toEqual(keysOf(en));
  });

  it('has no empty strings', () => {
    for (const bundle of [en, zhCN]) expect(JSON.stringify(bundle)).not.toMatch(/:\s*""/);
  });
});
