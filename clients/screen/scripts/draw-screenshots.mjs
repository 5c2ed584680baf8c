// Drives a running Live server and screenshots the lucky draw on the big screen with a 450-winner batch.
// Usage: node clients/screen/scripts/draw-screenshots.mjs http://127.0.0.1:5361 /tmp/draw-shots
// Imports 500 invitees, checks them all in at the staff desk, draws 450 in one round, reveals it, and takes
// 1920×1080 shots of each stage and, opened afterwards (no drum roll), a 1280×720 one. Needs the server (with clients built) and Chromium at /usr/bin/chromium.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { liveDriver, sleep } from './live-driver.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5361';
const out = process.argv[3] ?? '/tmp/draw-shots';
mkdirSync(out, { recursive: true });
const { post, hub } = liveDriver(base);

const family = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜';
const given = ['伟', '芳', '秀英', '敏', '静', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英', '建国', '晓雯'];
const csv = ['姓名,手机号,类别', ...Array.from({ length: 500 }, (_, i) =>
  `${family[i % family.length]}${given[(i * 7) % given.length]}${i},1390013${String(1000 + i).padStart(4, '0')},dealer`)].join('\n');

const session = await post('/api/sessions', { title: '2026 年会' });
await post(`/api/sessions/${session.code}/roster`, csv, { token: session.hostKey, type: 'text/csv' });
const host = await hub(session.hostKey);
for (let i = 1; i <= 500; i += 50) await Promise.all(Array.from({ length: 50 }, (_, k) => host.invoke('StaffCheckIn', `a${i + k}`)));
const view = await host.invoke('SaveTier', { id: null, name: '六等奖', count: 450, order: 6, image: null,
  eligibility: { source: 'checkedIn', pollId: null, categories: [], include: [], exclude: [] } });
await host.invoke('SetScreen', { view: 'draw', pollId: null });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[1920, 1080], [1280, 720]]) {
  const page = await (await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' })).newPage();
  await page.goto(base + session.screenUrl);
  if (w === 1920) {
    await page.waitForSelector('[data-testid="draw-idle"]');
    const armed = await host.invoke('ArmRound', { tierId: view.tiers[0].id, count: 450, replaces: null });
    await page.waitForSelector('[data-testid="draw-commit"]');
    await page.screenshot({ path: `${out}/draw-armed.png` });
    await host.invoke('DrawRound', armed.number);
    await page.waitForSelector('[data-testid="draw-rolling"]');
    await sleep(800);
    await page.screenshot({ path: `${out}/draw-rolling.png` });
    await host.invoke('RevealRound', armed.number);
  }
  await page.waitForSelector('[data-testid="draw-verify"]', { timeout: 15_000 });
  await page.waitForSelector('[data-testid="draw-winners"]', { timeout: 15_000 }); // after the drum roll
  await sleep(800);
  await page.screenshot({ path: `${out}/draw-batch-${w}x${h}.png` });
}
await browser.close();
await host.stop();
console.log(`screenshots in ${out}`);
