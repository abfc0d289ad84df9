// An issue written with its year glued on, as OJS journals and repositories write it ("1-2010",
// "2 (2019)", "No. 3/2021"): the issue's number, and its year for a record that has none. One rule
// for files (lib/formats/issue-labels.ts) and pages (lib/sites/generic.ts reads it with the same).
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';
import { readPage, TITLE } from '../sites/reader-page';

const ris = (lines: string) => `TY  - JOUR\nTI  - Hubungan pengetahuan ibu dengan pemberian ASI eksklusif\nJO  - Jurnal Ners\nVL  - 8\n${lines}\nER  - \n`;
const fromFile = (lines: string) => {
  const { issue, year } = oneRecord(ris(lines));
  return { issue, year };
};
const fromPage = (issue: string, more = '') => {
  const read = readPage(`${TITLE}<meta name="citation_volume" content="8"><meta name="citation_issue" content="${issue}">${more}`);
  return { issue: read?.issue, year: read?.year };
};

describe('an issue with its year glued on', () => {
  it('is the issue, and the year of a file that gives none', () => {
    expect(fromFile('IS  - 1-2010')).toEqual({ issue: '1', year: 2010 });
    expect(fromFile('IS  - 2 (2019)')).toEqual({ issue: '2', year: 2019 });
    expect(fromFile('IS  - No. 3/2021')).toEqual({ issue: '3', year: 2021 });
    expect(fromFile('IS  - 12/2020')).toEqual({ issue: '12', year: 2020 });
    expect(fromFile('IS  - 2 (2019): Edisi Juli')).toEqual({ issue: '2', year: 2019 });
    expect(fromFile('IS  - 3-4 (2019)')).toEqual({ issue: '3-4', year: 2019 });
  });

  it('never changes the year the file gives', () => {
    expect(fromFile('IS  - 1-2010\nPY  - 2011')).toEqual({ issue: '1', year: 2011 });
  });

  it('is read so in a volume label too ("Vol 5 No 1/2019")', () => {
    expect(oneRecord(ris('').replace('VL  - 8', 'VL  - Vol 5 No 1/2019'))).toMatchObject({ volume: '5', issue: '1', year: 2019 });
  });

  it('is read so on a page, whose year tags still come first', () => {
    expect(fromPage('1-2010')).toEqual({ issue: '1', year: 2010 });
    expect(fromPage('No. 3/2021')).toEqual({ issue: '3', year: 2021 });
    expect(fromPage('2 (2019)', '<meta name="citation_publication_date" content="2020/01/02">')).toEqual({ issue: '2', year: 2020 });
  });

  it('leaves a range of issues, a supplement and a plain number alone', () => {
    for (const issue of ['1-2', '11-12', 'S1', '2', '1999-2000', 'Suppl 1', '1-20']) {
      expect(fromFile(`IS  - ${issue}`), issue).toEqual({ issue, year: undefined });
      expect(fromPage(issue).issue, issue).toBe(issue);
    }
  });
});

describe('a volume with its year glued on', () => {
  const volumeRis = (lines: string) => `TY  - JOUR\nTI  - Pijat oksitosin dan produksi ASI\nJO  - Jurnal Ners\n${lines}\nER  - \n`;

  it('is the volume, and the year of a file or page that gives none; a year given stays', () => {
    expect(oneRecord(volumeRis('VL  - 5 (2019)'))).toMatchObject({ volume: '5', year: 2019 });
    expect(oneRecord(volumeRis('VL  - 12/2020\nPY  - 2021'))).toMatchObject({ volume: '12', year: 2021 });
    const page = readPage(`${TITLE}<meta name="citation_volume" content="5 (2019)">`);
    expect([page?.volume, page?.year]).toEqual(['5', 2019]);
  });

  it('leaves a volume that is a year or a plain number', () => {
    expect(oneRecord(volumeRis('VL  - 2019\nPY  - 2019')).volume).toBe('2019');
    expect(oneRecord(volumeRis('VL  - 125\nPY  - 2019')).volume).toBe('125');
  });
});
