import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableMemberView } from '@live/shared/groups/types';

export interface MoveSelectProps {
  member: TableMemberView;
  /** The table this person sits at now (offered, but disabled). */
  from: number;
  /** How many tables the round has: the choices are 1…tables, then "New table" (tables + 1). */
  tables: number;
  disabled?: boolean;
  onMove(memberId: string, table: number): void;
}

/**
 * "Move to table…" for one person. 125 tables of 8 would put 1,000 selects of 126 options each in the page, so the
 * options are only added once the select is pressed or focused (before the browser opens its list); until then it
 * holds just its prompt.
 */
export function MoveSelect({ member, from, tables, disabled, onMove }: MoveSelectProps) {
  const { t } = useTranslation();
  const [armed, setArmed] = useState(false);
  const arm = () => setArmed(true);
  return (
    <select className="move-select" value="" disabled={disabled} data-testid={`move-${member.id}`}
      aria-label={t('groups.moveLabel', { name: member.name })} onPointerDown={arm} onFocus={arm}
      onChange={e => { const to = Number(e.target.value); if (to) onMove(member.id, to); }}>
      <option value="">{t('groups.moveTo')}</option>
      {armed && Array.from({ length: tables }, (_, i) => i + 1).map(n => (
        <option key={n} value={n} disabled={n === from}>{t('groups.tableNumber', { number: n })}</option>
      ))}
      {armed && <option value={tables + 1}>{t('groups.newTable')}</option>}
    </select>
  );
}
