import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';
import type { PresenceCounts } from '@live/shared/realtime/types';

/** "123456" → "123 456": easier to read from the back of a hall. */
export const groupCode = (code: string) => code.replace(/^(\d{3})(\d{3})$/, '$1 $2');

export interface JoinViewProps { title: string; code: string; joinUrl: string; presence: PresenceCounts | null }

export function JoinView({ title, code, joinUrl, presence }: JoinViewProps) {
  const { t } = useTranslation();
  return (
    <main className="join-view">
      <h1 className="screen-title" data-testid="screen-title" data-length={titleLength(title)}>{title}</h1>
      <div className="join-body">
        <div className="qr-frame"><QrCode text={joinUrl} testId="screen-qr" /></div>
        <div className="join-info">
          <p className="join-scan">{t('join.scan')}</p>
          <p className="join-label">{t('join.code')}</p>
          <p className="join-code" data-testid="screen-join-code">{groupCode(code)}</p>
          <p className="join-url"><span>{t('join.orVisit')}</span> <span data-testid="screen-join-url">{joinUrl}</span></p>
          <div className="presence">
            <div><span className="presence-count" data-testid="screen-onsite">{presence?.onsite ?? 0}</span><span className="presence-label">{t('join.onsite')}</span></div>
            <div><span className="presence-count" data-testid="screen-online">{presence?.online ?? 0}</span><span className="presence-label">{t('join.online')}</span></div>
          </div>
        </div>
      </div>
    </main>
  );
}

/**
 * Titles run to 120 characters. At full size a long one takes most of the screen and pushes the join code off the
 * bottom, so longer titles step down in size.
 */
export const titleLength = (title: string) => title.length > 80 ? 'long' : title.length > 40 ? 'medium' : 'short';
