import cloud from 'd3-cloud';
import type { WordRow } from '@live/shared/poll-kinds/wordcloud';

/** A word where the layout put it: x, y from the centre of the area (the text's anchor, middle of its baseline). */
export interface PlacedWord { key: string; text: string; count: number; size: number; x: number; y: number; rotate: number }

/** Latin fonts first like the rest of the screen; Chinese falls through to the CJK ones. The layout measures with the same. */
export const cloudFont = 'system-ui, "Segoe UI", Roboto, Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
export const cloudWeight = 800;

/** Estimated width of `text` at font size 1: CJK characters are a full em, Latin letters a little over half. */
const emWidth = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.6), 0);

/**
 * Font size per word, by count on a square-root scale between a floor that still reads at the back of a hall at 720p
 * and a ceiling for the top word; no word is sized wider than the area.
 */
export function fontSizes(words: readonly WordRow[], width: number, height: number, scale = 1): number[] {
  const low = Math.max(16, height * 0.05) * Math.max(scale, 0.7);
  const high = Math.max(low, height * 0.24 * scale);
  const counts = words.map(w => w.count);
  const [min, max] = [Math.min(...counts), Math.max(...counts)];
  return words.map(w => {
    const share = max === min ? (words.length === 1 ? 1 : 0.5) : Math.sqrt((w.count - min) / (max - min));
    return Math.round(Math.min(low + (high - low) * share, (width * 0.92) / Math.max(1, emWidth(w.text))));
  });
}

/** A fixed sequence of "random" numbers: the same words and sizes give the same picture on every screen and redraw. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether this browser can measure text on a canvas (jsdom cannot: it then gets the simple row layout). */
export function canMeasure(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}

interface Sized { key: string; text: string; count: number; size: number }

function d3Layout(words: Sized[], width: number, height: number): PlacedWord[] {
  let placed: PlacedWord[] = [];
  cloud<Sized>()
    .size([width, height])
    .words(words.map(w => ({ ...w })))
    .text(d => d.text)
    .font(cloudFont)
    .fontWeight(cloudWeight)
    .fontSize(d => d.size)
    .padding(d => Math.max(2, Math.round(d.size * 0.08)))
    .rotate(0) // horizontal only: read from far away at a glance
    .spiral('archimedean')
    .random(seeded(7))
    .timeInterval(Infinity) // all at once: start() has placed every word when it returns
    .on('end', tags => { placed = tags.map(d => ({ key: d.key, text: d.text, count: d.count, size: d.size, x: d.x, y: d.y, rotate: d.rotate })); })
    .start();
  return placed;
}

/** Rows of words, centred, largest first: for a browser without canvas (tests), and never wrong, only plainer. */
function rowLayout(words: Sized[], width: number, height: number): PlacedWord[] {
  const out: PlacedWord[] = [];
  let [x, y, rowHeight] = [0, 0, 0];
  for (const w of words) {
    const wide = emWidth(w.text) * w.size + w.size * 0.5;
    if (x + wide > width && x > 0) { y += rowHeight; x = 0; rowHeight = 0; }
    rowHeight = Math.max(rowHeight, w.size * 1.2);
    if (y + rowHeight > height) break;
    out.push({ key: w.key, text: w.text, count: w.count, size: w.size, x: x + wide / 2 - width / 2, y: y + w.size - height / 2, rotate: 0 });
    x += wide;
  }
  return out;
}

/**
 * Places the words in a width × height area with d3-cloud. When some do not fit, every size shrinks and it tries again
 * (a few times at most); words that still do not fit are left out, the smallest first.
 */
export function layoutCloud(words: readonly WordRow[], width: number, height: number, measure = canMeasure()): PlacedWord[] {
  if (words.length === 0 || width <= 0 || height <= 0) return [];
  let best: PlacedWord[] = [];
  for (let attempt = 0, scale = 1; attempt < 5; attempt++, scale *= 0.85) {
    const sizes = fontSizes(words, width, height, scale);
    const sized = words.map((w, i) => ({ key: w.key, text: w.text, count: w.count, size: sizes[i] }));
    const placed = measure ? d3Layout(sized, width, height) : rowLayout(sized, width, height);
    if (placed.length > best.length) best = placed;
    if (placed.length === words.length || !measure) break;
  }
  return best;
}
