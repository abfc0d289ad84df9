// ProQuest's RIS writes its subject classification among the keywords with the classification's
// code before the words: "KW  - 0569:Nursing", "KW  - 0350:Public health". The words are the keyword.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const proquest = (keywords: string[]) =>
  ['TY  - THES', 'TI  - Burnout among rural nurses', 'PY  - 2019', 'DB  - ProQuest Dissertations & Theses Global', ...keywords.map((k) => `KW  - ${k}`), 'ER  - ', ''].join('\n');

describe("ProQuest's classification keywords", () => {
  it('keep their words without the four-digit code', () => {
    const record = oneRecord(proquest(['Burnout', '0569:Nursing', '0350:Public health']), 'proquest.ris');
    expect(record.keywords).toEqual(['Burnout', 'Nursing', 'Public health']);
  });

  it('are ProQuest’s only: another database’s keyword of that shape stays', () => {
    const scopus = ['TY  - JOUR', 'TI  - Pandemic nursing', 'PY  - 2021', 'DB  - Scopus', 'KW  - 2019:COVID', 'ER  - ', ''].join('\n');
    expect(oneRecord(scopus, 'scopus.ris').keywords).toEqual(['2019:COVID']);
    // Known by its link when it names no database.
    const linked = ['TY  - JOUR', 'TI  - Burnout', 'UR  - https://www.proquest.com/docview/2300000000', 'KW  - 0569:Nursing', 'ER  - ', ''].join('\n');
    expect(oneRecord(linked, 'x.ris').keywords).toEqual(['Nursing']);
  });

  it('any other keyword with digits and a colon stays', () => {
    const kept = ['12:00 shifts', '0569: spaced', 'ISO 9001:2015'];
    expect(oneRecord(proquest(kept), 'x.ris').keywords).toEqual(kept);
  });
});
