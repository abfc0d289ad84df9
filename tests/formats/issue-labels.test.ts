// Volumes and issues written with their labels (OJS journals, Garuda): read as the numbers the
// other exports give, so that records compare and cite alike.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const ris = (lines: string) => `TY  - JOUR\nTI  - Hubungan pengetahuan ibu dengan pemberian ASI eksklusif\nAU  - Rahmawati, Siti\n${lines}\nER  - \n`;
const issueOf = (lines: string) => {
  const { journal, volume, issue, year } = oneRecord(ris(lines));
  return { journal, volume, issue, year };
};

describe('labelled volumes and issues', () => {
  it('reads "Vol 3 No 2 (2018)", "Vol. 5" / "No. 1" and Indonesian "Volume 5 Nomor 1"', () => {
    expect(issueOf('JO  - Jurnal Kebidanan\nVL  - Vol 3 No 2 (2018)')).toEqual({ journal: 'Jurnal Kebidanan', volume: '3', issue: '2', year: 2018 });
    expect(issueOf('JO  - Jurnal Kebidanan\nVL  - Vol. 5\nIS  - No. 1\nPY  - 2020')).toEqual({ journal: 'Jurnal Kebidanan', volume: '5', issue: '1', year: 2020 });
    expect(issueOf('JO  - Jurnal Ners\nVL  - Volume 5 Nomor 1\nPY  - 2014')).toEqual({ journal: 'Jurnal Ners', volume: '5', issue: '1', year: 2014 });
    expect(issueOf('JO  - Jurnal Ners\nVL  - 12\nIS  - Edisi 2\nPY  - 2014')).toEqual({ journal: 'Jurnal Ners', volume: '12', issue: '2', year: 2014 });
  });

  it('takes them off a journal that carries its issue (Garuda’s journal line), with the issue’s title', () => {
    expect(issueOf('JO  - Jurnal Kebidanan Vol 3 No 2 (2018): Edisi Juli')).toEqual({ journal: 'Jurnal Kebidanan', volume: '3', issue: '2', year: 2018 });
    expect(issueOf('T2  - Jurnal Keperawatan; Vol 7, No 2 (2019)\nPY  - 2019')).toEqual({ journal: 'Jurnal Keperawatan', volume: '7', issue: '2', year: 2019 });
  });

  it('drops the issue’s title or month that follows the numbers, in the volume or issue field too (OJS and Garuda RIS)', () => {
    expect(issueOf('JO  - Jurnal Kebidanan\nVL  - Vol 3 No 2 (2018): Edisi Juli')).toEqual({ journal: 'Jurnal Kebidanan', volume: '3', issue: '2', year: 2018 });
    expect(issueOf('JO  - Jurnal Ners Volume 5 Nomor 1, Oktober 2014')).toEqual({ journal: 'Jurnal Ners', volume: '5', issue: '1', year: 2014 });
    expect(issueOf('JO  - Jurnal Ners\nVL  - Vol. 12, No. 2, Juli-Desember 2020')).toEqual({ journal: 'Jurnal Ners', volume: '12', issue: '2', year: 2020 });
    expect(issueOf('JO  - Jurnal Ners\nVL  - Vol. 5, No. 2, 2020')).toEqual({ journal: 'Jurnal Ners', volume: '5', issue: '2', year: 2020 });
    // The issue's year is the record's when it has none, as the page reader reads it (glued-issue-year.test.ts).
    expect(issueOf('JO  - Jurnal Ners\nVL  - 8\nIS  - No 2 (2021): Mei 2021')).toEqual({ journal: 'Jurnal Ners', volume: '8', issue: '2', year: 2021 });
  });

  it('drops the day an OJS 3 issue is dated to after a dash ("Volume 25, Number 10 - 5 October 2020")', () => {
    expect(issueOf('JO  - First Monday\nVL  - Volume 25, Number 10 - 5 October 2020')).toEqual({ journal: 'First Monday', volume: '25', issue: '10', year: 2020 });
    expect(issueOf('JO  - Jurnal Ners\nVL  - Vol. 12, No. 2 - Juli 2020')).toEqual({ journal: 'Jurnal Ners', volume: '12', issue: '2', year: 2020 });
  });

  it('leaves what is no label with a number alone', () => {
    expect(issueOf('JO  - Journal of Volcanology and Geothermal Research\nVL  - 12\nIS  - Suppl 1')).toEqual({
      journal: 'Journal of Volcanology and Geothermal Research',
      volume: '12',
      issue: 'Suppl 1',
      year: undefined,
    });
    expect(issueOf('JO  - Jurnal Ners\nVL  - 4\nIS  - Nomor Khusus')).toMatchObject({ volume: '4', issue: 'Nomor Khusus' });
    // A journal line whose issue part is not only labels, a month and a year keeps everything.
    expect(issueOf('JO  - Jurnal Ners Volume 5 Nomor 1, Bagian Kedua')).toMatchObject({ journal: 'Jurnal Ners Volume 5 Nomor 1, Bagian Kedua', volume: undefined });
    expect(issueOf('JO  - Jurnal Ners\nVL  - Vol 3 suppl 1')).toMatchObject({ volume: 'Vol 3 suppl 1', issue: undefined });
    // The year written in the file wins over the issue's.
    expect(issueOf('JO  - Jurnal Kebidanan\nVL  - Vol 3 No 2 (2018)\nPY  - 2019')).toMatchObject({ year: 2019 });
  });
});
