import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView, TierView } from '@live/shared/realtime/types';
import type { Snapshot } from '@live/shared/realtime/reducer';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { DrawSettingsPanel } from './draw-settings';
import { RoundCard } from './round-card';
import { mergeRounds, newerDraw, newerRound, sortTiers } from './rounds';
import { consoleSoundCues, type SoundCues } from './sound-cues';
import { SoundToggle } from './sound-toggle';
import { draftFromTier, emptyDraft } from './tier-draft';
import { TierEditor } from './tier-editor';
import { TierHead } from './tier-head';
import { TierRunner } from './tier-runner';
import { useDrawSounds } from './use-draw-sounds';
import { WinnersExport } from './winners-export';
import './draw.css';

export interface ConsoleDrawProps {
  code: string;
  hostKey: string;
  snapshot: Snapshot;
  invoke: Invoke;
  /** The drum roll and fanfare on this laptop; the page's shared cues unless a test brings its own. */
  cues?: SoundCues;
}

/**
 * The console's draw tab: the tier editor, settings and the export on the left; on the right each tier in order
 * with its rounds (arm → draw → reveal), newest first. Answers to this console's calls show at once; pushes catch up.
 */
export function ConsoleDraw({ code, hostKey, snapshot, invoke, cues = consoleSoundCues() }: ConsoleDrawProps) {
  const { t } = useTranslation();
  const [answeredView, setAnsweredView] = useState(snapshot.draw);
  const [answeredRounds, setAnsweredRounds] = useState<Record<number, RoundView>>({});
  const [editing, setEditing] = useState<TierView | null>(null);
  const view = newerDraw(snapshot.draw, answeredView);
  const tiers = useMemo(() => sortTiers(view?.tiers ?? []), [view]);
  const rounds = useMemo(() => mergeRounds(view?.rounds ?? [], answeredRounds), [view, answeredRounds]);
  const onRound = useCallback((round: RoundView) =>
    setAnsweredRounds(current => ({ ...current, [round.number]: newerRound(current[round.number], round) })), []);
  // Only a new tier to edit, or a new next order, resets the form: a push while the host types must not.
  const nextOrder = (tiers.at(-1)?.order ?? 0) + 1;
  const initial = useMemo(() => (editing ? draftFromTier(editing) : emptyDraft(nextOrder)), [editing, nextOrder]);
  const replaced = useMemo(() => new Set(rounds.flatMap(r => (r.replaces ? [r.replaces] : []))), [rounds]);
  const names = useMemo(() => new Map(rounds.flatMap(r => r.winners.map(w => [w.entrantId, w.name] as const))), [rounds]);
  useDrawSounds(rounds, cues);
  const groups = snapshot.groups;
  const formedTables = useMemo(() => (groups && groups.round > 0 ? groups.tables : []), [groups]);

  return (
    <main className="console draw-console">
      <aside className="stack">
        <TierEditor initial={initial} polls={snapshot.session?.polls ?? []} categories={snapshot.checkins?.byCategory ?? []}
          tables={formedTables} invoke={invoke} onSaved={v => { setAnsweredView(v); setEditing(null); }} onCancel={() => setEditing(null)} />
        <DrawSettingsPanel view={view} invoke={invoke} onSaved={setAnsweredView} />
        <WinnersExport code={code} hostKey={hostKey} />
      </aside>
      <section className="stack draw-main">
        <div className="draw-main-head">
          <h2 className="section-title">{t('draw.tiers')}</h2>
          <SoundToggle cues={cues} />
        </div>
        {tiers.length === 0 && <p className="card muted empty" data-testid="no-tiers">{t('draw.noTiers')}</p>}
        {tiers.map(tier => {
          const own = rounds.filter(r => r.tierId === tier.id).reverse(); // newest first
          return (
            <section key={tier.id} className="card stack tier-rounds">
              <TierHead tier={tier} editing={editing?.id === tier.id} onEdit={setEditing} />
              <TierRunner tier={tier} rounds={own} invoke={invoke} onRound={onRound} />
              {own.map(round => (
                <RoundCard key={round.number} code={code} round={round} replaced={replaced}
                  replacesName={round.replaces ? names.get(round.replaces) ?? round.replaces : null} invoke={invoke} onRound={onRound} cues={cues} />
              ))}
            </section>
          );
        })}
      </section>
    </main>
  );
}
