import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorCode } from '@live/shared/i18n/error-code';
import { sessionsApi } from '../../api/sessions';
import { storage } from '../../api/storage';
import { ErrorText } from '../../components/error-text';
import { TopBar } from '../../components/top-bar';

/** The host's start page: name the session, get a console link, a screen link and a join code. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('title_required');
    setBusy(true);
    setError(null);
    try {
      // The screens speak the host's language, whatever the projector PC's browser is set to.
      const created = await sessionsApi.create(title, i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
      storage.setHostKey(created.code, created.hostKey);
      storage.setScreenKey(created.code, created.screenKey);
      navigate(created.consoleUrl);
    } catch (e) {
      setError(errorCode(e));
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <TopBar title={t('app.tagline')} />
      <main className="home">
        <h2>{t('home.heading')}</h2>
        <p className="lead">{t('home.lead')}</p>
        <form onSubmit={submit} className="card stack">
          <label className="field">
            <span>{t('home.titleLabel')}</span>
            <input data-testid="session-title" value={title} maxLength={120} placeholder={t('home.titlePlaceholder')} onChange={e => setTitle(e.target.value)} />
          </label>
          <ErrorText code={error} />
          <button className="primary" data-testid="create-session" disabled={busy}>{t(busy ? 'home.creating' : 'home.create')}</button>
        </form>
        <Link to="/join" className="subtle-link">{t('home.joinInstead')}</Link>
      </main>
    </div>
  );
}
