export interface DrawProof {
  round: number; tierId: string; seedHash: string; seed: string | null; listHash: string; entrantIds: string[]; winners: string[];
  /** 2 for proofs with count and replaces; absent in version 1 proofs, which still verify. */
  version?: number; count?: number; replaces?: string | null;
}
export interface ProofCheck { seedMatches: boolean; listMatches: boolean; listCanonical: boolean; winnersMatch: boolean; ok: boolean; expected: string[] }
export function fromHex(text: string): Uint8Array;
export function sha256Hex(bytes: BufferSource): Promise<string>;
export function sortIds(ids: string[]): string[];
export function listHash(sortedIds: string[]): Promise<string>;
export function below(next: () => bigint | Promise<bigint>, n: bigint): Promise<bigint>;
export function drawWinners(seed: Uint8Array, sortedIds: string[], tierId: string, round: number, count: number): Promise<string[]>;
export function verifyProof(proof: DrawProof): Promise<ProofCheck>;
