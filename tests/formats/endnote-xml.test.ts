// EndNote XML (EndNote X9/20's File → Export → XML; Covidence and Rayyan write the same shape).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';
import { ArticleSchema } from '../../lib/model/article';
import { oneRecord } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, 'xml', name), 'utf8');
const style = (text: string, face = 'normal') => `<style face="${face}" font="default" size="100%">${text}</style>`;
const library = (...records: string[]) => `<?xml version="1.0" encoding="UTF-8" ?><xml><records>${records.join('')}</records></xml>`;
const record = (fields: string) => `<record><rec-number>1</rec-number><ref-type name="Journal Article">17</ref-type>${fields}</record>`;
const title = (text: string) => `<titles><title>${style(text)}</title></titles>`;

describe('EndNote XML', () => {
  const { format, records, warnings } = parseBibliography(fixture('endnote-x9.xml'), 'Pijat oksitosin review.xml');

  it('reads every record with a title, and names the one without', () => {
    expect(format).toBe('endnote-xml');
    expect(records).toHaveLength(5);
    expect(warnings).toEqual(['record 5: record without a title skipped']);
  });

  it('reads a PubMed record as EndNote wrote it: style runs joined, entities decoded, the PMID from accession-num', () => {
    const [a] = records;
    expect(a).toMatchObject({
      title: 'Effect of Moringa oleifera leaf extract and oxytocin massage on breast milk volume: a randomised trial',
      authors: ['Lestari, A.', 'Wulandari, R.', 'Santoso, B.'],
      year: 2020,
      journal: 'BMC Pregnancy and Childbirth',
      volume: '20',
      issue: '1',
      pages: '145',
      doi: '10.1186/s12884-020-2760-1',
      pmid: '31999999',
      sourceId: '31999999',
      language: 'en',
      url: 'https://pubmed.ncbi.nlm.nih.gov/31999999/',
    });
    expect(a.keywords).toContain('Oxytocin/*administration & dosage');
  });

  it('keeps the sections of an abstract written with "&#xD;" on lines of their own', () => {
    expect(records[0].abstract?.split('\n').map((line) => line.slice(0, 12))).toEqual(['BACKGROUND: ', 'METHODS: Mot', 'RESULTS: Vol', 'CONCLUSIONS:']);
    expect(records[0].abstract).toContain('(p < 0.05 was significant)');
  });

  it("never takes another database's accession number for a PMID (ris-ids.ts rules)", () => {
    const [, embase, cinahl, book, scopus] = records;
    // Embase: its own L-number is the source id; the MEDLINE PMID is custom5 (RIS C5).
    expect([embase.pmid, embase.sourceId]).toEqual(['33640000', 'L2001403470']);
    // CINAHL's accession number is digits, and no PMID.
    expect([cinahl.pmid, cinahl.sourceId]).toEqual([undefined, '141234567']);
    expect(book.pmid).toBeUndefined();
    // Scopus: the PubMed id is custom2 (RIS C2), the EID is read from the link.
    expect([scopus.pmid, scopus.sourceId]).toEqual(['34350000', '2-s2.0-85112345678']);
  });

  it('a book section: its book is the journal, editors are no authors, an organisation keeps its name', () => {
    expect(records[3]).toMatchObject({
      title: 'Breastfeeding counselling in the first week',
      authors: ['World Health Organization'],
      journal: 'Guideline: counselling of women to improve breastfeeding practices',
      pages: '12-30',
      year: 2018,
    });
  });

  it('knows a book section by its ref-type number when it has no name', () => {
    const fields = `<titles><title>${style('Counselling')}</title><secondary-title>${style('The book')}</secondary-title></titles><periodical><full-title>${style('A series')}</full-title></periodical>`;
    const section = oneRecord(library(`<record><ref-type>5</ref-type>${fields}</record>`));
    const article = oneRecord(library(`<record><ref-type>17</ref-type>${fields}</record>`));
    expect([section.journal, article.journal]).toEqual(['The book', 'A series']);
  });

  it('decodes text escaped twice (OJS) and joins bold runs', () => {
    expect(records[4].title).toBe("Ma'rifah and the ASI eksklusif programme & community health workers");
  });

  it('gives records ArticleSchema accepts as they are', () => {
    for (const r of records) expect(ArticleSchema.parse(r)).toEqual(r);
  });

  it('reads older EndNote files without style runs, and PubMed named in the provider only', () => {
    const a = oneRecord(
      library(
        record(
          '<contributors><authors><author>Sari, D.</author></authors></contributors><titles><title>Kangaroo care at home</title>' +
            '<secondary-title>Jurnal Ners</secondary-title></titles><dates><year>2017</year><pub-dates><date>2017 Mar</date></pub-dates></dates>' +
            '<accession-num>28000001</accession-num><remote-database-provider>NLM</remote-database-provider>',
        ),
      ),
      'old.xml',
    );
    expect(a).toMatchObject({ title: 'Kangaroo care at home', authors: ['Sari, D.'], journal: 'Jurnal Ners', year: 2017, pmid: '28000001' });
  });

  it('takes the year from pub-dates when there is no year, and a PMID written in the notes', () => {
    const a = oneRecord(
      library(record(`${title('Skin-to-skin contact')}<dates><pub-dates><date>${style('2016 Oct 12')}</date></pub-dates></dates><notes>${style('PMID: 27700001')}</notes>`)),
    );
    expect([a.year, a.pmid]).toEqual([2016, '27700001']);
  });

  it('reads an indented library without style runs (Covidence\'s "EndNote XML"), naming lines in its warnings', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xml>',
      '  <records>',
      '    <record>',
      '      <ref-type name="Journal Article">17</ref-type>',
      '      <contributors>',
      '        <authors>',
      '          <author>Sari, Dewi</author>',
      '          <author>Lee, A.</author>',
      '        </authors>',
      '      </contributors>',
      '      <titles>',
      '        <title>Skin-to-skin contact after caesarean birth</title>',
      '        <secondary-title>Women and Birth</secondary-title>',
      '      </titles>',
      '      <dates>',
      '        <year>2023</year>',
      '      </dates>',
      '      <abstract>Background: few mothers get it.',
      'Methods: a survey.</abstract>',
      '      <keywords>',
      '        <keyword>caesarean section; kangaroo care</keyword>',
      '      </keywords>',
      '      <notes>Covidence #12345</notes>',
      '    </record>',
      '    <record>',
      '      <ref-type name="Journal Article">17</ref-type>',
      '    </record>',
      '  </records>',
      '</xml>',
    ].join('\r\n');
    const { records, warnings } = parseBibliography(text, 'covidence.xml');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Skin-to-skin contact after caesarean birth',
      authors: ['Sari, Dewi', 'Lee, A.'],
      journal: 'Women and Birth',
      year: 2023,
      abstract: 'Background: few mothers get it.\nMethods: a survey.',
      keywords: ['caesarean section', 'kangaroo care'],
    });
    expect(warnings).toEqual(['line 26 (record 2): record without a title skipped']);
  });

  it('reads a file that is not named .xml, by its content', () => {
    expect(parseBibliography(library(record(title('A title'))), 'export.txt').format).toBe('endnote-xml');
  });
});
