import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { wordRows } from '@live/shared/poll-kinds/wordcloud';
import type { ScreenResultsProps } from '../kind-module';
import { cloudFont, cloudWeight } from './cloud-layout';
import { useBoxSize, useCloudLayout } from './use-cloud-layout';
import './wordcloud.css';

/** Most words on the screen: more would be too small to read from the back of a hall. */
export const maxCloudWords = 60;

const palette = ['#ffb020', '#5be08f', '#6aa0ff', '#ff7aa8', '#4dd4e6', '#c792ff', '#f5f7ff', '#ffd36e'];
const colourOf = (key: string) => palette[[...key].reduce((h, ch) => (h * 31 + ch.codePointAt(0)!) >>> 0, 7) % palette.length];

/** Word cloud on the big screen: the most given words largest; words glide and grow as counts change. */
export function WordCloud({ poll, results }: ScreenResultsProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const { width, height } = useBoxSize(box);
  const words = wordRows(poll, results).slice(0, maxCloudWords);
  const placed = useCloudLayout(words, width, height);
  const top = words[0]?.key;
  return (
    <div className="word-cloud" ref={box} data-testid="word-cloud" data-words={placed.length}>
      {words.length === 0 && <p className="cloud-waiting">{t('kinds.wordcloud.waiting')}</p>}
      {width > 0 && height > 0 && (
        <svg className="cloud-svg" viewBox={`${-width / 2} ${-height / 2} ${width} ${height}`} width={width} height={height}
          role="img" aria-label={t('kinds.wordcloud.label', { words: words.map(w => w.text).join(', ') })}>
          {placed.map(word => (
            <text key={word.key} className={word.key === top ? 'cloud-word top' : 'cloud-word'} textAnchor="middle"
              data-testid={`cloud-word-${word.key}`} data-count={word.count}
              style={{
                transform: `translate(${word.x}px, ${word.y}px) rotate(${word.rotate}deg)`, fontSize: `${word.size}px`,
                fontFamily: cloudFont, fontWeight: cloudWeight, fill: colourOf(word.key),
              }}>{word.text}</text>
          ))}
        </svg>
      )}
    </div>
  );
}
