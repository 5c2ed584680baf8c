import { useTranslation } from 'react-i18next';
import type { DrawProof } from '@live/shared/draw/verify-draw.js';
import type { ProofChecks } from './check-proof';

const Mark = ({ pass }: { pass: boolean | null }) => (
  <span className={pass === null ? 'check-mark' : pass ? 'check-mark pass' : 'check-mark fail'} aria-hidden="true">
    {pass === null ? '…' : pass ? '✓' : '✗'}
  </span>
);

export interface ProofViewProps {
  proof: DrawProof;
  checks: ProofChecks | null;
  /** Testid prefix: the page's proof and a pasted one sit on one page. */
  prefix?: string;
  /** The winners as the big screen shows them (masked as configured), in draw order; without them the ids are shown. */
  winnerNames?: string[];
}

/** A proof's facts and the result of each check. */
export function ProofView({ proof, checks, prefix = 'verify', winnerNames }: ProofViewProps) {
  const { t } = useTranslation();
  const rows: { key: 'seed' | 'list' | 'winners' | 'eligibility'; label: string }[] = [
    { key: 'seed', label: 'verify.seedCheck' }, { key: 'list', label: 'verify.listCheck' }, { key: 'winners', label: 'verify.winnersCheck' },
    // version 3 proofs carry the rule the round was drawn under; older ones have no such row to show
    ...((proof.version ?? 1) >= 3 ? [{ key: 'eligibility' as const, label: 'verify.eligibilityCheck' }] : []),
  ];
  const rule = proof.eligibility;
  const verdict = !checks ? 'checking' : checks.ok === null ? 'pending' : checks.ok ? 'ok' : 'failed';
  return (
    <div className="stack">
      <dl className="proof-facts">
        <div><dt>{t('verify.seedHash')}</dt><dd><code data-testid={`${prefix}-seed-hash`}>{proof.seedHash}</code></dd></div>
        <div><dt>{t('verify.seed')}</dt><dd>{proof.seed
          ? <code data-testid={`${prefix}-seed-value`}>{proof.seed}</code>
          : <span className="muted" data-testid={`${prefix}-seed-value`} data-revealed="false">{t('verify.notRevealed')}</span>}</dd></div>
        <div><dt>{t('verify.listHash')}</dt><dd><code data-testid={`${prefix}-list-hash`}>{proof.listHash}</code></dd></div>
        <div><dt>{t('verify.entrants')}</dt><dd data-testid={`${prefix}-entrants`}>{proof.entrantIds.length}</dd></div>
        {rule && <div><dt>{t('verify.rule')}</dt><dd data-testid={`${prefix}-rule`}>
          {t(`verify.source.${rule.source}`, { defaultValue: rule.source })}
          {(rule.tables?.length ?? 0) > 0 && <> · {t('verify.tables', { list: rule.tables!.join(', ') })}</>}
          {rule.categories?.length > 0 && <> · {t('verify.categories', { list: rule.categories.join(', ') })}</>}
          {rule.include?.length > 0 && <> · {t('verify.included', { count: rule.include.length })}</>}
          {rule.exclude?.length > 0 && <> · {t('verify.excluded', { count: rule.exclude.length })}</>}
          {' · '}{t(rule.allowRepeatWins ? 'verify.repeatWins' : 'verify.noRepeatWins', { count: rule.earlierWinners?.length ?? 0 })}
        </dd></div>}
        <div><dt>{t('verify.winners')}</dt>{winnerNames && winnerNames.length === proof.winners.length
          ? <dd className="winner-names" data-testid={`${prefix}-winner-names`}>{winnerNames.map((name, i) => <span key={i} className="winner-name-chip">{name}</span>)}</dd>
          : <dd className="winner-ids" data-testid={`${prefix}-winner-ids`}>{proof.winners.map(id => <code key={id}>{id}</code>)}</dd>}</div>
      </dl>
      <h2 className="section-title">{t('verify.checks')}</h2>
      <ul className="verify-checks">
        {rows.map(({ key, label }) => {
          const pass = checks ? checks[key] : null;
          return (
            <li key={key} data-testid={`${prefix}-${key}`} data-ok={pass === null ? 'pending' : String(pass)}>
              <Mark pass={pass} /> {t(label)}
            </li>
          );
        })}
      </ul>
      {checks?.winners === false && checks.expected.length > 0 && (
        <p className="muted small" data-testid={`${prefix}-expected`}>{t('verify.expected', { ids: checks.expected.join(', ') })}</p>
      )}
      <p className={`verify-result ${verdict}`} data-testid={`${prefix}-result`} data-ok={String(checks?.ok === true)} data-state={verdict} role="status">
        {t(`verify.${verdict}`)}
      </p>
    </div>
  );
}
