// A list of pages ("179-81, 195": an article continued on a later page) read alike from every
// export (lib/model/pages.ts): Lens.org's CSV splits it at its first dash, "Start Page" 179 and
// "End Page" "81, 195", which joined gave "179-81, 195", a range that runs backwards.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const LENS_HEADER = 'Lens ID,Title,Date Published,Publication Year,Publication Type,Source Title,Author/s,Volume,Issue Number,Start Page,End Page,External URL,PMID,DOI';
const lens = (start: string, end: string) =>
  parseBibliography(
    `${LENS_HEADER}\n000-017-249-920-330,Oxytocin massage and breast milk production,1989-03-01,1989,journal article,Lancet,Siti Rahmawati,1,8,${start},"${end}",,,`,
    'lens.csv',
  ).records[0].pages;

describe('a list of pages', () => {
  it("in Lens.org's Start Page and End Page is the article's pages, each range written whole", () => {
    expect(lens('179', '81, 195')).toBe('179-181, 195');
    expect(lens('179', '181')).toBe('179-181');
  });

  it('in MEDLINE (PG) reads the same', () => {
    const nbib = 'PMID- 2563456\nTI  - Oxytocin massage and breast milk production.\nPG  - 179-81, 195\nAU  - Rahmawati S\nDP  - 1989 Mar\nTA  - Lancet\n';
    expect(parseBibliography(nbib, 'pubmed.nbib').records[0].pages).toBe('179-181, 195');
  });
});
