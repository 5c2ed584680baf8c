import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@live/shared/i18n/language';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { ErrorText } from '../../components/error-text';

const choices = ['zh-CN', 'en', ''] as const;

/** The language every big screen of the session shows; a screen switched by hand keeps its own. Phones keep theirs. */
export function ScreenLanguage({ language, invoke }: { language: Language | null; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [pending, setPending] = useState<string | null>(null);
  const shown = pending ?? language ?? '';

  const change = async (next: string) => {
    setPending(next);
    await run('SetSessionLanguage', next === '' ? null : (next as Language));
    setPending(null);
  };

  return (
    <section className="card stack" data-testid="screen-language">
      <h2 className="section-title">{t('links.screenLanguage')}</h2>
      <select className="text-input" data-testid="screen-language-select" value={shown} disabled={pending !== null} aria-busy={pending !== null}
        onChange={e => void change(e.target.value)}>
        {choices.map(c => <option key={c} value={c}>{t(`links.screenLanguageChoice.${c || 'browser'}`)}</option>)}
      </select>
      <p className="muted small">{t('links.screenLanguageNote')}</p>
      <ErrorText code={error} />
    </section>
  );
}
