import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/setup';

/** Switches between 中文 and EN; the app's bundle names the other language under "lang.switch". */
export function LangSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button type="button" className="lang-switch" data-testid="lang-switch" onClick={() => setLanguage(next)}>
      {t('lang.switch')}
    </button>
  );
}
