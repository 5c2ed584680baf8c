import { useTranslation } from 'react-i18next';
import type { SoundCues } from './sound-cues';
import { useSoundSwitch } from './use-draw-sounds';

/** The sound cues' mute switch (remembered on this browser) and a test, to check the laptop's audio before the show. */
export function SoundToggle({ cues }: { cues: SoundCues }) {
  const { t } = useTranslation();
  const { muted, setMuted } = useSoundSwitch(cues);
  return (
    <div className="sound-toggle" title={t('draw.sound.hint')}>
      <button type="button" className="secondary small" data-testid="draw-sound" aria-pressed={!muted} onClick={() => setMuted(!muted)}>
        <span aria-hidden="true">{muted ? '🔇' : '🔊'}</span> {muted ? t('draw.sound.off') : t('draw.sound.on')}
      </button>
      <button type="button" className="ghost small" data-testid="draw-sound-test" disabled={muted} onClick={() => { cues.unlock(); cues.fanfare(); }}>
        {t('draw.sound.test')}
      </button>
    </div>
  );
}
