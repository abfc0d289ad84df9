// Pages that are none: EBSCO's "N.PAG" (no pagination) and a whole book's or thesis's number of
// pages, written where the pages go. Layouts as the exporters write them:
//   EBSCOhost RIS (CINAHL):  "SP  - N.PAG" / "EP  - N.PAG";  its BibTeX: "Pages = {N.PAG -- N.PAG},"
//   Zotero RIS of a book:    "TY  - BOOK" … "SP  - 320" (its "# of Pages"), no EP
//   ProQuest dissertation:   "TY  - THES" … "SP  - 152" … "M3  - Ph.D."
//   EndNote tagged / XML:    "%0 Book" … "%P 320";  <ref-type name="Book">6</ref-type> … <pages>320</pages>
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { joinPages } from '../../lib/model/pages';
import { oneRecord } from './helpers';

const ris = (...lines: string[]) => oneRecord([...lines, 'ER  - ', ''].join('\n'), 'export.ris');

describe("EBSCO's N.PAG", () => {
  it('is no page, in RIS and in BibTeX', () => {
    const cinahl = ris(
      'TY  - JOUR',
      'T1  - Effect of oxytocin massage on breast milk production among postpartum mothers.',
      'AU  - Rahmawati, Siti',
      'Y1  - 2023/07//',
      'SP  - N.PAG',
      'EP  - N.PAG',
      'JF  - Jurnal Keperawatan Indonesia',
      'VL  - 26',
      'IS  - 2',
      'UR  - https://search.ebscohost.com/login.aspx?direct=true&db=ccm&AN=171234567&site=ehost-live',
      'DB  - ccm',
    );
    expect(cinahl.pages).toBeUndefined();
    expect(cinahl).toMatchObject({ volume: '26', issue: '2', year: 2023 });
    const bib = oneRecord(
      '@article{17123456720230701,\nAuthor = {Rahmawati, Siti},\nJournal = {Jurnal Keperawatan Indonesia},\nPages = {N.PAG -- N.PAG},\nTitle = {Effect of oxytocin massage.},\nVolume = {26},\nYear = {2023},\n}\n',
      'ebsco.bib',
    );
    expect(bib.pages).toBeUndefined();
  });

  it('whichever way it is written, and a page that merely looks like it stays', () => {
    expect(['N.PAG', 'N.PAG -- N.PAG', 'n. pag.', 'NPAG'].map((p) => joinPages(p))).toEqual([undefined, undefined, undefined, undefined]);
    expect(joinPages('N.PAG', 'N.PAG')).toBeUndefined();
    expect(joinPages('e1120', 'e1128')).toBe('e1120-e1128');
  });
});

describe("a whole work's number of pages", () => {
  it('is no page of a book or thesis in RIS (Zotero, EndNote, ProQuest, EBSCO)', () => {
    expect(ris('TY  - BOOK', 'TI  - Maternal-child nursing care', 'AU  - Perry, Shannon E.', 'PY  - 2022', 'SP  - 1120').pages).toBeUndefined();
    const thesis = ris('TY  - THES', 'T1  - Self-efficacy and breastfeeding duration', 'AU  - Wulandari, Ni Made', 'SP  - 152', 'M3  - Ph.D.', 'AN  - 2654321098');
    expect(thesis.pages).toBeUndefined();
    expect(thesis.sourceId).toBe('2654321098');
    expect(ris('TY  - EBOOK', 'TI  - Keperawatan maternitas', 'SP  - 320').pages).toBeUndefined();
  });

  it("keeps a book's range, a chapter's page and an article's single page", () => {
    expect(ris('TY  - BOOK', 'TI  - Maternal-child nursing care', 'SP  - 1', 'EP  - 1120').pages).toBe('1-1120');
    expect(ris('TY  - CHAP', 'TI  - Postpartum care', 'SP  - 45').pages).toBe('45');
    expect(ris('TY  - JOUR', 'TI  - Kangaroo care', 'SP  - 120').pages).toBe('120');
  });

  it('is no page of a book in EndNote tagged and EndNote XML', () => {
    const enw = parseBibliography(
      '%0 Book\n%T Maternal child nursing care\n%A Perry, Shannon E\n%D 2022\n%P 1120\n\n%0 Journal Article\n%T Kangaroo care\n%J BMC Pediatrics\n%P 120\n',
      'x.enw',
    );
    expect(enw.records.map((r) => r.pages)).toEqual([undefined, '120']);
    const record = (type: string, pages: string) =>
      `<record><ref-type name="${type}">6</ref-type><titles><title>Maternal child nursing care</title></titles><pages>${pages}</pages></record>`;
    const xml = parseBibliography(
      `<?xml version="1.0" encoding="UTF-8" ?><xml><records>${record('Book', '1120')}${record('Thesis', '152')}${record('Book Section', '45')}</records></xml>`,
      'x.xml',
    );
    expect(xml.records.map((r) => r.pages)).toEqual([undefined, undefined, '45']);
  });
});
