import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';

/** "Copy", then "Copied" for two seconds once the text is on the clipboard. */
export function CopyButton({ text, testId }: { text: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button type="button" data-testid={testId} onClick={() => void copyText(text).then(setCopied)}>
      {t(copied ? 'links.copied' : 'links.copy')}
    </button>
  );
}
