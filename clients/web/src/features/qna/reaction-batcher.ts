/** Most taps one React call may carry (docs/API.md: count 1–50). */
export const maxReactionCount = 50;
/** Taps are sent at most this often. */
export const reactionIntervalMs = 250;

export interface ReactionBatcher {
  /** Counts one tap; the first tap of a window starts the timer, the rest ride along. */
  tap(emoji: string): void;
  /** Sends whatever is counted now (e.g. when the page goes away). */
  flush(): void;
  /** Stops the timer and sends what is left. */
  dispose(): void;
}

/**
 * Coalesces reaction taps: a crowd tapping 👏 must not become one hub call per tap. Each window of
 * `intervalMs` sends one call per emoji with the number of taps, capped at 50 (taps past the cap in one
 * window are dropped: they are applause, not ballots).
 */
export function createReactionBatcher(send: (emoji: string, count: number) => void, intervalMs = reactionIntervalMs): ReactionBatcher {
  let counts = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = counts;
    counts = new Map();
    for (const [emoji, count] of batch) send(emoji, count);
  };

  return {
    tap(emoji) {
      counts.set(emoji, Math.min(maxReactionCount, (counts.get(emoji) ?? 0) + 1));
      timer ??= setTimeout(flush, intervalMs);
    },
    flush,
    dispose: flush,
  };
}
