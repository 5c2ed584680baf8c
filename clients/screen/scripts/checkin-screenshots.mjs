// Drives a running Live server through its REST API and hub, and screenshots the check-in wall.
// Usage: node clients/screen/scripts/checkin-screenshots.mjs http://127.0.0.1:5331 /tmp/checkin-shots [--worst]
// Imports 40 invitees (Chinese names, VIP / dealer / media / staff / 特邀嘉宾), checks 15 in (phones and staff),
// adds 2 walk-ins, puts the wall on screen, and takes zh-CN and en at 1920×1080 and zh-CN at 1280×720, plus one
// shot while two more names fly in. --worst: 15 categories and long names, to check that nothing overflows.
// Needs the server (with the screen built into clients/screen/dist) and Chromium at /usr/bin/chromium.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { liveDriver, sleep } from './live-driver.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5331';
const out = process.argv[3] ?? '/tmp/checkin-shots';
const worst = process.argv.includes('--worst');
mkdirSync(out, { recursive: true });
const { post, hub, opId } = liveDriver(base);
/** A phone in the room: joins, checks in with `request`, hangs up. */
async function phoneCheckIn(code, request) {
  const { attendeeToken } = await post(`/api/sessions/${code}/join`, { mode: 'onsite' });
  const phone = await hub(attendeeToken);
  try { return await phone.invoke('CheckIn', { ...request, opId: opId() }); } finally { await phone.stop(); }
}

const family = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜';
const given = ['伟', '芳', '秀英', '敏', '静', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英', '建国', '晓雯'];
const categories = worst
  ? ['VIP', 'dealer', 'media', 'staff', '华东区经销商', '华南区经销商', '华北区经销商', '西南区经销商', '西北区经销商', '东北区经销商',
      '华中区经销商', 'Overseas distributors (APAC)', '供应商', '合作伙伴', '特邀嘉宾']
  : ['VIP', 'dealer', 'dealer', 'dealer', 'media', 'staff', '特邀嘉宾'];
const longNames = ['Maximilian Alexander von Hohenzollern', '欧阳娜娜', 'Anna-Katharina Schmidt-Weber', '爱新觉罗·启星'];
const people = Array.from({ length: 40 }, (_, i) => ({
  name: worst && i % 3 === 0 ? longNames[(i / 3) % longNames.length] + (i > 11 ? ` ${i}` : '') : family[i % family.length] + given[(i * 7) % given.length],
  phone: `1380013${String(1000 + i).padStart(4, '0')}`,
  company: `${['上海', '杭州', '成都', '广州', '北京'][i % 5]}${['华盛', '远航', '新锐', '恒通'][i % 4]}贸易有限公司`,
  category: categories[(i * 11) % categories.length],
  seat: `${1 + (i % 8)}-${1 + Math.floor(i / 8)}`,
}));
const csvCell = s => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = ['姓名,手机号,公司,类别,桌号', ...people.map(p => [p.name, p.phone, p.company, p.category, p.seat].map(csvCell).join(','))].join('\n');

async function main() {
  const session = await post('/api/sessions', { title: '2026 年度经销商大会' });
  const report = await post(`/api/sessions/${session.code}/roster`, csv, { token: session.hostKey, type: 'text/csv' });
  if (report.errors.length) throw new Error(`import errors: ${JSON.stringify(report.errors)}`);
  const host = await hub(session.hostKey);
  await host.invoke('SetCheckInSettings', { allowWalkIns: true, maskNamesOnWall: true });

  // 15 in: the first 9 with their phones (by number, or by name and the last four), 6 at the staff desk; 2 walk-ins.
  for (let i = 0; i < 9; i++) {
    const p = people[i * 2];
    await phoneCheckIn(session.code, i % 3 === 2 ? { name: p.name, last4: p.phone.slice(-4) } : { phone: p.phone });
  }
  for (const p of people.filter((_, i) => i % 2 === 1).slice(0, 6)) {
    const [entry] = await host.invoke('SearchRoster', { query: p.phone, limit: 1 });
    await host.invoke('StaffCheckIn', entry.id);
  }
  await phoneCheckIn(session.code, { name: '现场来宾李先生', walkIn: true });
  await phoneCheckIn(session.code, { name: 'Walk-in Guest', phone: '13900139000', walkIn: true });
  await host.invoke('SetScreen', { view: 'checkin' });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const open = async (lang, width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.addInitScript(l => localStorage.setItem('live.lang', l), lang);
    await page.goto(base + session.screenUrl);
    await page.waitForSelector('.status-live');
    await page.waitForSelector('[data-testid=wall-arrived]');
    await sleep(1000);
    return page;
  };
  const name = worst ? 'checkin-worst' : 'checkin';
  for (const [lang, width, height] of [['zh-CN', 1920, 1080], ['en', 1920, 1080], ['zh-CN', 1280, 720]]) {
    const page = await open(lang, width, height);
    await page.screenshot({ path: `${out}/${name}-${lang}-${width}x${height}.png` });
    await page.close();
  }

  // Two more arrive while the wall is up: caught mid-flight.
  const page = await open('zh-CN', 1920, 1080);
  await Promise.all([people[30], people[32]].map(p => phoneCheckIn(session.code, { phone: p.phone })));
  await page.waitForSelector('.arrival.is-new');
  await sleep(350);
  await page.screenshot({ path: `${out}/${name}-arriving-zh-CN.png` });
  await page.close();

  await browser.close();
  await host.stop();
  console.log(`screenshots in ${out}; screen ${base}${session.screenUrl}`);
}

main().catch(error => { console.error(error); process.exit(1); });
