import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';
import { initialLanguage } from './index';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();

describe('i18n', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(zhCN)).toEqual(keys(en));
  });

  it('has no empty strings', () => {
    for (const bundle of [en, zhCN]) expect(JSON.stringify(bundle)).not.toMatch(/:\s*""/);
  });

  it('follows the browser unless the user chose', () => {
    expect(initialLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(initialLanguage(null, 'en-GB')).toBe('en');
    expect(initialLanguage(null, undefined)).toBe('en');
    expect(initialLanguage('en', 'zh-CN')).toBe('en');
  });
});
