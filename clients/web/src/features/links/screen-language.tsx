import { useTranslation } from 'react-i18next';
import type { Language } from '@live/shared/i18n/language';
import { useConfirmedSetting, type Versioned } from '@live/shared/hooks/use-confirmed-setting';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { ErrorText } from '../../components/error-text';

const choices = ['zh-CN', 'en', ''] as const;

/** The language every big screen of the session shows; a screen switched by hand keeps its own. Phones keep theirs. */
export function ScreenLanguage({ language, invoke }: { language: Versioned<Language | null>; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const setting = useConfirmedSetting(language, async (next: Language | null) => {
    const saved = await run('SetSessionLanguage', next);
    return saved ? { value: saved.language, version: saved.version } : undefined;
  });

  return (
    <section className="card stack" data-testid="screen-language">
      <h2 className="section-title">{t('links.screenLanguage')}</h2>
      <select className="text-input" data-testid="screen-language-select" value={setting.shown ?? ''} disabled={setting.busy} aria-busy={setting.busy}
        onChange={e => void setting.change(e.target.value === '' ? null : (e.target.value as Language))}>
        {choices.map(c => <option key={c} value={c}>{t(`links.screenLanguageChoice.${c || 'browser'}`)}</option>)}
      </select>
      <p className="muted small">{t('links.screenLanguageNote')}</p>
      <ErrorText code={error} />
    </section>
  );
}
