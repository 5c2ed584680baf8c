import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentRequest, SegmentView } from '@live/shared/agenda/types';

export interface SegmentFormProps {
  /** The segment being edited, or null to add one. */
  editing: SegmentView | null;
  onSave(request: SegmentRequest): Promise<void>;
  onCancel(): void;
}

const draftOf = (s: SegmentView | null) => ({
  title: s?.title ?? '', speaker: s?.speaker ?? '', plannedStart: s?.plannedStart ?? '', duration: String(s?.durationMinutes ?? 10), notes: s?.notes ?? '',
});

/** Adds a segment at the end, or edits one. The server validates (codes shown by the tab); this only shapes the request. */
export function SegmentForm({ editing, onSave, onCancel }: SegmentFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(editing));
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft(d => ({ ...d, [field]: e.target.value }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void onSave({
      id: editing?.id ?? null, title: draft.title, speaker: draft.speaker || null, plannedStart: draft.plannedStart || null,
      durationMinutes: Number(draft.duration), notes: draft.notes || null,
    }).then(() => { if (!editing) setDraft(draftOf(null)); });
  };

  return (
    <form className="card stack" onSubmit={submit} data-testid="segment-form">
      <h3>{editing ? t('agenda.editSegment') : t('agenda.addSegment')}</h3>
      <label className="field">{t('agenda.title')}
        <input value={draft.title} onChange={set('title')} maxLength={80} data-testid="segment-title" />
      </label>
      <label className="field">{t('agenda.speaker')}
        <input value={draft.speaker} onChange={set('speaker')} maxLength={60} data-testid="segment-speaker" />
      </label>
      <div className="agenda-form-row">
        <label className="field">{t('agenda.plannedStart')}
          <input type="time" value={draft.plannedStart} onChange={set('plannedStart')} data-testid="segment-start" />
        </label>
        <label className="field">{t('agenda.duration')}
          <input type="number" min={1} max={600} value={draft.duration} onChange={set('duration')} data-testid="segment-duration" />
        </label>
      </div>
      <label className="field">{t('agenda.notes')}
        <textarea value={draft.notes} onChange={set('notes')} maxLength={1000} rows={3} data-testid="segment-notes" />
      </label>
      <p className="hint">{t('agenda.notesHint')}</p>
      <div className="actions">
        <button className="primary" type="submit" data-testid="segment-save">{editing ? t('agenda.save') : t('agenda.add')}</button>
        {editing && <button type="button" onClick={onCancel}>{t('agenda.cancel')}</button>}
      </div>
    </form>
  );
}
