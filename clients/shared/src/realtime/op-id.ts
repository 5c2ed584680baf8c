/** A fresh operation id per submission; a retry of the same submission reuses it so it is counted once. */
export const newOpId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
