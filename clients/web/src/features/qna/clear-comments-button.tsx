import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

/** Drops every 弹幕 floating on the big screens (ClearComments): the host and moderators may both. */
export function ClearCommentsButton({ invoke }: { invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  return (
    <>
      <button data-testid="clear-comments" onClick={() => void run('ClearComments')}>{t('moderation.clearComments')}</button>
      <ErrorText code={error} />
    </>
  );
}
