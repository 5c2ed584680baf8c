/**
 * Runs `run` once input has been quiet for `delayMs`: typing "张三丰" sends one search, not three.
 * `cancel` drops a pending call (on unmount, or when the input is cleared).
 */
export function createDebouncer<A extends unknown[]>(delayMs: number, run: (...args: A) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call(...args: A) {
      clearTimeout(timer);
      timer = setTimeout(() => { timer = undefined; run(...args); }, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    get pending() { return timer !== undefined; },
  };
}

/**
 * Hands out tickets so that only the newest request's answer is used: a slow search for "张" must not
 * overwrite the answer for "张三" that came back first.
 */
export function createLatest() {
  let newest = 0;
  return {
    next() { return ++newest; },
    isLatest(ticket: number) { return ticket === newest; },
  };
}
