import type { CSSProperties } from 'react';
import './comment-layer.css';
import type { QnaSettings } from '@live/shared/realtime/types';
import type { CommentFeed } from '../../realtime/comment-feed';
import { defaultLanes, laneEm, useDanmaku } from './use-danmaku';

export interface CommentLayerProps {
  feed: CommentFeed;
  /** null before the first Q&A snapshot: the server's defaults (on, not paused, nicknames shown). */
  settings: QnaSettings | null;
  /** commentQueue.cleared; when it grows every floating comment goes. */
  cleared: number | null;
  /** Lanes in the band; the screen reserves the band's height for them (app.css, data-comment-lanes). */
  lanes?: number;
}

/**
 * Bullet comments (弹幕) flying right to left in a band across the top of the screen, above whatever view it shows. They are decoration for the room,
 * hidden from assistive technology: the phones and the console list the same comments as text.
 */
export function CommentLayer({ feed, settings, cleared, lanes = defaultLanes }: CommentLayerProps) {
  const enabled = settings?.commentsEnabled ?? true;
  const showNicknames = settings?.showCommentNicknames ?? true;
  const { floating, options } = useDanmaku(feed, { enabled, paused: settings?.commentsPaused ?? false, showNicknames, cleared }, lanes);
  if (!enabled) return null;
  const laneHeight = options.fontPx * laneEm;
  return (
    <div className="comment-layer" data-testid="comment-layer" data-lanes={options.lanes} aria-hidden="true" style={{ fontSize: options.fontPx }}>
      {floating.map(f => (
        <div
          key={f.comment.id}
          className="comment"
          data-testid={`comment-${f.comment.id}`}
          style={{ top: Math.round(options.fontPx * 0.1 + f.lane * laneHeight), animationDuration: `${f.duration}ms` } as CSSProperties}
        >
          {showNicknames && f.comment.author && <span className="comment-author">{f.comment.author}</span>}
          <span className="comment-text">{f.comment.text}</span>
        </div>
      ))}
    </div>
  );
}
