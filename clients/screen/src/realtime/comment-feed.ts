import type { CommentView } from '@live/shared/realtime/types';

/** A comment as it arrived, numbered so a consumer can take only what is new since it last looked. */
export interface ReceivedComment { seq: number; comment: CommentView }

/** The newest comments from `onComments` batches; bounded, so a burst can never grow memory or a render. */
export interface CommentFeed { last: number; recent: ReceivedComment[] }

export const emptyFeed: CommentFeed = { last: 0, recent: [] };
/** The server sends at most 100 per batch; twice that covers a consumer that skipped a render. */
export const feedLimit = 200;

export function appendComments(feed: CommentFeed, items: readonly CommentView[], limit = feedLimit): CommentFeed {
  if (items.length === 0) return feed;
  let seq = feed.last;
  const added = items.map(comment => ({ seq: ++seq, comment }));
  return { last: seq, recent: [...feed.recent, ...added].slice(-limit) };
}

/** What arrived after `seen` (oldest first). */
export const commentsAfter = (feed: CommentFeed, seen: number) => feed.recent.filter(r => r.seq > seen).map(r => r.comment);
