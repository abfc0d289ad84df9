// EndNote XML and PubMed XML that is cut short, empty, huge, or no reference export at all.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError, parseBibliography } from '../../lib/formats';
import { generateEndnoteXml, generatePubmedXml } from './generate-xml';
import { formatError as refused } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, 'xml', name), 'utf8');

describe('truncated XML exports', () => {
  it('EndNote XML cut inside a record: the records before it, and a warning naming the lost one', () => {
    const text = fixture('endnote-x9.xml');
    const cut = text.slice(0, text.indexOf('</titles>', text.indexOf('Ma&amp;#039;rifah')) + 40);
    const { records, warnings } = parseBibliography(cut, 'library.xml');
    expect(records).toHaveLength(4);
    expect(warnings).toEqual([
      'record 5: record without a title skipped',
      'the file ends inside record 6 ("Ma\'rifah and the ASI eksklusif programme & community health workers"): it was cut short (truncated) and that record is not read; the 5 records before it were read — export the file again to get the rest',
    ]);
  });

  it('PubMed XML cut inside a record, even inside a tag', () => {
    const text = fixture('pubmed-efetch.xml');
    const cut = text.slice(0, text.indexOf('<Author', text.indexOf('<PMID Version="1">31000001')) + 4);
    const { records, warnings } = parseBibliography(cut, 'pubmed.xml');
    expect(records.map((r) => r.pmid)).toEqual(['35957633']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBe(
      'the file ends inside record 2 ("[Oxytocin massage and breast milk production in postpartum mothers in Yogyakart…"): it was cut short (truncated) and that record is not read; the record before it was read — export the file again to get the rest',
    );
  });

  it('cut between records: every record read, and a warning that more may be missing', () => {
    const text = generatePubmedXml(3);
    const { records, warnings } = parseBibliography(text.slice(0, text.lastIndexOf('</PubmedArticle>') + 17));
    expect(records).toHaveLength(3);
    expect(warnings).toEqual(['the file ends before </PubmedArticleSet>: it may be truncated after record 3']);
  });

  it('cut inside the first record: no records, and both warnings say why', () => {
    const text = generateEndnoteXml(2);
    const { records, warnings } = parseBibliography(text.slice(0, text.indexOf('</titles>')), 'library.xml');
    expect(records).toEqual([]);
    expect(warnings[0]).toMatch(/^no records found: the file looks like EndNote XML/);
    expect(warnings[1]).toMatch(
      /^the file ends inside record 1 \("Oxytocin massage and breast milk supply & infant growth: record 1"\): it was cut short \(truncated\) and that record is not read; no record before it/,
    );
  });

  it('an empty result set (efetch with no ids) reads as no records', () => {
    const { format, records, warnings } = parseBibliography('<?xml version="1.0" ?>\n<PubmedArticleSet></PubmedArticleSet>\n');
    expect([format, records]).toEqual(['pubmed-xml', []]);
    expect(warnings).toEqual(['no records found: the file looks like PubMed XML, but none of its records could be read']);
  });
});

describe('any slice of an XML export', () => {
  it('gives records or a FormatError, never another error', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const text of [fixture('endnote-x9.xml'), fixture('pubmed-efetch.xml')]) {
      for (let k = 0; k < 60; k++) {
        const start = k % 3 === 0 ? 0 : Math.floor(rand() * text.length);
        const slice = text.slice(start, start + Math.floor(rand() * text.length));
        try {
          expect(Array.isArray(parseBibliography(slice).records)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(FormatError);
        }
      }
    }
  });
});

describe('XML and HTML that is no reference export', () => {
  it('a web page saved as .xml', () => {
    for (const page of [
      '<!DOCTYPE html>\n<html lang="en"><head><title>PubMed</title></head><body>…</body></html>',
      '<!-- saved from url=(0044)https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin -->\n<html><head><meta charset="utf-8"></head></html>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
    ]) {
      const e = refused(page, 'pubmed.xml');
      expect(e.code, page).toBe('unknown-format');
      expect(e.message, page).toMatch(/^"pubmed\.xml" is a web page \(HTML\), not a reference export: export the records as RIS instead/);
    }
  });

  it('XML of another kind, named by its document element', () => {
    const search =
      '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" "x.dtd">\n<eSearchResult><Count>2</Count><IdList><Id>1</Id></IdList></eSearchResult>';
    const e = refused(search, 'esearch.xml');
    expect(e.code).toBe('unknown-format');
    expect(e.message).toBe(
      '"esearch.xml" is an XML file of another kind (<eSearchResult>), not a reference export: Saring reads EndNote XML and PubMed XML; export the records as RIS instead (or PubMed format, BibTeX or CSV)',
    );
    expect(refused('<rss version="2.0"><channel><title>New articles</title></channel></rss>').message).toMatch(/XML file of another kind \(<rss>\)/);
  });
});

describe('large XML exports stay linear', () => {
  it('10,000 EndNote XML records', () => {
    const { records, warnings } = parseBibliography(generateEndnoteXml(10_000), 'library.xml');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(10_000);
    expect(records[9_999]).toMatchObject({ title: 'Oxytocin massage and breast milk supply & infant growth: record 10000', pmid: '30010000' });
    expect(records[9_999].abstract).toBe('Background: record 10000.\nMethods: a trial of 60 mothers (p < 0.05).');
  });

  it('10,000 PubMed XML records', () => {
    const { records, warnings } = parseBibliography(generatePubmedXml(10_000), 'pubmed.xml');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(10_000);
    expect(records[9_999]).toMatchObject({ title: 'Oxytocin massage and breast milk supply: record 10000.', pmid: '30010000', pages: '10000-10009' });
  });
});
