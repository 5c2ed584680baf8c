import { useTranslation } from 'react-i18next';
import './qna-view.css';
import type { QnaView as QnaSnapshot } from '@live/shared/realtime/types';
import { QrCode } from '../../components/qr-code';
import { groupCode } from '../join/join-view';
import { QuestionMeta } from './question-meta';
import { lengthClass, qnaBoard } from './top-questions';

export interface QnaViewProps { title: string; qna: QnaSnapshot | null; code: string; joinUrl: string }

/** Six at most; under a long spotlight the list shows only the rows that fit whole (see .top-list). */
const topLimit = 6;

export function QnaView({ title, qna, code, joinUrl }: QnaViewProps) {
  const { t } = useTranslation();
  const board = qnaBoard(qna, topLimit);
  const { spotlight, top } = board;

  if (!spotlight && top.length === 0) {
    return (
      <main className="qna-view qna-empty" data-testid="qna-view">
        <h1 className="screen-title">{title}</h1>
        <div className="join-body">
          <div className="qr-frame"><QrCode text={joinUrl} testId="qna-qr" /></div>
          <div className="join-info">
            <p className="join-scan" data-testid="qna-empty">{t('qna.emptyTitle')}</p>
            <p className="qna-empty-hint">{t('qna.emptyHint')}</p>
            <p className="join-label">{t('join.code')}</p>
            <p className="join-code" data-testid="qna-join-code">{groupCode(code)}</p>
            <p className="join-url"><span>{t('join.orVisit')}</span> <span>{joinUrl}</span></p>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main className={spotlight ? 'qna-view has-spotlight' : 'qna-view'} data-testid="qna-view">
      {spotlight && (
        <section className="spotlight" data-testid="spotlight" data-length={lengthClass(spotlight.text)}>
          <p className="spotlight-label">{t('qna.nowAnswering')}</p>
          <p className="spotlight-text" data-testid="spotlight-text">{spotlight.text}</p>
          <p className="spotlight-meta">
            <QuestionMeta question={spotlight} />
            <span className="spotlight-votes">{t('qna.votes', { count: spotlight.votes })}</span>
          </p>
        </section>
      )}
      <div className="qna-body">
        <section className="top-questions">
          <h2 className="top-heading">
            <span>{t(spotlight ? 'qna.upNext' : 'qna.top')}</span>
            {board.waiting > 0 && <span className="qna-count" data-testid="qna-waiting">{t('qna.waiting', { count: board.waiting })}</span>}
            {board.answered > 0 && <span className="qna-count" data-testid="qna-answered">{t('qna.answered', { count: board.answered })}</span>}
          </h2>
          <ol className="top-list" data-count={top.length}>
            {top.map(q => (
              <li key={q.id} className="top-question" data-testid={`top-question-${q.id}`}>
                <span className="top-votes">
                  <span className="top-votes-count" data-testid={`top-votes-${q.id}`}>{q.votes}</span>
                  <span className="top-votes-label">{t('qna.votesLabel', { count: q.votes })}</span>
                </span>
                <span className="top-text">{q.text}</span>
                <QuestionMeta question={q} />
              </li>
            ))}
            {top.length === 0 && <li className="top-none">{t('qna.noMore')}</li>}
          </ol>
        </section>
        <aside className="qna-join">
          <QrCode text={joinUrl} className="qr qna-join-qr" testId="qna-qr" />
          <span className="qna-join-hint">{t('qna.askHint')}</span>
          <span className="qna-join-code">{groupCode(code)}</span>
        </aside>
      </div>
    </main>
  );
}
