import { useTranslation } from 'react-i18next';
import type { AccessLinks } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { AccessLinkRow } from './access-link-row';
import { absoluteLink } from './link-urls';
import { ReplaceLink } from './replace-link';

export interface AccessLinksPanelProps {
  links: AccessLinks | null;
  /** Why GetAccessLinks failed, if it did. */
  error: string | null;
  invoke: Invoke;
  /** New links after a RotateKey (every role's link is in them). */
  onLinks(links: AccessLinks): void;
  /** The host replaced its own link: this console must move to the new one. */
  onHostLinkReplaced(links: AccessLinks): void;
}

/** The host's links: join (phones), big screen, moderator console and host console, each to copy; all but join can be replaced. */
export function AccessLinksPanel({ links, error, invoke, onLinks, onHostLinkReplaced }: AccessLinksPanelProps) {
  const { t } = useTranslation();
  if (!links) {
    return <section className="card stack"><h2 className="section-title">{t('links.heading')}</h2><p className="muted">{t('links.loading')}</p><ErrorText code={error} /></section>;
  }
  const full = (path: string) => absoluteLink(path, links.joinUrl);
  return (
    <section className="card stack" data-testid="access-links">
      <h2 className="section-title">{t('links.heading')}</h2>
      <p className="muted small">{t('links.lead')}</p>
      <ul className="plain-list access-links">
        <AccessLinkRow id="join" url={links.joinUrl} />
        <AccessLinkRow id="screen" url={full(links.screenUrl)} openHref={links.screenUrl}>
          <ReplaceLink role="screen" invoke={invoke} onReplaced={onLinks} />
        </AccessLinkRow>
        <AccessLinkRow id="moderator" url={full(links.moderatorUrl)}>
          <ReplaceLink role="moderator" invoke={invoke} onReplaced={onLinks} />
        </AccessLinkRow>
        <AccessLinkRow id="host" url={full(links.consoleUrl)}>
          <ReplaceLink role="host" invoke={invoke} onReplaced={next => { onLinks(next); onHostLinkReplaced(next); }} />
        </AccessLinkRow>
      </ul>
    </section>
  );
}
