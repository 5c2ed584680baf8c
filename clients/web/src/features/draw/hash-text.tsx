import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortHash } from './rounds';

/** A SHA-256 or seed in monospace, shortened, with the full value on hover and a copy button. */
export function HashText({ value, testId }: { value: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(value).then(() => { setCopied(true); setTimeout(() => setCopied(false), 1500); }, () => {});
  };
  return (
    <span className="hash">
      <code data-testid={testId} data-value={value} title={value}>{shortHash(value)}</code>
      <button type="button" className="ghost tiny" data-testid={`${testId}-copy`} aria-label={t('draw.copy')} onClick={copy}>
        {copied ? '✓' : t('draw.copy')}
      </button>
    </span>
  );
}
