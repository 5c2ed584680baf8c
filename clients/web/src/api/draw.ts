import { ensureOk } from '@live/shared/i18n/error-code';
import type { DrawProof } from '@live/shared/draw/verify-draw.js';

/** The public proof of a drawn round (no credential: anyone in the room may check a draw). Throws { code }. */
export async function fetchProof(code: string, round: number): Promise<DrawProof> {
  return (await ensureOk(await fetch(`/api/sessions/${encodeURIComponent(code)}/draw/rounds/${round}/proof`))).json();
}
