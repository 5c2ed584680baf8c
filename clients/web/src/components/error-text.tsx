import { useTranslation } from 'react-i18next';

/** Shows a stable error code (docs/API.md) as a translated sentence. */
export function ErrorText({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return <p className="error" role="alert" data-testid="error" data-code={code}>{t(`errors.${code}`, { defaultValue: t('errors.unknown') })}</p>;
}
