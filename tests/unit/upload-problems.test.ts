import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/messages/en';
import { fr } from '../../src/lib/i18n/messages/fr';
import { nl } from '../../src/lib/i18n/messages/nl';
import { checkFileSize, MAX_FILE_BYTES } from '../../src/lib/upload/file-kind';
import { parseTable } from '../../src/lib/upload/parse-table';
import { readText } from '../../src/lib/upload/pipeline';
import { UploadProblemError } from '../../src/lib/upload/problems';
import { UploadFileError } from '../../src/lib/upload/upload-error';

const FILE = [
  'origin,destination,year,students,level',
  'CN,DE,2020,abc,6',
  'CN,DE,20x0,5,6',
  'CN,DE,2020,5,9',
  'CN,DE,2020,-3,6',
  'CN,DE,2020,2.5,6',
  'Atlantis,DE,2020,5,6',
  'CN,Atlantis,2020,5,6',
  'CN,DE,2020,5,6',
].join('\n');

describe('rejected rows', () => {
  const { report } = readText(new TextEncoder().encode(FILE));

  it('record a structured problem beside the reason', () => {
    expect(report.rejected.map((row) => row.problem)).toEqual([
      { kind: 'count-not-number', value: 'abc' },
      { kind: 'year', value: '20x0' },
      { kind: 'level', value: '9' },
      { kind: 'count-negative', value: '-3' },
      { kind: 'count-not-whole', value: '2.5' },
      { kind: 'country', role: 'origin', value: 'Atlantis' },
      { kind: 'country', role: 'destination', value: 'Atlantis' },
    ]);
  });

  it('word the problem in English as the reason does', () => {
    for (const row of report.rejected) {
      expect(en.upload.rowProblem(row.problem!)).toBe(row.reason);
    }
  });

  it('word the problem in Dutch and French', () => {
    const [count, year] = report.rejected;
    expect(nl.upload.rowProblem(count.problem!)).toBe('het aantal studenten "abc" is geen getal');
    expect(fr.upload.rowProblem(year.problem!)).toBe(
      'l’année « 20x0 » n’est pas une année comme 2019 ou 2018-2019',
    );
  });
});

describe('file problems', () => {
  it('name the size of a file that is too large', () => {
    const file = { name: 'flows.csv', size: MAX_FILE_BYTES + 50 * 1024 * 1024 };
    let caught: unknown;
    try {
      checkFileSize(file);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(UploadProblemError);
    const problem = (caught as UploadProblemError).problem;
    expect(problem).toEqual({
      kind: 'file-too-large',
      file: 'flows.csv',
      megabytes: 550,
      maximum: 500,
    });
    expect(en.upload.problem(problem)).toBe((caught as Error).message);
    expect(nl.upload.problem(problem)).toContain('flows.csv is 550 MB groot');
  });

  it('mark an empty file', () => {
    expect(() => parseTable('', {})).toThrow(UploadFileError);
    expect(() => parseTable('', {})).toThrow(/^Line 1: the file has no header line/);
    try {
      parseTable('', {});
    } catch (error) {
      expect((error as UploadFileError).problem).toEqual({ kind: 'empty-file' });
    }
  });
});
