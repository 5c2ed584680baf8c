/**
 * The phone's own answer time (QuizAnswerRequest.elapsedMs), on this phone's clock alone: from the moment its
 * answer buttons came on (the question's answersAt by the corrected clock, or when the question reached the screen,
 * whichever is later) to the tap. A phone on slow Wi-Fi thus is not charged for the network; the server trusts the
 * figure only within a second of its own measurement.
 */
export function answerElapsedMs(o: { answersAt: number; offset: number; shownAtClient: number; tapAtClient: number }): number {
  const answersAtClient = o.answersAt - o.offset; // offset = server clock − this clock
  const enabledAt = Math.max(answersAtClient, o.shownAtClient);
  return Math.max(0, Math.round(o.tapAtClient - enabledAt));
}
