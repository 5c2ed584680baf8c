import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button';

export type LinkId = 'join' | 'screen' | 'moderator' | 'host';

export interface AccessLinkRowProps {
  id: LinkId;
  /** Absolute, ready to paste into a message or open on another machine. */
  url: string;
  /** Offer "Open" in a new tab at this address (the big screen, opened from this machine: the server's path as given). */
  openHref?: string;
  /** The row's "Replace link" control, when this link can be replaced. */
  children?: ReactNode;
}

/** One link: what it opens, the link itself, copy, and optionally open and replace. */
export function AccessLinkRow({ id, url, openHref, children }: AccessLinkRowProps) {
  const { t } = useTranslation();
  return (
    <li className="access-link" data-testid={`link-${id}`}>
      <span className="label">{t(`links.${id}`)}</span>
      <code className="link-url" data-testid={`link-${id}-url`}>{url}</code>
      <span className="actions">
        <CopyButton text={url} testId={`copy-${id}`} />
        {openHref && <a className="button" data-testid={`open-${id}`} href={openHref} target="_blank" rel="noreferrer">{t('links.open')}</a>}
        {children}
      </span>
    </li>
  );
}
