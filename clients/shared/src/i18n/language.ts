export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageStorageKey = 'live.lang';

/** zh* browsers get Chinese, everyone else English, unless the switcher chose otherwise. */
export function initialLanguage(stored: string | null, browser: string | undefined): Language {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return browser?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Flat, sorted key list of a resource bundle: both languages must have the same one. */
export function keysOf(bundle: object, prefix = ''): string[] {
  return Object.entries(bundle)
    .flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}
