// Review of 69b1f66 (lib/sites/generic-source.ts citedJournal, dcSource): a DSpace item page's
// DCTERMS.bibliographicCitation is free text in whatever style the repository's staff chose, and
// its DCTERMS.isPartOf often carries the issue. The journal must come out as the journal's name.
import { describe, expect, it } from 'vitest';
import { readPage } from '../sites/reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content.replace(/"/g, '&quot;')}">`;
const item = (...tags: string[]) => readPage(tag('citation_title', 'Pijat oksitosin dan produksi ASI') + tag('citation_author', 'Rahmawati, Siti') + tags.join(''));
const cited = (citation: string) => item(tag('DCTERMS.bibliographicCitation', citation))?.journal;

describe("a DSpace item's own citation in the common styles", () => {
  it('Harvard (title in quotes, then a comma) gives the journal, not "\', Jurnal Ners"', () => {
    expect(cited("Rahmawati, S. (2019) 'Pijat oksitosin dan produksi ASI', Jurnal Ners, 14(2), pp. 101-110.")).toBe('Jurnal Ners');
  });
  it("IEEE (the comma inside the quotes) gives the journal, not ',\\\" Jurnal Ners'", () => {
    expect(cited('S. Rahmawati, "Pijat oksitosin dan produksi ASI," Jurnal Ners, vol. 14, no. 2, pp. 101-110, 2019.')).toBe('Jurnal Ners');
  });
  it('Vancouver (year; volume(issue)) gives the journal, not "Jurnal Ners. 2019;"', () => {
    expect(cited('Rahmawati S. Pijat oksitosin dan produksi ASI. Jurnal Ners. 2019; 14(2): 101-110.')).toBe('Jurnal Ners');
  });
  it('a citation whose title carries a subtitle the page title lacks gives no subtitle as the journal', () => {
    const journal = cited('Rahmawati, S. (2019). Pijat oksitosin dan produksi ASI: studi kasus. Jurnal Ners, 14(2), 101-110.');
    expect(journal === undefined || journal === 'Jurnal Ners', String(journal)).toBe(true);
  });
});

describe("a DSpace item's DCTERMS.isPartOf that carries the issue", () => {
  it('gives the journal without its volume and issue', () => {
    expect(item(tag('DCTERMS.isPartOf', 'Jurnal Ners, Vol. 14 No. 2 (2019)'))?.journal).toBe('Jurnal Ners');
  });
});
