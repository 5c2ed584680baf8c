import { useTranslation } from 'react-i18next';
import type { AskRequest, CommentRequest, UpvoteRequest } from '@live/shared/realtime/types';
import type { Live } from '../../realtime/use-live';
import { AskForm } from './ask-form';
import { CommentBox } from './comment-box';
import { MyQuestions } from './my-questions';
import { PublicQuestions } from './public-questions';
import { ReactionBar } from './reaction-bar';

export type AttendeeQnaProps = Pick<Live, 'snapshot' | 'myQuestions' | 'myUpvotes' | 'invoke' | 'keepQuestion' | 'keepUpvote'>;

/** The phone's Q&A tab: asking, 弹幕, my questions, the room's questions, and reactions pinned to the bottom. */
export function AttendeeQna({ snapshot, myQuestions, myUpvotes, invoke, keepQuestion, keepUpvote }: AttendeeQnaProps) {
  const { t } = useTranslation();
  const { qna, reactions } = snapshot;
  if (!qna) return <p className="waiting">{t('attendee.loading')}</p>;
  return (
    <>
      <AskForm settings={qna.settings} ask={(request: AskRequest) => invoke('AskQuestion', request)} onAsked={keepQuestion} />
      <CommentBox settings={qna.settings} send={(request: CommentRequest) => invoke('SendComment', request)} />
      <MyQuestions questions={myQuestions} />
      <PublicQuestions qna={qna} myUpvotes={myUpvotes}
        upvote={(request: UpvoteRequest) => invoke('Upvote', request)} onUpvoted={keepUpvote} />
      <ReactionBar reactions={reactions} react={(emoji, count) => invoke('React', { emoji, count })} />
    </>
  );
}
