// A month where the issue goes, or after its number, as Indonesian journals name their issues and
// reviewers' reference managers pass them on (EndNote, Mendeley, Zotero records typed or imported
// from OJS pages): "IS  - Desember", "IS  - Juli - Desember", "IS  - 1, Mei 2019", "IS  - 2 (Desember)".
// English months alone were read so already (Mendeley's "June": bibtex-month-issue.test.ts).
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const numbers = (...lines: string[]) => {
  const { year, volume, issue } = oneRecord(['TY  - JOUR', 'T1  - Pijat oksitosin dan produksi ASI', 'VL  - 7', ...lines, 'ER  - ', ''].join('\n'), 'endnote.ris');
  return { year, volume, issue };
};

describe('an Indonesian month where the issue goes', () => {
  it('is no issue, alone or as a range of months', () => {
    for (const month of ['Januari', 'Desember', 'Agt.', 'Juli - Desember', 'Januari-Juni', 'Mei'])
      expect(numbers(`IS  - ${month}`), month).toEqual({ year: undefined, volume: '7', issue: undefined });
  });

  it('leaves a word that only starts like one', () => {
    expect(numbers('IS  - Mayo').issue).toBe('Mayo');
    expect(numbers('IS  - 3 Desain').issue).toBe('3 Desain');
  });
});

describe("an issue's number with its month", () => {
  it('is the number, and its year the year of a record that has none', () => {
    expect(numbers('IS  - 1, Mei 2019')).toEqual({ year: 2019, volume: '7', issue: '1' });
    expect(numbers('IS  - 2, Juli-Desember 2020')).toEqual({ year: 2020, volume: '7', issue: '2' });
    expect(numbers('IS  - 3 Okt 2021')).toEqual({ year: 2021, volume: '7', issue: '3' });
    expect(numbers('IS  - 2 (Desember)')).toEqual({ year: undefined, volume: '7', issue: '2' });
    expect(numbers('IS  - 2, December')).toEqual({ year: undefined, volume: '7', issue: '2' });
    expect(numbers('PY  - 2018', 'IS  - 1, Mei 2019')).toEqual({ year: 2018, volume: '7', issue: '1' });
  });

  it('leaves a range of issues and a supplement', () => {
    expect(numbers('IS  - 1-2').issue).toBe('1-2');
    expect(numbers('IS  - 12 Suppl 1').issue).toBe('12 Suppl 1');
  });
});
