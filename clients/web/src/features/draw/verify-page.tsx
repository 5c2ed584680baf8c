import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { errorCode } from '@live/shared/i18n/error-code';
import { fetchProof, proofOnly, type PublicProof } from '../../api/draw';
import { saveFile } from '../../api/exports';
import { ErrorText } from '../../components/error-text';
import { TopBar } from '../../components/top-bar';
import { ProofView } from './proof-view';
import { useProofChecks } from './use-proof-checks';
import { VerifyPaste } from './verify-paste';
import './draw.css';

/** Saves the proof as proof-{code}-{round}.json, the file the command-line verifier reads (docs/DRAW-PROOF.md). */
const downloadProof = (proof: PublicProof, code: string) =>
  saveFile(new Blob([JSON.stringify(proofOnly(proof), null, 2)], { type: 'application/json' }), `proof-${code}-${proof.round}.json`);

/** /verify/{code}/{round}: public, no key. Fetches the round's proof and checks it in this browser. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '', round = '' } = useParams();
  const [proof, setProof] = useState<PublicProof | null>(null);
  const [fetchError, setError] = useState<string | null>(null);
  const checks = useProofChecks(proof);
  const n = Number(round);
  const error = Number.isInteger(n) && n >= 1 ? fetchError : 'round_not_found';

  useEffect(() => {
    if (!Number.isInteger(n) || n < 1) return;
    let current = true;
    fetchProof(code, n).then(p => { if (current) setProof(p); }, e => { if (current) setError(errorCode(e)); });
    return () => { current = false; };
  }, [code, n]);

  return (
    <div className="page">
      <TopBar title={t('verify.title')} />
      <main className="verify stack">
        <section className="card stack">
          <h2>{t('verify.title')}</h2>
          <p className="muted small" data-testid="verify-round">{t('verify.round', { round, code, tier: proof?.tierName ?? proof?.tierId ?? '…' })}</p>
          <p className="lead small">{t('verify.lead')}</p>
          <ErrorText code={error} />
          {!proof && !error && <p className="muted">{t('verify.loading')}</p>}
          {proof && <ProofView proof={proof} checks={checks} winnerNames={proof.winnerNames ?? undefined} />}
        </section>
        <section className="card stack">
          <h2 className="section-title">{t('verify.offline')}</h2>
          <p className="muted small">{t('verify.offlineLead')}</p>
          {proof && <div className="actions"><button type="button" data-testid="verify-download" onClick={() => downloadProof(proof, code)}>{t('verify.download')}</button></div>}
        </section>
        <VerifyPaste />
      </main>
    </div>
  );
}
