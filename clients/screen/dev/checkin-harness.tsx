// Development harness for the check-in wall, without a server: `npm run dev` in clients/screen, then open
// http://localhost:5174/screen/dev/checkin.html?lang=zh-CN&preset=conference&live=1&danmaku=1
// Presets: conference (40 invited, 15 in), empty, walk-ins (nobody invited), many (15 categories, 3,000 people),
// long (long Latin names and labels). live=1 checks someone in every 1.2 s; danmaku=1 floats 弹幕 and reactions over it.
// detail=company|category|none: what shows beside the (masked, mostly two-character) names; company by default.
// Not part of the build: Vite builds index.html only.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from '../src/i18n';
import '../src/app/app.css';
import type { Arrival, CategoryCount, CheckInView, ReactionsView, WallDetail } from '@live/shared/realtime/types';
import { CheckInWall } from '../src/features/checkin/checkin-wall';
import { CommentLayer } from '../src/features/comments/comment-layer';
import { ReactionLayer } from '../src/features/reactions/reaction-layer';
import { appendComments, emptyFeed } from '../src/realtime/comment-feed';

const params = new URLSearchParams(location.search);
void i18n.changeLanguage(params.get('lang') ?? 'zh-CN');

interface Person { id: string; name: string; category: string; company?: string }
const companies = ['上海汽车集团', '华东经销', '广州星河传媒', '北京远景科技', '成都天府商贸有限公司', 'Acme Trading (Hong Kong) Limited'];
const detail = (params.get('detail') ?? 'company') as WallDetail;
const family = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const given = ['伟', '芳', '秀英', '敏', '静', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英'];
const mask = (name: string) => name.includes(' ')
  ? name.split(' ').map(w => w[0] + '*'.repeat(Math.max(1, w.length - 1))).join(' ')
  : name[0] + '*'.repeat(Math.max(1, [...name].length - 1));

function roster(preset: string): Person[] {
  if (preset === 'walk-ins') return [];
  if (preset === 'long') {
    const names = ['Maximilian Alexander von Hohenzollern', 'Anna-Katharina Schmidt-Weber', '欧阳娜娜', 'Jean-Baptiste Dupont', '司马相如', 'Li Wei'];
    const labels = ['Platinum strategic partners (East China)', 'VIP', '媒体与自媒体', 'dealer'];
    return Array.from({ length: 40 }, (_, i) => ({ id: `a${i + 1}`, name: names[i % names.length], category: labels[i % labels.length] }));
  }
  const categories = preset === 'many'
    ? ['VIP', 'dealer', 'media', 'staff', '华东区', '华南区', '华北区', '西南区', '西北区', '东北区', '华中区', '海外', '供应商', '合作伙伴', '特邀嘉宾']
    : ['VIP', 'dealer', 'dealer', 'dealer', 'media', 'staff'];
  const count = preset === 'many' ? 3000 : 40;
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i + 1}`, name: family[i % family.length] + given[(i * 7) % given.length], category: categories[(i * 7) % categories.length],
    company: i % 5 === 4 ? undefined : companies[i % companies.length],
  }));
}

function viewOf(people: Person[], arrived: Person[], walkIns: Person[], version: number): CheckInView {
  const byCategory = new Map<string, CategoryCount>();
  for (const p of people) {
    const c = byCategory.get(p.category) ?? { category: p.category, invited: 0, arrived: 0 };
    c.invited++;
    byCategory.set(p.category, c);
  }
  for (const p of arrived) byCategory.get(p.category)!.arrived++;
  const categories = [...byCategory.values()];
  if (walkIns.length) categories.push({ category: 'walk-in', invited: 0, arrived: walkIns.length });
  const recent: Arrival[] = [...walkIns, ...arrived].map((p, i) => ({
    personId: p.id, name: mask(p.name), category: p.category, at: `2026-11-22T09:${String(i % 60).padStart(2, '0')}:00Z`,
    company: detail === 'company' ? p.company ?? null : null,
  }));
  return {
    version, settings: { allowWalkIns: true, maskNamesOnWall: true, wallDetail: detail }, invited: people.length, arrived: arrived.length,
    walkIns: walkIns.length, byCategory: categories, recent: recent.reverse().slice(0, 30),
  };
}

function Harness() {
  const preset = params.get('preset') ?? 'conference';
  const [people] = useState(() => roster(preset));
  const initial = preset === 'empty' ? 0 : preset === 'many' ? 1870 : 15;
  const [arrived, setArrived] = useState(() => people.slice(0, initial));
  const [walkIns, setWalkIns] = useState<Person[]>(() => preset === 'walk-ins'
    ? Array.from({ length: 9 }, (_, i) => ({ id: `w${i}`, name: family[i] + given[i], category: 'walk-in' }))
    : preset === 'empty' ? [] : [{ id: 'w1', name: '现场来宾', category: 'walk-in' }, { id: 'w2', name: 'Walk In', category: 'walk-in' }]);
  const [version, setVersion] = useState(1);
  const [reactions, setReactions] = useState<ReactionsView | null>(null);
  const [feed, setFeed] = useState(emptyFeed);

  useEffect(() => {
    if (params.get('live') !== '1') return;
    const timer = setInterval(() => {
      const batch = 1 + Math.floor(Math.random() * 3);
      if (people.length) setArrived(a => [...a, ...people.slice(a.length, a.length + batch)]);
      else setWalkIns(w => [...w, { id: `w${w.length + 1}`, name: family[w.length % family.length] + given[w.length % given.length], category: 'walk-in' }]);
      setVersion(v => v + 1);
    }, 1200);
    return () => clearInterval(timer);
  }, [people]);

  useEffect(() => {
    if (params.get('danmaku') !== '1') return;
    const texts = ['欢迎各位经销商！', '签到啦 🎉', 'Hello from Shanghai', '现场好热闹', '华东区报到', '期待抽奖'];
    let n = 0;
    const timer = setInterval(() => {
      n++;
      setFeed(f => appendComments(f, [{ id: `c${n}`, text: texts[n % texts.length], author: n % 2 ? '小王' : null, channel: 'onsite', at: '', state: 'shown', flagged: false, deviceId: null }]));
      setReactions({ version: n, counts: [{ emoji: '👏', total: n * 7, burst: 6 }, { emoji: '🎉', total: n * 3, burst: 3 }] });
    }, 700);
    return () => clearInterval(timer);
  }, []);

  return (
    <div className="screen">
      <CheckInWall title="2026 年度经销商大会" checkins={viewOf(people, arrived, walkIns, version)} code="482913" joinUrl="http://192.168.1.20:5080/j/482913" />
      <ReactionLayer reactions={reactions} />
      <CommentLayer feed={feed} settings={null} cleared={null} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Harness /></StrictMode>);
