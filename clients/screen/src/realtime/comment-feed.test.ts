import { describe, expect, it } from 'vitest';
import type { CommentView } from '@live/shared/realtime/types';
import { appendComments, commentsAfter, emptyFeed } from './comment-feed';

const c = (id: string): CommentView => ({ id, text: id, author: null, channel: 'onsite', at: '', state: 'shown', flagged: false, deviceId: null });

describe('comment feed', () => {
  it('numbers comments and hands out only the new ones', () => {
    const one = appendComments(emptyFeed, [c('a'), c('b')]);
    const two = appendComments(one, [c('c')]);
    expect(commentsAfter(two, 0).map(x => x.id)).toEqual(['a', 'b', 'c']);
    expect(commentsAfter(two, one.last).map(x => x.id)).toEqual(['c']);
  });

  it('keeps only the newest ones', () => {
    const feed = appendComments(emptyFeed, Array.from({ length: 500 }, (_, i) => c(`c${i}`)), 200);
    expect(feed.recent).toHaveLength(200);
    expect(feed.recent[0].comment.id).toBe('c300');
    expect(feed.last).toBe(500);
  });

  it('ignores empty batches', () => {
    expect(appendComments(emptyFeed, [])).toBe(emptyFeed);
  });
});
