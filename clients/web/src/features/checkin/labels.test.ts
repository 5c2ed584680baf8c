import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { categoryLabel, channelLabel, importErrorLabel, knownCategory } from './labels';

afterEach(async () => { await i18n.changeLanguage('en'); });

describe('check-in labels', () => {
  it('knows only the categories Live itself assigns', () => {
    expect(knownCategory('walk-in')).toBe('walk-in');
    expect(knownCategory('guest')).toBe('guest');
    expect(knownCategory('VIP')).toBeNull();
    expect(knownCategory('vip')).toBeNull();
    expect(knownCategory('经销商')).toBeNull();
  });

  it('shows the host\'s categories as entered in every language and translates only Live\'s own', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(categoryLabel(t, 'walk-in')).toBe('现场登记');
    expect(categoryLabel(t, 'VIP')).toBe('VIP');
    expect(categoryLabel(t, 'vip')).toBe('vip');
    expect(categoryLabel(t, 'dealer')).toBe('dealer');
    expect(categoryLabel(t, '经销商')).toBe('经销商');
    expect(channelLabel(t, 'staff')).toBe('工作人员签到');
    await i18n.changeLanguage('en');
    expect(categoryLabel(i18n.t.bind(i18n), 'walk-in')).toBe('Walk-in');
    expect(categoryLabel(i18n.t.bind(i18n), '贵宾')).toBe('贵宾');
    expect(channelLabel(i18n.t.bind(i18n), 'self')).toBe('Self check-in');
  });

  it('maps import row codes, then other error codes, then a generic sentence', () => {
    const t = i18n.t.bind(i18n);
    expect(importErrorLabel(t, 'invalid_phone')).toBe('not a phone number (a mobile has 11 digits starting with 1; outside China, + and 7–15 digits)');
    expect(importErrorLabel(t, 'duplicate_in_file')).toBe('repeats a person given earlier in this file');
    expect(importErrorLabel(t, 'unavailable')).toBe('The server could not save this just now. Please try again.');
    expect(importErrorLabel(t, 'brand_new')).toBe('Something went wrong. Please try again.');
  });
});
