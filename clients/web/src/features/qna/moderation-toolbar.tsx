import { useTranslation } from 'react-i18next';
import { channelFilters, stateFilters, type QuestionFilter, type StateFilter } from './question-filter';

export interface ModerationToolbarProps {
  filter: QuestionFilter;
  counts: Record<StateFilter, number>;
  onChange(filter: QuestionFilter): void;
}

/** State tabs with counts, channel, sort and search. */
export function ModerationToolbar({ filter, counts, onChange }: ModerationToolbarProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<QuestionFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="mod-toolbar">
      <div className="segmented" role="group">
        {stateFilters.map(s => (
          <button key={s} type="button" className={filter.state === s ? 'selected' : ''} aria-pressed={filter.state === s}
            data-testid={`mod-filter-${s}`} onClick={() => set({ state: s })}>
            {t(`moderation.filter.${s}`)}<span className="count" data-testid={`mod-count-${s}`}>{counts[s]}</span>
          </button>
        ))}
      </div>
      <div className="mod-toolbar-row">
        <select className="select" data-testid="mod-channel" value={filter.channel} aria-label={t('moderation.channel.all')}
          onChange={e => set({ channel: e.target.value as QuestionFilter['channel'] })}>
          {channelFilters.map(c => <option key={c} value={c}>{t(`moderation.channel.${c}`)}</option>)}
        </select>
        <div className="segmented" role="group">
          {(['votes', 'newest'] as const).map(s => (
            <button key={s} type="button" className={filter.sort === s ? 'selected' : ''} aria-pressed={filter.sort === s}
              data-testid={`mod-sort-${s}`} onClick={() => set({ sort: s })}>{t(`moderation.sort.${s}`)}</button>
          ))}
        </div>
        <input type="search" className="text-input mod-search" data-testid="mod-search" value={filter.search}
          placeholder={t('moderation.search')} aria-label={t('moderation.search')} onChange={e => set({ search: e.target.value })} />
      </div>
    </div>
  );
}
