import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawProof } from '@live/shared/draw/verify-draw.js';
import { parseProof } from './check-proof';
import { ProofView } from './proof-view';
import { useProofChecks } from './use-proof-checks';

/** Checks any exported proof, offline: paste the JSON, press check. */
export function VerifyPaste() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [proof, setProof] = useState<DrawProof | null>(null);
  const [bad, setBad] = useState(false);
  const checks = useProofChecks(proof);
  const run = () => {
    const parsed = parseProof(text);
    setBad(!parsed);
    setProof(parsed);
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('verify.pasteTitle')}</h2>
      <p className="muted small">{t('verify.pasteLead')}</p>
      <label className="field">{t('verify.paste')}
        <textarea className="text-box mono" data-testid="verify-paste" value={text} spellCheck={false}
          placeholder='{ "round": 1, "tierId": "t1", "seedHash": "…", "seed": "…", "listHash": "…", "entrantIds": […], "winners": […] }'
          onChange={e => setText(e.target.value)} />
      </label>
      <div className="actions"><button type="button" className="primary" data-testid="verify-run" onClick={run}>{t('verify.run')}</button></div>
      {bad && <p className="error" role="alert" data-testid="verify-paste-error">{t('verify.badJson')}</p>}
      {proof && <ProofView proof={proof} checks={checks} prefix="pasted" />}
    </section>
  );
}
