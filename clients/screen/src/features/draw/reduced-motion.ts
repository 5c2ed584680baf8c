/** The viewer asked for less motion (prefers-reduced-motion: reduce); false where matchMedia is missing. */
export const prefersReducedMotion = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
