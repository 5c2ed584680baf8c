import { Fragment } from 'react';
import { hexGroups } from './draw-stage';

export interface HashGroupsProps { hex: string; groups?: number; className?: string; testId?: string }

/** A hash in groups of eight that wrap between groups, never inside one; `groups` shows only the first few, then "…". */
export function HashGroups({ hex, groups, className, testId }: HashGroupsProps) {
  const all = hexGroups(hex);
  const shown = groups === undefined ? all : all.slice(0, groups);
  return (
    <span className={`hash ${className ?? ''}`} data-testid={testId} translate="no">
      {shown.map((g, i) => <Fragment key={i}>{i > 0 && ' '}<span className="hash-group">{g}</span></Fragment>)}
      {shown.length < all.length && <span className="hash-group">…</span>}
    </span>
  );
}
