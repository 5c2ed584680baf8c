import { describe, expect, it } from 'vitest';
import { checkRosterFile, csvType, maxRosterBytes, rosterContentType, xlsxType } from './roster-file';
import en from '../../i18n/en.json';
import zh from '../../i18n/zh-CN.json';

describe('rosterContentType', () => {
  it('goes by the extension, whatever the browser reports', () => {
    expect(rosterContentType({ name: '嘉宾名单.csv', type: 'application/vnd.ms-excel' })).toBe(csvType);
    expect(rosterContentType({ name: 'guests.CSV', type: '' })).toBe(csvType);
    expect(rosterContentType({ name: 'guests.xlsx', type: '' })).toBe(xlsxType);
    expect(rosterContentType({ name: 'guests.v2.XLSX', type: 'application/octet-stream' })).toBe(xlsxType);
  });

  it('refuses other spreadsheets and documents', () => {
    expect(rosterContentType({ name: 'guests.xls', type: 'application/vnd.ms-excel' })).toBeNull();
    expect(rosterContentType({ name: 'guests.numbers', type: '' })).toBeNull();
    expect(rosterContentType({ name: 'guests.pdf', type: 'application/pdf' })).toBeNull();
  });

  it('falls back to the reported type for a file without an extension', () => {
    expect(rosterContentType({ name: 'guests', type: 'text/csv' })).toBe(csvType);
    expect(rosterContentType({ name: 'guests', type: xlsxType })).toBe(xlsxType);
    expect(rosterContentType({ name: 'guests', type: 'image/png' })).toBeNull();
    expect(rosterContentType({ name: 'guests', type: '' })).toBeNull();
  });
});

describe('checkRosterFile', () => {
  it('accepts a CSV or XLSX up to 5 MiB and says what to send it as', () => {
    expect(checkRosterFile({ name: 'a.csv', type: '', size: maxRosterBytes })).toEqual({ contentType: csvType });
  });

  it('refuses a big or unknown file before uploading', () => {
    expect(checkRosterFile({ name: 'a.csv', type: '', size: maxRosterBytes + 1 })).toEqual({ error: 'file_too_large' });
    expect(checkRosterFile({ name: 'a.doc', type: '', size: 10 })).toEqual({ error: 'unsupported_file' });
  });
});

describe('the roster limit in words', () => {
  it('is 5 MiB (5,242,880 bytes, as docs/API.md says) in both languages, never "MB"', () => {
    expect(maxRosterBytes).toBe(5_242_880);
    for (const texts of [en, zh]) {
      for (const text of [texts.errors.file_too_large, texts.checkin.importHint]) {
        expect(text).toContain('5 MiB');
        expect(text).not.toMatch(/\bMB\b/);
      }
    }
  });
});
