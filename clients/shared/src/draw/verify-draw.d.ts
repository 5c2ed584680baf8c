export interface DrawProof {
  round: number; tierId: string; seedHash: string; seed: string | null; listHash: string; entrantIds: string[]; winners: string[];
  /** 2 for proofs with count and replaces, 3 with eligibility; absent in version 1 proofs, which still verify. */
  version?: number; count?: number; replaces?: string | null;
  eligibility?: ProofEligibility;
}
/** Version 3: the rule the round was drawn under, and the earlier winners it left out. */
export interface ProofEligibility {
  source: 'checkedIn' | 'joined' | 'online' | 'votedInPoll'; pollId: string | null;
  categories: string[]; include: string[]; exclude: string[]; allowRepeatWins: boolean; earlierWinners: string[];
  /** Discussion tables the entrants were narrowed to (shown, not checked); empty or absent: none. */
  tables?: number[];
}
export interface ProofCheck {
  seedMatches: boolean; listMatches: boolean; listCanonical: boolean; winnersMatch: boolean;
  /** Version 3: nobody excluded or already drawn is an entrant (true for older proofs, which carry no rule). */
  eligibilityRespected: boolean; ok: boolean; expected: string[];
}
export function eligibilityRespected(proof: DrawProof): boolean;
export function fromHex(text: string): Uint8Array;
export function sha256Hex(bytes: BufferSource): Promise<string>;
export function sortIds(ids: string[]): string[];
export function listHash(sortedIds: string[]): Promise<string>;
export function below(next: () => bigint | Promise<bigint>, n: bigint): Promise<bigint>;
export function drawWinners(seed: Uint8Array, sortedIds: string[], tierId: string, round: number, count: number): Promise<string[]>;
export function verifyProof(proof: DrawProof): Promise<ProofCheck>;
