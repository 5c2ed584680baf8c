import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLinks, RotatableRole } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

export interface ReplaceLinkProps {
  role: RotatableRole;
  invoke: Invoke;
  onReplaced(links: AccessLinks): void;
}

/** "Replace link" with an inline confirm that says everyone on the old link is cut off at once; then RotateKey(role). */
export function ReplaceLink({ role, invoke, onReplaced }: ReplaceLinkProps) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [replaced, setReplaced] = useState(false);
  const replace = async () => {
    setBusy(true);
    const links = await run('RotateKey', role);
    setBusy(false);
    setConfirming(false);
    if (!links) return;
    setReplaced(true);
    onReplaced(links);
  };

  return (
    <>
      {!confirming && (
        <button type="button" className="ghost" data-testid={`replace-${role}`} onClick={() => { setConfirming(true); setReplaced(false); }}>
          {t('links.replace')}
        </button>
      )}
      {confirming && (
        <div className="confirm link-confirm" role="alertdialog">
          <span>{t(`links.replaceConfirm.${role}`)}</span>
          <button className="danger" data-testid={`confirm-replace-${role}`} disabled={busy} onClick={() => void replace()}>{t('links.confirmReplace')}</button>
          <button data-testid={`cancel-replace-${role}`} disabled={busy} onClick={() => setConfirming(false)}>{t('links.cancel')}</button>
        </div>
      )}
      {replaced && <span className="muted small link-note" data-testid={`replaced-${role}`}>{t('links.replaced')}</span>}
      <ErrorText code={error} />
    </>
  );
}
