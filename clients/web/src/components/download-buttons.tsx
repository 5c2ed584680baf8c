import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../api/exports';

export interface DownloadButtonsProps {
  /** The CSV button's data-testid; the Excel button's is the same with "-xlsx". */
  testId: string;
  /** The CSV button's label, e.g. "Download check-ins (CSV)". */
  label: string;
  className?: string;
  onDownload: (format: ExportFormat) => void;
}

/**
 * One export offered twice: the CSV button as it always was, and beside it the same table as an Excel workbook.
 * The Excel button is described by the CSV one, so a screen reader says which export it is.
 */
export function DownloadButtons({ testId, label, className, onDownload }: DownloadButtonsProps) {
  const { t } = useTranslation();
  const csvId = useId();
  return (
    <span className="download-buttons">
      <button type="button" id={csvId} className={className} data-testid={testId} onClick={() => onDownload('csv')}>{label}</button>
      <button type="button" className={className} data-testid={`${testId}-xlsx`} aria-describedby={csvId} title={t('export.excelHint')}
        onClick={() => onDownload('xlsx')}>{t('export.excel')}</button>
    </span>
  );
}
