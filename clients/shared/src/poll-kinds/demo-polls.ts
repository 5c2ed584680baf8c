import type { PollResults, PollView, ResultItem } from '../realtime/types';

/**
 * Made-up polls of every kind with results, in Chinese and English, for the development harnesses and their
 * screenshots (kinds.html in each app's dev folder). Not used by the apps.
 */
export type DemoId = 'multiple' | 'stars' | 'survey' | 'nps' | 'ranking' | 'wordcloud' | 'statements10' | 'ranking10';
export const demoIds: readonly DemoId[] = ['multiple', 'stars', 'survey', 'nps', 'ranking', 'wordcloud'];
/** The most a poll can hold, with long labels: to check that nothing overflows on a 720p projector. */
export const worstIds: readonly DemoId[] = ['statements10', 'ranking10'];
export interface Demo { poll: PollView; results: PollResults }

const base = (id: string, patch: Partial<PollView>): PollView => ({
  id, kind: 'single', question: '', options: [], maxSelections: 1, allowVoteChange: true, showResultsToAttendees: true,
  status: 'open', checkedInOnly: false, variant: null, hiddenKeys: [], ...patch,
});
const opts = (texts: string[]) => texts.map((text, id) => ({ id, text }));
const item = (key: string, patch: Partial<ResultItem>): ResultItem => ({ key, text: null, count: 0, value: null, score: null, distribution: null, ...patch });
const results = (pollId: string, voters: number, items: ResultItem[] | null, counts: number[] = []): PollResults =>
  ({ pollId, version: 7, status: 'open', counts, voters, items });

/** Mean of a distribution over the points low..low+n-1, two decimals like the server. */
const mean = (distribution: number[], low: number) => {
  const n = distribution.reduce((a, b) => a + b, 0);
  return n === 0 ? null : Math.round((100 * distribution.reduce((s, c, k) => s + c * (low + k), 0)) / n) / 100;
};
const rated = (key: string, distribution: number[], low: number, nps = false): ResultItem => {
  const count = distribution.reduce((a, b) => a + b, 0);
  const share = (from: number, to: number) => distribution.slice(from, to + 1).reduce((a, b) => a + b, 0) / count;
  return item(key, { count, value: mean(distribution, low), distribution, score: nps ? Math.round(100 * (share(9, 10) - share(0, 6))) : null });
};

const words: Record<'zh' | 'en', [string, number][]> = {
  zh: [['创新', 86], ['团队', 64], ['高效', 51], ['AI', 47], ['增长', 40], ['合作共赢', 36], ['服务', 31], ['数字化', 29], ['品质', 27], ['感恩', 24],
    ['突破', 22], ['客户第一', 20], ['专业', 19], ['热情', 17], ['未来', 16], ['信任', 15], ['渠道', 14], ['智能制造', 13], ['绿色', 12], ['出海', 11],
    ['Teamwork', 10], ['激情', 10], ['执行力', 9], ['共创', 9], ['用心', 8], ['学习', 8], ['精彩', 7], ['稳健', 7], ['新品', 7], ['落地', 6],
    ['开心', 6], ['凝聚力', 6], ['敬业', 5], ['品牌', 5], ['速度', 5], ['满意', 4], ['惊喜', 4], ['长期主义', 4], ['温暖', 3], ['奋斗', 3],
    ['成长', 3], ['价值', 3], ['新能源', 2], ['可持续发展与社会责任', 2], ['华东区加油', 2], ['🚀', 2], ['乐观', 1], ['拼搏', 1]],
  en: [['innovation', 86], ['teamwork', 64], ['growth', 51], ['AI', 47], ['customers', 40], ['inspiring', 36], ['partnership', 31], ['quality', 29],
    ['digital', 27], ['trust', 24], ['energy', 22], ['future', 20], ['focus', 19], ['service', 17], ['momentum', 16], ['grateful', 15], ['bold', 14],
    ['sustainability', 13], ['execution', 12], ['global', 11], ['创新', 10], ['speed', 10], ['learning', 9], ['together', 9], ['exciting', 8],
    ['value', 8], ['brand', 7], ['people', 7], ['passion', 7], ['resilient', 6], ['clarity', 6], ['fun', 6], ['community', 5], ['launch', 5],
    ['smart', 5], ['vision', 4], ['well organised', 4], ['long-term thinking', 4], ['craft', 3], ['proud', 3], ['curious', 3], ['listen', 3],
    ['dealer first', 2], ['one team one dream', 2], ['🚀', 2], ['calm', 1], ['simple', 1]],
};

/** The demo poll `id` in language `lang` ('zh-CN' or 'en'). */
export function demoPoll(id: DemoId, lang: string): Demo {
  const zh = lang.startsWith('zh');
  switch (id) {
    case 'multiple': {
      const poll = base('multiple', { kind: 'multiple', maxSelections: 3, question: zh ? '明年您最希望总部加强哪些支持？（最多选 3 项）' : 'Where should head office support you more next year? (up to 3)',
        options: opts(zh ? ['市场推广', '培训赋能', '物流配送', '售后服务', '数字化工具'] : ['Marketing', 'Training', 'Logistics', 'After-sales', 'Digital tools']) });
      return { poll, results: results(poll.id, 128, null, [74, 61, 38, 52, 80]) };
    }
    case 'stars': {
      const poll = base('stars', { kind: 'rating', variant: 'stars5', question: zh ? '您对今天上午的主题演讲满意吗？' : "How satisfied were you with this morning's keynote?" });
      return { poll, results: results(poll.id, 114, [rated('0', [2, 3, 10, 38, 61], 1)]) };
    }
    case 'survey': {
      const poll = base('survey', { kind: 'rating', variant: 'scale10', question: zh ? '请为本次大会打分' : 'Please rate this conference',
        options: opts(zh ? ['会议内容', '现场服务', '个人收获'] : ['Content', 'On-site service', 'What I take away']) });
      return { poll, results: results(poll.id, 96, [
        rated('0', [0, 1, 1, 2, 4, 6, 12, 25, 26, 19], 1), rated('1', [1, 0, 2, 3, 5, 9, 15, 22, 21, 18], 1), rated('2', [0, 2, 3, 4, 8, 11, 17, 20, 17, 14], 1),
      ]) };
    }
    case 'nps': {
      const poll = base('nps', { kind: 'rating', variant: 'nps', question: zh ? '您有多大可能向同行推荐本次经销商大会？' : 'How likely are you to recommend this dealer conference to a colleague?' });
      return { poll, results: results(poll.id, 152, [rated('0', [2, 1, 3, 4, 5, 8, 9, 18, 27, 33, 42], 0, true)]) };
    }
    case 'ranking': {
      const poll = base('ranking', { kind: 'ranking', question: zh ? '新品上市，您最看重哪些方面？请排序' : 'For a product launch, what matters most to you? Put them in order',
        options: opts(zh ? ['价格政策', '产品质量', '交付速度', '市场支持', '售后保障'] : ['Pricing', 'Product quality', 'Delivery speed', 'Marketing support', 'After-sales cover']) });
      const points = [[3.1, [14, 18, 20, 22, 16]], [4.02, [41, 22, 12, 9, 6]], [2.4, [6, 12, 19, 25, 28]], [2.85, [10, 20, 25, 20, 15]], [2.63, [19, 18, 14, 14, 25]]] as const;
      return { poll, results: results(poll.id, 90, points.map(([value, distribution], id) => item(String(id), { count: 90, value, distribution: [...distribution] }))) };
    }
    case 'statements10': {
      const labels = zh
        ? ['开场致辞与年度回顾', '新产品发布环节', '渠道政策解读', '经销商经验分享与圆桌讨论', '午餐与茶歇安排', '会场座位与音响效果', '签到与接待服务', '抽奖与互动环节', '会议资料与伴手礼', '整体组织与时间控制']
        : ['Opening address and the year in review', 'New product launch', 'Channel policy briefing', 'Dealer stories and the panel discussion',
          'Lunch and coffee breaks', 'Seating and sound in the hall', 'Check-in and reception', 'Lucky draw and interaction', 'Handouts and gifts', 'Overall organisation and timing'];
      const poll = base('statements10', { kind: 'rating', variant: 'nps', question: zh ? '请为今天大会的各个环节打分：您有多大可能向同行推荐？' : 'How likely are you to recommend each part of today to a colleague?', options: opts(labels) });
      return { poll, results: results(poll.id, 180, labels.map((_, i) => rated(String(i), [1, 0, 2, 3, 4, 6 + i, 9, 14 + i, 20, 25 - i, 30 + 2 * i], 0, true))) };
    }
    case 'ranking10': {
      const labels = zh
        ? ['价格与返利政策', '产品质量与稳定性', '交付速度', '市场推广支持', '售后与维修保障', '培训与认证', '数字化订货系统', '区域保护政策', '新品首批配额', '品牌影响力']
        : ['Pricing and rebate policy', 'Product quality and reliability', 'Delivery speed', 'Marketing and co-op support', 'After-sales and repair cover',
          'Training and certification', 'Digital ordering system', 'Territory protection', 'First allocation of new models', 'Brand strength'];
      const poll = base('ranking10', { kind: 'ranking', question: zh ? '对于明年的合作，以下哪些因素最重要？请按重要程度排序' : 'For next year, which of these matter most to you? Put them in order of importance', options: opts(labels) });
      return { poll, results: results(poll.id, 120, labels.map((_, i) => item(String(i), { count: 120, value: Math.round((9.1 - ((i * 7) % 10) * 0.8) * 100) / 100, distribution: new Array(10).fill(12) }))) };
    }
    case 'wordcloud': {
      const poll = base('wordcloud', { kind: 'wordcloud', maxSelections: 3, question: zh ? '用一个词形容今天的大会' : 'One word for today', hiddenKeys: zh ? ['无聊'] : ['boring'] });
      const list = words[zh ? 'zh' : 'en'];
      return { poll, results: results(poll.id, 213, list.map(([text, count]) => item(text.toLowerCase(), { text, count }))) };
    }
  }
}
