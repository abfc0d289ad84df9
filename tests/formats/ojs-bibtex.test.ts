// OJS's "Citation formats → BibTeX", which Indonesian journals' pages offer, as OJS 2.4's template
// writes it: fields joined by tabs on one line, and no comma after the pages (Collective Dynamics'
// export, quoted in the Menge README): "issn = {2366-8539},\tpages = {1--40}\tdoi = {10.17815/CD.2016.1},".
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const entry = (line: string) =>
  parseBibliography(
    `@article{JKP1234,\n\tauthor = {Siti Rahmawati and Budi Santoso},\n\ttitle = {Pijat oksitosin dan produksi ASI},\n\tjournal = {Jurnal Keperawatan},\n\tyear = {2016},\n${line}\n\turl = {https://jurnal.example.ac.id/index.php/jk/article/view/1234}\n}\n`,
    'ojs.bib',
  ).records[0];

describe("OJS 2.4's BibTeX", () => {
  it('a field after a missing comma on the same line is a field of its own', () => {
    const record = entry('\tissn = {2366-8539},\tpages = {1--40}\tdoi = {10.17815/CD.2016.1},');
    expect(record.pages).toBe('1-40');
    expect(record.doi).toBe('10.17815/cd.2016.1');
  });

  it('the fields joined by tabs with their commas, and text after a stray brace, read as before', () => {
    const record = entry('\tissn = {2502-9274},\tpages = {131--141},\tdoi = {10.21609/jiki.v15i2.1079},');
    expect(record).toMatchObject({ pages: '131-141', doi: '10.21609/jiki.v15i2.1079' });
    expect(entry('\tabstract = {Milk rose} after 2 weeks = {p < 0.05}.},').abstract).toBe('Milk roseafter 2 weeks = p < 0.05.');
  });
});
