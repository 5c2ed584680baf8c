import { ensureOk } from '@live/shared/i18n/error-code';
import type { DrawProof } from '@live/shared/draw/verify-draw.js';

/** A proof as the server sends it: the checked fields plus the tier's name and the winners as the screen shows them. */
export interface PublicProof extends DrawProof { tierName?: string | null; winnerNames?: string[] | null }

/** The proof alone, as docs/DRAW-PROOF.md defines it: what a downloaded proof file holds. */
export const proofOnly = ({ tierName: _tier, winnerNames: _names, ...proof }: PublicProof): DrawProof => proof;

/** The public proof of a drawn round (no credential: anyone in the room may check a draw). Throws { code }. */
export async function fetchProof(code: string, round: number): Promise<PublicProof> {
  return (await ensureOk(await fetch(`/api/sessions/${encodeURIComponent(code)}/draw/rounds/${round}/proof`))).json();
}
