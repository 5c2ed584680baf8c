import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorCode } from '@live/shared/i18n/error-code';
import { sessionsApi } from '../../api/sessions';
import { ErrorText } from '../../components/error-text';
import { TopBar } from '../../components/top-bar';

/** Type the code from the big screen. */
export function JoinCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\D/g, '');
    if (!/^\d{6}$/.test(digits)) return setError('invalid_session_code');
    try {
      await sessionsApi.get(digits);
      navigate(`/j/${digits}`);
    } catch (e) {
      setError(errorCode(e));
    }
  };

  return (
    <div className="page phone">
      <TopBar title={t('join.heading')} />
      <main className="narrow">
        <form className="card stack" onSubmit={submit}>
          <label className="field">
            <span>{t('join.codeLabel')}</span>
            <input data-testid="join-code-input" className="code-input" inputMode="numeric" autoComplete="off" maxLength={7}
              value={code} onChange={e => setCode(e.target.value)} />
          </label>
          <ErrorText code={error} />
          <button className="primary big" data-testid="join-go">{t('join.go')}</button>
        </form>
      </main>
    </div>
  );
}
