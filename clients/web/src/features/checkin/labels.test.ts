import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { categoryLabel, channelLabel, importErrorLabel, knownCategory } from './labels';

afterEach(async () => { await i18n.changeLanguage('en'); });

describe('check-in labels', () => {
  it('recognises the known categories however they are written', () => {
    expect(knownCategory('VIP')).toBe('vip');
    expect(knownCategory(' Dealer ')).toBe('dealer');
    expect(knownCategory('walk-in')).toBe('walk-in');
    expect(knownCategory('Walk in')).toBe('walk-in');
    expect(knownCategory('walkin')).toBe('walk-in');
    expect(knownCategory('经销商')).toBeNull();
  });

  it('translates known categories and channels, and keeps other labels as written', async () => {
    await i18n.changeLanguage('zh-CN');
    const t = i18n.t.bind(i18n);
    expect(categoryLabel(t, 'walk-in')).toBe('现场登记');
    expect(categoryLabel(t, 'vip')).toBe('贵宾');
    expect(categoryLabel(t, '经销商')).toBe('经销商');
    expect(categoryLabel(t, 'Partner')).toBe('Partner');
    expect(channelLabel(t, 'staff')).toBe('工作人员签到');
    await i18n.changeLanguage('en');
    expect(categoryLabel(i18n.t.bind(i18n), 'walk-in')).toBe('Walk-in');
    expect(channelLabel(i18n.t.bind(i18n), 'self')).toBe('Self check-in');
  });

  it('maps import row codes, then other error codes, then a generic sentence', () => {
    const t = i18n.t.bind(i18n);
    expect(importErrorLabel(t, 'invalid_phone')).toBe('the phone number is not valid (5–20 digits)');
    expect(importErrorLabel(t, 'duplicate_in_file')).toBe('repeats a person given earlier in this file');
    expect(importErrorLabel(t, 'unavailable')).toBe('The server could not save this just now. Please try again.');
    expect(importErrorLabel(t, 'brand_new')).toBe('Something went wrong. Please try again.');
  });
});
