import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { CheckInRequest, CheckInResult } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { newOpId } from '@live/shared/realtime/op-id';
import { checkInPayload, maxCompanyLength, maxNameLength, sameAttempt, type CheckInFields, type CheckInMode } from './checkin-request';

export interface CheckInFormProps {
  checkIn(request: CheckInRequest): Promise<CheckInResult>;
  onCheckedIn(result: CheckInResult): void;
}

const empty: CheckInFields = { phone: '', name: '', last4: '', company: '' };

/**
 * The phone's check-in: by whole phone number, or by name + last 4 digits; after "not on the list" it offers
 * a walk-in registration with an optional company (the server says walkins_closed when the host does not allow them). One op id per
 * attempt, reused when the same attempt is sent again after a failure.
 */
export function CheckInForm({ checkIn, onCheckedIn }: CheckInFormProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CheckInMode>('phone');
  const [fields, setFields] = useState(empty);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const pending = useRef<CheckInRequest | null>(null);

  const change = (field: keyof CheckInFields) => (value: string) => { setFields(f => ({ ...f, [field]: value })); setError(null); };
  const switchTo = (next: CheckInMode) => { setMode(next); setError(null); };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = checkInPayload(mode, fields);
    if ('error' in payload) return setError(payload.error);
    if (!pending.current || !sameAttempt(pending.current, payload)) pending.current = { ...payload, opId: newOpId() };
    setSending(true);
    setError(null);
    try {
      const result = await checkIn(pending.current);
      pending.current = null;
      onCheckedIn(result);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'checkin_not_found') setNotFound(true);
      setError(code);
    } finally {
      setSending(false);
    }
  };

  const input = (field: keyof CheckInFields, label: string, extra: Record<string, unknown>) => (
    <label className="field">
      <span>{label}</span>
      <input data-testid={`checkin-${field}`} value={fields[field]} onChange={e => change(field)(e.target.value)} {...extra} />
    </label>
  );
  const phoneInput = (label: string) => input('phone', label, { type: 'tel', inputMode: 'tel', autoComplete: 'tel', maxLength: 24, placeholder: t('checkin.phonePlaceholder') });
  const nameInput = (label: string) => input('name', label, { autoComplete: 'name', maxLength: maxNameLength, placeholder: t('checkin.namePlaceholder') });

  return (
    <form className="card stack checkin-form" onSubmit={submit} noValidate>
      <h2 className="section-title">{t(mode === 'walk-in' ? 'checkin.walkIn' : 'checkin.heading')}</h2>
      <p className="muted small">{t(mode === 'walk-in' ? 'checkin.walkInLead' : 'checkin.lead')}</p>
      {mode !== 'walk-in' && (
        <div className="segmented wide" role="radiogroup" aria-label={t('checkin.how')}>
          {(['phone', 'name'] as const).map(m => (
            <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'selected' : ''}
              data-testid={`checkin-by-${m}`} onClick={() => switchTo(m)}>{t(m === 'phone' ? 'checkin.byPhone' : 'checkin.byName')}</button>
          ))}
        </div>
      )}
      {mode === 'phone' && phoneInput(t('checkin.phone'))}
      {mode === 'name' && <>
        {nameInput(t('checkin.name'))}
        {input('last4', t('checkin.last4'), { inputMode: 'numeric', autoComplete: 'off', maxLength: 4, pattern: '[0-9]{4}', className: 'last4-input' })}
      </>}
      {mode === 'walk-in' && <>
        {nameInput(t('checkin.walkInName'))}
        {input('company', t('checkin.walkInCompany'), { autoComplete: 'organization', maxLength: maxCompanyLength, placeholder: t('checkin.companyPlaceholder') })}
        {phoneInput(t('checkin.walkInPhone'))}
      </>}
      <button type="submit" className="primary big" data-testid="checkin-submit" disabled={sending}>
        {t(sending ? 'checkin.sending' : mode === 'walk-in' ? 'checkin.walkInSubmit' : 'checkin.submit')}
      </button>
      <ErrorText code={error} />
      {mode !== 'walk-in' && notFound && (
        <div className="walkin-offer">
          <span className="muted">{t('checkin.notOnList')}</span>
          <button type="button" className="secondary" data-testid="checkin-walkin" onClick={() => switchTo('walk-in')}>{t('checkin.walkIn')}</button>
        </div>
      )}
      {mode === 'walk-in' && (
        <button type="button" className="ghost" data-testid="checkin-walkin-back" onClick={() => switchTo('phone')}>{t('checkin.back')}</button>
      )}
    </form>
  );
}
