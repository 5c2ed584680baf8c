// Screenshots of every poll kind, without a Live server: builds the two dev harnesses (clients/screen/dev/kinds.html,
// clients/web/dev/kinds.html), serves them from 127.0.0.1 under the server's strict Content-Security-Policy, and drives
// Debian's Chromium through them. Usage, from the repository root:
//   node clients/screen/scripts/kinds-screenshots.mjs [out-dir] [--only=WORD]   (default .artifacts/screenshots/kinds)
// --only=WORD: only the big-screen shots whose file name contains WORD (e.g. --only=screen-nps); --only=phone and
// --only=console take those sets whole.
// Big screen at 1920×1080 and 1280×720 (zh-CN and en), phone ballots at 390×844 after real taps, drags and typing,
// the console's poll cards. Exits non-zero if a page logs a CSP violation or a script error. Stops its server itself.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const out = resolve(args.find(a => !a.startsWith('--')) ?? join(root, '.artifacts/screenshots/kinds'));
const only = args.find(a => a.startsWith('--only='))?.slice('--only='.length);
const wanted = name => !only || name.includes(only);
const sleep = ms => new Promise(r => setTimeout(r, ms));
// The server's policy (server/Live.Server/Hosting/SecurityHeaders.cs): no inline script or style, no eval.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

async function buildHarness(app, dir) {
  await build({
    configFile: join(root, `clients/${app}/vite.config.ts`), root: join(root, `clients/${app}`), logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, rollupOptions: { input: join(root, `clients/${app}/dev/kinds.html`) } },
  });
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
function serve(web, screen) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = path.startsWith('/screen/') ? join(screen, path.slice('/screen/'.length)) : join(web, path);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise(ok => server.listen(0, '127.0.0.1', () => ok(server)));
}

const problems = [];
async function open(browser, url, viewport) {
  const page = await browser.newPage({ viewport });
  page.on('console', m => { if (m.type() === 'error') problems.push(`${url}: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`${url}: ${e.message}`));
  await page.goto(url);
  return page;
}

async function screens(browser, base) {
  for (const lang of ['zh-CN', 'en']) {
    for (const poll of ['stars', 'survey', 'nps', 'ranking', 'wordcloud', 'multiple', 'statements10', 'ranking10']) {
      for (const [width, height] of [[1920, 1080], [1280, 720]]) {
        if (!wanted(`screen-${poll}-${lang}-${width}x${height}`)) continue;
        const page = await open(browser, `${base}/screen/dev/kinds.html?poll=${poll}&lang=${lang}`, { width, height });
        await page.waitForSelector('[data-harness-ready]');
        if (poll === 'wordcloud') await page.waitForSelector('[data-testid=word-cloud]:not([data-words="0"])');
        await sleep(1200); // entrance animations
        await page.screenshot({ path: `${out}/screen-${poll}-${lang}-${width}x${height}.png` });
        await page.close();
      }
    }
  }
  // Words growing and gliding: a shot part-way through a relayout.
  if (!wanted('screen-wordcloud-growing')) return;
  const page = await open(browser, `${base}/screen/dev/kinds.html?poll=wordcloud&lang=zh-CN&live=1`, { width: 1920, height: 1080 });
  await page.waitForSelector('[data-testid=word-cloud]:not([data-words="0"])');
  await sleep(3500);
  await page.screenshot({ path: `${out}/screen-wordcloud-growing-zh-CN-1920x1080.png` });
  await page.close();
}

/** Each phone scenario: what to tap or type before the shot. */
const phone = {
  multiple: async p => { for (const id of [0, 1, 4, 3]) await p.getByTestId(`vote-option-${id}`).click(); },
  stars: async p => { await p.getByTestId('rate-0-4').click(); },
  survey: async p => { await p.getByTestId('rate-0-9').click(); await p.getByTestId('rate-1-7').click(); },
  nps: async p => { await p.getByTestId('rate-0-8').click(); },
  ranking: async p => {
    for (const id of [1, 3, 0]) await p.getByTestId(`rank-option-${id}`).click();
    // One thumb: drag the first-ranked option's handle down below the second.
    const handle = p.getByTestId('rank-handle-1');
    const box = await handle.boundingBox();
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.mouse.down();
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 45, { steps: 5 });
    return async () => { await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 80, { steps: 5 }); await p.mouse.up(); };
  },
  wordcloud: async p => {
    await p.getByTestId('word-entry-0').fill('创新');
    await p.getByTestId('word-entry-1').fill('Teamwork');
    await p.getByTestId('word-entry-2').fill('这是一句超过四十个字的很长很长的话，用来看看手机上会不会提示太长了，再多写几个字吧');
  },
};

async function phones(browser, base) {
  if (!wanted('phone-')) return;
  for (const lang of ['zh-CN', 'en']) {
    for (const [poll, act] of Object.entries(phone)) {
      const page = await open(browser, `${base}/dev/kinds.html?view=phone&poll=${poll}&lang=${lang}`, { width: 390, height: 844 });
      await page.waitForSelector('[data-testid=submit-vote]');
      const finish = await act(page);
      await sleep(300);
      await page.screenshot({ path: `${out}/phone-${poll}-${lang}.png`, fullPage: true });
      if (finish) {
        await finish();
        for (const id of [2, 4]) await page.getByTestId(`rank-option-${id}`).click();
        await page.getByTestId('submit-vote').click();
        await page.waitForSelector('[data-testid=vote-received]');
        await page.screenshot({ path: `${out}/phone-${poll}-received-${lang}.png`, fullPage: true });
      }
      await page.close();
    }
    // Results on the phone, when the host shows them.
    for (const poll of ['nps', 'ranking', 'wordcloud']) {
      const page = await open(browser, `${base}/dev/kinds.html?view=phone&poll=${poll}&lang=${lang}&results=1`, { width: 390, height: 844 });
      await page.waitForSelector('[data-testid=submit-vote]');
      await page.screenshot({ path: `${out}/phone-${poll}-results-${lang}.png`, fullPage: true });
      await page.close();
    }
  }
}

async function consoles(browser, base) {
  if (!wanted('console-')) return;
  for (const lang of ['zh-CN', 'en']) {
    const page = await open(browser, `${base}/dev/kinds.html?view=console&lang=${lang}`, { width: 1440, height: 900 });
    await page.waitForSelector('[data-testid=poll-wordcloud]');
    await page.screenshot({ path: `${out}/console-${lang}.png`, fullPage: true });
    for (const poll of ['stars', 'survey', 'nps', 'ranking', 'wordcloud']) {
      await page.getByTestId(`poll-${poll}`).screenshot({ path: `${out}/console-card-${poll}-${lang}.png` });
    }
    for (const kind of ['rating', 'ranking', 'wordcloud']) {
      await page.getByTestId('poll-kind').selectOption(kind);
      if (kind === 'rating') { await page.getByTestId('add-option').click(); await page.getByTestId('poll-variant').selectOption('nps'); }
      await page.getByTestId('create-poll').click(); // no question: the form says so, translated
      await page.locator('form').screenshot({ path: `${out}/console-form-${kind}-${lang}.png` });
    }
    await page.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'live-kinds-'));
let server, browser;
try {
  mkdirSync(out, { recursive: true });
  await buildHarness('web', join(work, 'web'));
  await buildHarness('screen', join(work, 'screen'));
  server = await serve(join(work, 'web'), join(work, 'screen'));
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await screens(browser, base);
  await phones(browser, base);
  await consoles(browser, base);
  console.log(`screenshots in ${out}`);
  if (problems.length) { console.error(`${problems.length} page errors:\n${problems.join('\n')}`); process.exitCode = 1; }
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
