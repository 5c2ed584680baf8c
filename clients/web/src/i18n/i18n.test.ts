import { describe, expect, it } from 'vitest';
import { keysOf } from '@live/shared/i18n/language';
import { knownErrorCodes } from '@live/shared/i18n/error-codes';
import en from './en.json';
import zhCN from './zh-CN.json';

describe('web i18n', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keysOf(zhCN)).toEqual(keysOf(en));
  });

  it('has no empty strings', () => {
    for (const bundle of [en, zhCN]) expect(JSON.stringify(bundle)).not.toMatch(/:\s*""/);
  });

  it('translates exactly the error codes the shared mapping lets through, plus the generic one', () => {
    const expected = [...knownErrorCodes, 'unknown'].sort();
    for (const bundle of [en, zhCN]) expect(Object.keys(bundle.errors).sort()).toEqual(expected);
  });
});
