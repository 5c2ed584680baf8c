import { useEffect, useState } from 'react';
import type { DrawProof } from '@live/shared/draw/verify-draw.js';
import { checkProof, type ProofChecks } from './check-proof';

/** Runs the checks whenever the proof changes; a late answer for an older proof is dropped. */
export function useProofChecks(proof: DrawProof | null): ProofChecks | null {
  const [checks, setChecks] = useState<ProofChecks | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new proof's checks start empty; the async answer lands later
    setChecks(null);
    if (!proof) return;
    let current = true;
    void checkProof(proof).then(result => { if (current) setChecks(result); });
    return () => { current = false; };
  }, [proof]);
  return checks;
}
