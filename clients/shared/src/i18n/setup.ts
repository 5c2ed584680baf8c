import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, languageStorageKey, type Language } from './language';

/** One i18next instance per app, started in the browser's (or the remembered) language; keeps <html lang> in step. */
export function setupI18n(en: object, zhCN: object) {
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: initialLanguage(localStorage.getItem(languageStorageKey), navigator.language),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; strings are never rendered as HTML
    showSupportNotice: false,
  });
  i18n.on('languageChanged', lng => { document.documentElement.lang = lng; });
  document.documentElement.lang = i18n.language;
  return i18n;
}

/** A choice made by hand on this device: remembered, and it wins over the session's language from then on. */
export function setLanguage(language: Language) {
  localStorage.setItem(languageStorageKey, language);
  void i18n.changeLanguage(language);
}

/**
 * Follows the session's language (null: this browser's), unless this device's language was switched by hand. Not
 * remembered: a screen moved to another event follows that event.
 */
export function followSessionLanguage(language: Language | null | undefined) {
  if (language === undefined || localStorage.getItem(languageStorageKey)) return;
  const target = language ?? initialLanguage(null, navigator.language);
  if (i18n.language !== target) void i18n.changeLanguage(target);
}
