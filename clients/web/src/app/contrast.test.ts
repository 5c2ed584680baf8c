import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// axe's color-contrast rule, for the colours that failed it (the --ok green, the connecting amber): every rule in
// the web app's CSS that sets one of them as text is read, with its own background or, without one, the page's.
const src = join(process.cwd(), 'src');
const cssFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap(e => e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []);
const css = cssFiles(src).map(f => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')).join('\n');

const root = Object.fromEntries([...css.match(/:root\s*{([^}]*)}/)![1].matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(m => [m[1], m[2]]));
const resolve = (value: string) => value.startsWith('var(') ? root[value.slice(4, -1)] : value;

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const checked = ['var(--ok)', '#9a6100'];
const rules = [...css.matchAll(/([^{}]+){([^{}]*)}/g)].map(m => ({
  selector: m[1].trim(),
  color: m[2].match(/(?:^|;)\s*color:\s*([^;]+)/)?.[1].trim(),
  background: m[2].match(/background(?:-color)?:\s*(#[0-9a-f]{6}|var\(--[\w-]+\))\s*(?:;|$)/i)?.[1],
})).filter(r => r.color && checked.includes(r.color));

describe('text colours that axe flagged', () => {
  it('the green is 4.5:1 or more on white, the page and the green tint', () => {
    for (const bg of ['#ffffff', root['--bg'], '#e3f6ec', '#f3fbf6']) expect(contrast(root['--ok'], bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('every rule with green or amber text has 4.5:1 or more against its background', () => {
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      const backgrounds = rule.background ? [resolve(rule.background)] : [root['--card'], root['--bg']];
      for (const bg of backgrounds) {
        expect({ selector: rule.selector, ratio: Math.round(contrast(resolve(rule.color!), bg) * 100) / 100 })
          .toEqual({ selector: rule.selector, ratio: expect.toSatisfy((r: number) => r >= 4.5) });
      }
    }
  });
});
