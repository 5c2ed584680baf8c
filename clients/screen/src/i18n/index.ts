import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'live.lang';

/** zh* browsers get Chinese, everyone else English, unless the switcher chose otherwise. */
export function initialLanguage(stored: string | null, browser: string | undefined): Language {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return browser?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function setLanguage(language: Language) {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initialLanguage(typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey), typeof navigator === 'undefined' ? undefined : navigator.language),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes; strings are never rendered as HTML
});
i18n.on('languageChanged', lng => { document.documentElement.lang = lng; });
document.documentElement.lang = i18n.language;

export default i18n;
