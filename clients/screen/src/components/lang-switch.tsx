import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

export function LangSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button type="button" className="lang-switch" data-testid="lang-switch" onClick={() => setLanguage(next)}>
      {t('lang.switch')}
    </button>
  );
}
