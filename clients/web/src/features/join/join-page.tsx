import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { errorCode } from '@live/shared/i18n/error-code';
import { sessionsApi, type SessionInfo } from '../../api/sessions';
import { storage } from '../../api/storage';
import { ErrorText } from '../../components/error-text';
import { TopBar } from '../../components/top-bar';

/**
 * Where the QR code lands: pick "in the room" or "online", optionally a nickname. A phone that already joined this
 * session (a re-scan) goes straight back to it; the session page forgets that join if the server refuses it.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const { code = '' } = useParams();
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [nickname, setNickname] = useState(() => storage.attendee(code)?.nickname ?? '');
  const [failure, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A code that cannot be one is answered here, without asking the server.
  const malformed = !/^\d{6}$/.test(code);
  const error = malformed ? 'invalid_session_code' : failure;
  const [joined] = useState(() => !malformed && storage.attendee(code) !== null);

  useEffect(() => {
    if (malformed || joined) return;
    sessionsApi.get(code).then(setInfo, e => setError(errorCode(e)));
  }, [code, malformed, joined]);

  const join = async (mode: 'onsite' | 'online') => {
    setBusy(true);
    setError(null);
    try {
      const joined = await sessionsApi.join(code, mode, nickname, storage.deviceToken());
      storage.setDeviceToken(joined.deviceToken);
      storage.setAttendee(code, { attendeeToken: joined.attendeeToken, nickname: joined.nickname, mode: joined.mode });
      navigate(`/s/${code}${search}`); // keeps ?tab=checkin from the venue's check-in QR code
    } catch (e) {
      setError(errorCode(e));
      setBusy(false);
    }
  };

  if (joined) return <Navigate to={`/s/${code}${search}`} replace />; // keeps ?tab=checkin too

  // No session behind this link: say so and offer to type the code, instead of a form that can never work.
  if (!info && error && (error === 'session_not_found' || error === 'invalid_session_code')) {
    return (
      <div className="page phone">
        <TopBar title={t('join.heading')} />
        <main className="narrow stack" data-testid="join-not-found">
          <h2 className="join-heading">{t('join.notFound')}</h2>
          <ErrorText code={error} />
          <Link className="button primary big" to="/join" data-testid="join-other-code">{t('join.otherCode')}</Link>
        </main>
      </div>
    );
  }

  return (
    <div className="page phone">
      <TopBar title={info?.title ?? (error ? t('join.heading') : t('join.loading'))} />
      <main className="narrow stack">
        <h2 className="join-heading">{info?.title}</h2>
        <p className="muted">{t('join.choose')}</p>
        <label className="field">
          <span>{t('join.nickname')}</span>
          <input data-testid="nickname" value={nickname} maxLength={32} placeholder={t('join.nicknamePlaceholder')} onChange={e => setNickname(e.target.value)} />
        </label>
        <button className="primary big" data-testid="join-onsite" disabled={busy || !info} onClick={() => join('onsite')}>{t('join.onsite')}</button>
        <button className="secondary big" data-testid="join-online" disabled={busy || !info} onClick={() => join('online')}>{t('join.online')}</button>
        <ErrorText code={error} />
      </main>
    </div>
  );
}
