import { useTranslation } from 'react-i18next';
import type { Snapshot } from '@live/shared/realtime/reducer';
import { BansList } from './bans-list';
import { ClearCommentsButton } from './clear-comments-button';
import { ExportButtons } from './export-buttons';
import { HeldComments } from './held-comments';
import { ModerationList } from './moderation-list';
import { QnaSettingsPanel } from './qna-settings';
import { ReactionTotals } from './reaction-totals';
import type { Invoke } from '@live/shared/realtime/hub-methods';

export interface ConsoleQnaProps {
  code: string;
  hostKey: string;
  /** The host changes settings and exports; a moderator only moderates (settings and exports are hidden). */
  canConfigure?: boolean;
  snapshot: Pick<Snapshot, 'qna' | 'commentQueue' | 'reactions'>;
  invoke: Invoke;
}

/** The console's Q&A panel: the moderation queue and held 弹幕 on the right, settings, bans and exports on the left. */
export function ConsoleQna({ code, hostKey, canConfigure = true, snapshot, invoke }: ConsoleQnaProps) {
  const { t } = useTranslation();
  const { qna, commentQueue, reactions } = snapshot;
  if (!qna) return <main className="console"><p className="muted">{t('attendee.loading')}</p></main>;
  return (
    <main className="console">
      <aside className="stack">
        <ReactionTotals reactions={reactions} />
        {canConfigure
          ? <QnaSettingsPanel qna={qna} reactions={reactions} invoke={invoke} />
          : <section className="card stack"><ClearCommentsButton invoke={invoke} /></section>}
        <BansList bans={qna.bans ?? []} invoke={invoke} />
        {canConfigure && <ExportButtons code={code} hostKey={hostKey} />}
      </aside>
      <section className="stack">
        <HeldComments queue={commentQueue} invoke={invoke} />
        <h2>{t('moderation.questions')}</h2>
        <ModerationList qna={qna} invoke={invoke} />
      </section>
    </main>
  );
}
