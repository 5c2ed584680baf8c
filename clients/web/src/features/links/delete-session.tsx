import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { ErrorText } from '../../components/error-text';
import type { Invoke } from '@live/shared/realtime/hub-methods';

export interface DeleteSessionProps {
  code: string;
  invoke: Invoke;
  /** Called just before DeleteSession, so the page can tell its own deletion from someone else's. */
  onDeleting?(): void;
  onDeleted(): void;
}

/** The danger zone: deleting the session needs its code typed out, then DeleteSession erases everything. */
export function DeleteSession({ code, invoke, onDeleting, onDeleted }: DeleteSessionProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const matches = typed.trim() === code;
  const remove = async () => {
    if (!matches) return;
    setBusy(true);
    setError(null);
    onDeleting?.();
    try {
      await invoke('DeleteSession');
      onDeleted();
    } catch (e) {
      setError(errorCode(e));
      setBusy(false);
    }
  };

  return (
    <section className="card stack danger-zone" data-testid="danger-zone">
      <h2 className="section-title">{t('danger.heading')}</h2>
      <p className="small">{t('danger.explain', { code })}</p>
      <label className="field">
        {t('danger.typeCode', { code })}
        <input className="text-input" data-testid="delete-confirm-code" inputMode="numeric" autoComplete="off"
          value={typed} onChange={e => setTyped(e.target.value)} />
      </label>
      <button className="danger" data-testid="delete-session" disabled={!matches || busy} onClick={() => void remove()}>
        {t(busy ? 'danger.deleting' : 'danger.delete')}
      </button>
      <ErrorText code={error} />
    </section>
  );
}
