// Drives a running Live server through its real hub and takes 1920×1080 screenshots of the big screen.
// Usage: node clients/screen/scripts/screenshots.mjs http://127.0.0.1:5322 /tmp/shots [--worst]
// --worst: every question 300 characters long, Q&A only, to check that nothing overflows.
// Needs the server (with the screen built into clients/screen/dist) and Chromium at /usr/bin/chromium.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { liveDriver, sleep } from './live-driver.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5322';
const out = process.argv[3] ?? '/tmp/qna-screen-shots';
mkdirSync(out, { recursive: true });
const { post, hub, opId } = liveDriver(base);
async function attendee(code, nickname, mode = 'onsite') {
  const { attendeeToken } = await post(`/api/sessions/${code}/join`, { mode, ...(nickname ? { nickname } : {}) });
  return hub(attendeeToken);
}

const baseQuestions = [
  { nick: '王磊', mode: 'onsite', text: '新一代产品什么时候能在华东区域上市？经销商可以提前预订样机吗？', votes: 14 },
  { nick: 'Emily Chen', mode: 'online', text: 'Will the new dealer portal support English and Chinese invoices?', votes: 11 },
  { nick: null, mode: 'onsite', anonymous: true, text: '今年的返利政策和去年相比有哪些调整？', votes: 9 },
  { nick: '赵敏', mode: 'online', text: '线上参会的经销商能否参与下午的抽奖环节？'.repeat(1), votes: 6 },
  {
    nick: '陈建国', mode: 'onsite', votes: 4,
    text: '我们是西南区域的二级经销商，过去三年一直在县级市场深耕，今年县域市场的需求明显上升，但物流成本和售后服务压力也越来越大。想请问总部：第一，明年是否会在西南地区增设区域仓库，缩短到货周期；第二，针对县级市场是否有专门的培训和售后支持计划；第三，新品的首批配额是按照去年销量分配，还是会考虑县域市场的增长潜力？另外，线上渠道和线下门店之间的价格冲突应该如何协调，总部有没有统一的价格管控措施？希望能得到具体的答复，谢谢！',
  },
  { nick: 'Tom', mode: 'onsite', text: 'How will after-sales training work for new dealers in 2027?', votes: 2 },
  { nick: '李娜', mode: 'online', text: '会后能提供今天演讲的PPT吗？', votes: 1 },
];

const worst = process.argv.includes('--worst');
const questions = worst
  ? baseQuestions.map((q, i) => ({ ...q, text: `${i + 1}. ${'长问题会换行并完整地显示在屏幕之内，不会溢出。'.repeat(15)}`.slice(0, 300) }))
  : baseQuestions;

async function main() {
  const session = await post('/api/sessions', { title: '2026 年度经销商大会' });
  const host = await hub(session.hostKey);
  const ids = [];
  for (const q of questions) {
    const a = await attendee(session.code, q.nick, q.mode);
    const view = await a.invoke('AskQuestion', { text: q.text, anonymous: !!q.anonymous, opId: opId() });
    ids.push(view.id);
    await a.stop();
  }
  const names = ['小王', 'Lucy', '阿杰', '张经理', 'Mark', '晓雯', '老刘', 'Sophie', '陈晨', '大伟', 'Kevin', '婷婷', '周总', 'Anna', '小米', '浩然'];
  const voters = await Promise.all(names.map((name, i) => attendee(session.code, name, i % 3 ? 'onsite' : 'online')));
  for (let i = 0; i < questions.length; i++) {
    await Promise.all(voters.slice(0, questions[i].votes).map(v => v.invoke('Upvote', { questionId: ids[i], up: true, opId: opId() })));
  }
  const spotlight = ids[4];
  await host.invoke('MoveQuestions', { questionIds: [spotlight], to: 'answering' });
  await host.invoke('SetScreen', { view: 'qna' });

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const shoot = async (lang, name, before) => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(l => localStorage.setItem('live.lang', l), lang);
    await page.goto(base + session.screenUrl);
    await page.waitForSelector('.status-live');
    if (before) await before(page);
    await sleep(1500);
    await page.screenshot({ path: `${out}/${name}-${lang}.png` });
    await page.close();
  };
  for (const lang of ['zh-CN', 'en']) await shoot(lang, worst ? 'qna-worst' : 'qna');
  if (worst) { await browser.close(); await Promise.all([...voters, host].map(c => c.stop())); return; }

  // Poll results with 弹幕 flying over them.
  const { polls } = await host.invoke('CreatePoll', {
    question: '您最期待哪款新品？', kind: 'single', options: ['智能门锁 X1', '全屋净水 Pro', '家用储能 E5', '智能安防套装'],
    allowVoteChange: true, showResultsToAttendees: false,
  });
  const poll = polls.at(-1);
  await host.invoke('OpenPoll', poll.id);
  const ballots = [5, 8, 2, 1];
  let v = 0;
  for (let option = 0; option < ballots.length; option++)
    for (let k = 0; k < ballots[option]; k++) await voters[v++].invoke('Vote', { pollId: poll.id, optionIds: [option], opId: opId() });
  await host.invoke('SetScreen', { view: 'poll', pollId: poll.id });
  const comments = ['太棒了！', '期待储能 E5 🔋', '净水 Pro 已经下单了', 'Great launch!', '现场气氛超好', '门锁 X1 什么时候发货？',
    '支持国货！', 'Love the new design', '666666', '西南区的朋友们好', '价格能再优惠点吗', '主持人好帅', 'Hello from Shanghai', '干货满满'];
  for (const lang of ['zh-CN', 'en']) {
    await shoot(lang, 'danmaku', async () => {
      const shift = lang === 'en' ? 5 : 0;
      await Promise.all(comments.map((_, i) => voters[i].invoke('SendComment', { text: comments[(i + shift) % comments.length], opId: opId() })));
      await sleep(2500);
      const emojis = (await host.invoke('GetState')).reactions.counts.map(c => c.emoji);
      await Promise.all(voters.slice(0, 6).map((v, i) => v.invoke('React', { emoji: emojis[i % 3], count: 50 - i * 8 })));
    });
    await sleep(3500); // the comment rate gate is 3 s per device
  }
  await browser.close();
  await Promise.all([...voters, host].map(c => c.stop()));
  console.log(`screenshots in ${out}; screen ${base}${session.screenUrl}`);
}

main().catch(error => { console.error(error); process.exit(1); });
