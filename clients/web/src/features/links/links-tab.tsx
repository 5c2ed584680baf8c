import type { Language } from '@live/shared/i18n/language';
import type { Versioned } from '@live/shared/hooks/use-confirmed-setting';
import type { AccessLinks } from '@live/shared/realtime/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { AccessLinksPanel } from './access-links-panel';
import { DeleteSession } from './delete-session';
import { ScreenLanguage } from './screen-language';

export interface LinksTabProps {
  code: string;
  /** The session's screen language (null: each screen's browser) with the session's version; absent until the session arrives. */
  language: Versioned<Language | null> | null | undefined;
  links: AccessLinks | null;
  linksError: string | null;
  invoke: Invoke;
  onLinks(links: AccessLinks): void;
  onHostLinkReplaced(links: AccessLinks): void;
  onDeleting(): void;
  onDeleted(): void;
}

/** The host console's Links tab: every link of the session, and the danger zone below. */
export function LinksTab({ code, language, links, linksError, invoke, onLinks, onHostLinkReplaced, onDeleting, onDeleted }: LinksTabProps) {
  return (
    <main className="console links-console">
      <section className="stack">
        <AccessLinksPanel links={links} error={linksError} invoke={invoke} onLinks={onLinks} onHostLinkReplaced={onHostLinkReplaced} />
      </section>
      <aside className="stack">
        {language && <ScreenLanguage language={language} invoke={invoke} />}
        <DeleteSession code={code} invoke={invoke} onDeleting={onDeleting} onDeleted={onDeleted} />
      </aside>
    </main>
  );
}
