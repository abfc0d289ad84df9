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

  it('is no issue in the older spellings and shortenings too ("Nopember", "Pebruari", "Agust.", "Sept.")', () => {
    for (const month of ['Nopember', 'Pebruari', 'Agust.', 'Agt', 'Sept.', 'Juli/Desember', 'Juli-Nopember'])
      expect(numbers(`IS  - ${month}`), month).toEqual({ year: undefined, volume: '7', issue: undefined });
  });

  it('is no issue with its year, which is the year of a record that has none', () => {
    expect(numbers('IS  - Juli-Desember 2020')).toEqual({ year: 2020, volume: '7', issue: undefined });
    expect(numbers('IS  - Nopember 2019')).toEqual({ year: 2019, volume: '7', issue: undefined });
    expect(numbers('PY  - 2021', 'IS  - Juli-Desember 2020')).toEqual({ year: 2021, volume: '7', issue: undefined });
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

  it('is the number in the shortest forms, a digit and a three-letter month ("1 Mei", "2 Des")', () => {
    for (const [written, issue] of [
      ['1 Mei', '1'],
      ['2 Des', '2'],
      ['1 May', '1'],
      ['3 Okt', '3'],
      ['3 March', '3'],
    ])
      expect(numbers(`IS  - ${written}`), written).toEqual({ year: undefined, volume: '7', issue });
  });

  it('is the number before older spellings, shortenings and a slash between months', () => {
    expect(numbers('IS  - 2, Juli/Desember 2020')).toEqual({ year: 2020, volume: '7', issue: '2' });
    expect(numbers('IS  - 4 Nopember 2018')).toEqual({ year: 2018, volume: '7', issue: '4' });
    expect(numbers('IS  - 1 Pebruari')).toEqual({ year: undefined, volume: '7', issue: '1' });
    expect(numbers('IS  - 2, Agust. 2017')).toEqual({ year: 2017, volume: '7', issue: '2' });
    expect(numbers('IS  - 3, Sept. 2016')).toEqual({ year: 2016, volume: '7', issue: '3' });
  });

  it('reads the older spellings after a labelled issue too ("No 4 Nopember 2018")', () => {
    expect(numbers('IS  - No 4 Nopember 2018')).toEqual({ year: 2018, volume: '7', issue: '4' });
    expect(numbers('IS  - No. 1, Pebruari 2019')).toEqual({ year: 2019, volume: '7', issue: '1' });
  });

  it('leaves a range of issues and a supplement', () => {
    expect(numbers('IS  - 1-2').issue).toBe('1-2');
    expect(numbers('IS  - 12 Suppl 1').issue).toBe('12 Suppl 1');
    expect(numbers('IS  - 3 Des1').issue).toBe('3 Des1');
    expect(numbers('IS  - 1 Nope').issue).toBe('1 Nope');
  });
});
