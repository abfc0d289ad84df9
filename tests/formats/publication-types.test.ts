// The kind of publication each reader takes from its format's own names (lib/formats/
// publication-types.ts, document-types.ts, ris-type.ts), on small records in each export's form.
import { describe, expect, it } from 'vitest';
import { parseBibliography, serialiseBibtex, serialiseRis } from '../../lib/formats';
import { screenedCsv } from '../../lib/formats/screened-csv';
import { blankReview } from '../../lib/screening/templates';
import { ReviewSchema, type Article } from '../../lib/model';
import { ARTICLE_TYPES, type ArticleType } from '../../lib/model/article-type';
import { typeFromNames } from '../../lib/formats/document-types';
import { oneRecord } from './helpers';

const ris = (ty: string, more = '') => `TY  - ${ty}\nTI  - A study of oxytocin massage\nAU  - Sari, Dewi\nPY  - 2021\n${more}ER  - \n`;
const types = (text: string, name?: string) => parseBibliography(text, name).records.map((r) => r.type);

describe('publication type: RIS', () => {
  it('reads TY as Zotero, EndNote, Scopus and Mendeley write it', () => {
    const all = ['JOUR', 'CHAP', 'ECHAP', 'BOOK', 'EDBOOK', 'CONF', 'CPAPER', 'THES', 'RPRT', 'DATA', 'UNPB', 'ELEC', 'GEN', 'chap', 'XYZ'].map((ty) => ris(ty)).join('\n');
    expect(types(all)).toEqual([
      'article',
      'chapter',
      'chapter',
      'book',
      'book',
      'conference-paper',
      'conference-paper',
      'thesis',
      'report',
      'dataset',
      'preprint',
      'other',
      'other',
      'chapter',
      undefined,
    ]);
  });

  it("refines a journal article by Scopus's and Embase's M3 and PubMed's PT lines, never by Ovid's classification codes", () => {
    expect(oneRecord(ris('JOUR', 'M3  - Review\n')).type).toBe('review');
    expect(oneRecord(ris('JOUR', 'M3  - Conference Paper\n')).type).toBe('conference-paper');
    expect(oneRecord(ris('JOUR', 'M3  - Erratum\n')).type).toBe('other');
    expect(oneRecord(ris('JOUR', 'PT  - Journal Article\nPT  - Review\n')).type).toBe('review');
    expect(oneRecord(ris('JOUR', 'M3  - Health Psychology & Medicine [3360]\n')).type).toBe('article');
    expect(oneRecord(ris('JOUR', 'M3  - 10.1000/xyz\n')).type).toBe('article');
    expect(oneRecord(ris('CHAP', 'M3  - Review\n')).type).toBe('chapter');
  });
});

describe('publication type: lists of document types', () => {
  it('keeps a journal article one unless a review, letter or preprint refines it', () => {
    expect(typeFromNames(['Journal Article', 'Review'])).toBe('review');
    expect(typeFromNames(['Journal Article', 'Systematic Review', 'Meta-Analysis'])).toBe('review');
    expect(typeFromNames(['Letter', 'Comment'])).toBe('letter');
    expect(typeFromNames(['Preprint'])).toBe('preprint');
    expect(typeFromNames(['Journal Articles', 'Reports - Research'])).toBe('article');
    expect(typeFromNames(['Reports - Evaluative'])).toBe('report');
    expect(typeFromNames(['Dissertations/Theses - Doctoral Dissertations'])).toBe('thesis');
    expect(typeFromNames('Article; Meeting paper')).toBe('article');
    expect(typeFromNames('Proceedings Paper')).toBe('conference-paper');
    expect(typeFromNames('Journal: Conference Abstract')).toBe('conference-paper');
    expect(typeFromNames(["Research Support, Non-U.S. Gov't"])).toBeUndefined();
    expect(typeFromNames('constructor')).toBeUndefined();
  });

  it('reads MEDLINE PT, a Bookshelf chapter without one, and ERIC', () => {
    const medline = 'PMID- 31000001\nTI  - Oxytocin and lactation.\nFAU - Sari, Dewi\nDP  - 2019\nPT  - Journal Article\nPT  - Review\nJT  - Midwifery\n\n';
    const bookshelf = 'PMID- 29000001\nTI  - Breastfeeding\nBTI - StatPearls\nFAU - Lee, Ann\nDP  - 2020\n\n';
    const eric = 'OID - EJ1227990\nTI  - Teaching nurses\nFAU - Smith, Jo\nDP  - 2019\nPT  - Journal Articles\nPT  - Reports - Research\n\n';
    expect(types(medline + bookshelf + eric)).toEqual(['review', 'chapter', 'article']);
  });

  it('reads PubMed XML PublicationType', () => {
    const record = (pmid: string, kinds: string[]) =>
      `<PubmedArticle><MedlineCitation><PMID>${pmid}</PMID><Article><ArticleTitle>Title ${pmid}.</ArticleTitle><PublicationTypeList>${kinds.map((k) => `<PublicationType UI="D0">${k}</PublicationType>`).join('')}</PublicationTypeList></Article></MedlineCitation></PubmedArticle>`;
    const xml = `<?xml version="1.0"?><PubmedArticleSet>${record('1', ['Journal Article', 'Review'])}${record('2', ['Letter'])}${record('3', ['Editorial'])}${record('4', ['Preprint'])}${record('5', ['Journal Article'])}</PubmedArticleSet>`;
    expect(types(xml)).toEqual(['review', 'letter', 'letter', 'preprint', 'article']);
  });

  it('reads Web of Science DT and PT', () => {
    const wos = (pt: string, dt: string) => `PT ${pt}\nAU Sari, D\nTI A study\nSO MIDWIFERY\n${dt ? `DT ${dt}\n` : ''}PY 2020\nER\n`;
    const text = `FN Clarivate Analytics Web of Science\nVR 1.0\n${wos('J', 'Review')}\n${wos('J', 'Article; Proceedings Paper')}\n${wos('B', '')}\n${wos('J', 'Editorial Material')}\nEF\n`;
    expect(types(text)).toEqual(['review', 'article', 'book', 'letter']);
  });
});

describe('publication type: BibTeX, CSL JSON, EndNote', () => {
  it("reads the entry type, Scopus's document_type and an arXiv eprint", () => {
    const bib = [
      '@article{a, title={A}, author={Sari, D}, year={2020}, journal={J}}',
      '@ARTICLE{b, title={B}, author={Sari, D}, year={2020}, journal={J}, document_type={Review}}',
      '@inproceedings{c, title={C}, author={Sari, D}, year={2020}, booktitle={Proc}}',
      '@incollection{d, title={D}, author={Sari, D}, year={2020}, booktitle={Book}}',
      '@phdthesis{e, title={E}, author={Sari, D}, year={2020}, school={UI}}',
      '@misc{f, title={F}, author={Sari, D}, year={2020}, eprint={2101.00001}, archivePrefix={arXiv}}',
      '@techreport{g, title={G}, author={Sari, D}, year={2020}}',
      '@misc{h, title={H}, author={Sari, D}, year={2020}}',
    ].join('\n');
    expect(types(bib)).toEqual(['article', 'review', 'conference-paper', 'chapter', 'thesis', 'preprint', 'report', 'other']);
  });

  it('reads CSL JSON type', () => {
    const item = (type: string) => ({ type, title: `T ${type}`, author: [{ family: 'Sari', given: 'Dewi' }], issued: { 'date-parts': [[2020]] } });
    const json = JSON.stringify(['article-journal', 'chapter', 'paper-conference', 'article', 'thesis', 'review-book', 'unknown-kind'].map(item));
    expect(types(json, 'items.json')).toEqual(['article', 'chapter', 'conference-paper', 'preprint', 'thesis', 'other', undefined]);
  });

  it("reads EndNote's reference type by name and number, and its Type of Work", () => {
    const style = (t: string) => `<style face="normal" font="default" size="100%">${t}</style>`;
    const rec = (refType: string, more = '') => `<record>${refType}<titles><title>${style('A title')}</title></titles>${more}</record>`;
    const xml = `<?xml version="1.0"?><xml><records>${[
      rec('<ref-type name="Book Section">5</ref-type>'),
      rec('<ref-type>32</ref-type>'),
      rec('<ref-type name="Journal Article">17</ref-type>', `<work-type>${style('Review')}</work-type>`),
      rec('<ref-type name="Generic">13</ref-type>'),
    ].join('')}</records></xml>`;
    expect(types(xml)).toEqual(['chapter', 'thesis', 'review', undefined]);
    expect(oneRecord('%0 Conference Paper\n%T A title\n%A Sari, Dewi\n%D 2020\n').type).toBe('conference-paper');
    expect(oneRecord('%0 Journal Article\n%T A title\n%A Sari, Dewi\n%D 2020\n%9 Letter\n').type).toBe('letter');
  });
});

describe('publication type: CSV', () => {
  it('reads Scopus\'s "Document Type" column', () => {
    const csv =
      'Authors,Title,Year,Source title,Document Type,EID\n"Sari D.",A,2020,J,Review,2-s2.0-1\n"Sari D.",B,2020,J,Conference Paper,2-s2.0-2\n"Sari D.",C,2020,J,Book Chapter,2-s2.0-3\n';
    expect(types(csv, 'scopus.csv')).toEqual(['review', 'conference-paper', 'chapter']);
  });
});

describe('publication type: exports read back', () => {
  const article = (type?: ArticleType): Article => ({
    title: `A study (${type ?? 'none'})`,
    authors: ['Sari, Dewi'],
    year: 2021,
    journal: 'Jurnal Kebidanan',
    url: '',
    source: 'import',
    ...(type ? { type } : {}),
  });
  const all = ARTICLE_TYPES.map((type) => article(type));

  it('RIS and BibTeX write each kind so that it is read back the same; a record naming none as a journal article', () => {
    for (const [format, text] of [
      ['ris', serialiseRis(all.map((a) => ({ article: a })))],
      ['bib', serialiseBibtex(all.map((a) => ({ article: a })))],
    ] as const) {
      const back = parseBibliography(text, `export.${format}`).records;
      expect(
        back.map((r) => r.type),
        format,
      ).toEqual([...ARTICLE_TYPES]);
      expect(
        back.map((r) => r.journal),
        format,
      ).toEqual(all.map(() => 'Jurnal Kebidanan'));
    }
    expect(serialiseRis([{ article: article('review') }])).toContain(
      'TY  - JOUR\r\nTI  - A study (review)\r\nAU  - Sari, Dewi\r\nPY  - 2021\r\nT2  - Jurnal Kebidanan\r\nM3  - Review',
    );
    expect(serialiseRis([{ article: article('chapter') }])).toContain('TY  - CHAP');
    expect(serialiseRis([{ article: article() }])).toContain('TY  - JOUR');
    expect(serialiseBibtex([{ article: article('conference-paper') }])).toMatch(/^@inproceedings\{[\s\S]*booktitle = \{Jurnal Kebidanan\}/);
    expect(serialiseBibtex([{ article: article() }])).toMatch(/^@article\{/);
  });

  it('the screened CSV writes the kind last, and the CSV reader reads it back', () => {
    const review = ReviewSchema.parse(blankReview('r', 'R', 1));
    const rows = all.map((a, i) => ({ record: { reviewId: 'r', key: `k${i}`, aliases: [], addedAt: 1, updatedAt: 1, sources: [], article: a } }));
    const csv = screenedCsv(rows, review, []);
    expect(csv.split('\r\n')[0].endsWith(',prisma_box,type,report_of')).toBe(true);
    expect(parseBibliography(csv.slice(1), 'screened.csv').records.map((r) => r.type)).toEqual([...ARTICLE_TYPES]);
  });
});
