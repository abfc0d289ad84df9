// The fast paths of values.ts must give exactly what the schema's own cleaning gives: they are
// checked here against it on tricky and random values.
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../lib/model/article';
import { cleanText, normalizeDoi, parseYear } from '../../lib/model/normalize';
import { stripMarkup, tidy } from '../../lib/formats/markup';
import { doiFrom, httpUrl, pmidValue, scopusEid, stableDoi } from '../../lib/formats/values';
import { joinPages } from '../../lib/model/pages';
import { parseRis } from '../../lib/formats';
import { seededRandom } from '../support/random';

const random = seededRandom(7);
const pick = (alphabet: string[]) => alphabet[Math.floor(random() * alphabet.length)];
const randomText = (alphabet: string[], max: number) => Array.from({ length: Math.floor(random() * max) }, () => pick(alphabet)).join('');

describe('value fast paths agree with the schema', () => {
  it('tidy = cleanText, short and long', () => {
    const alphabet = ['a', 'b', ' ', ' ', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0001', '\r', 'é', '’', '-'];
    for (let i = 0; i < 3_000; i++) {
      const text = randomText(alphabet, i % 2 ? 20 : 120);
      expect(tidy(text), JSON.stringify(text)).toBe(cleanText(text));
    }
  });

  it('stripMarkup: a short value reads as it does inside a long one (its one-loop fast path)', () => {
    const alphabet = ['a', 'b', ' ', ' ', '&', 'amp;', 'lt;', '<', 'i>', '/', 'p>', '\u00a0', '\t', '\n', 'é', '-'];
    const pad = 'z'.repeat(60);
    for (let i = 0; i < 3_000; i++) {
      const text = randomText(alphabet, 16);
      // Past the fast path's length, the text is read the general way; the pad is then cut off.
      const long = stripMarkup(`${text} ${pad}`);
      expect(stripMarkup(text), JSON.stringify(text)).toBe(long.slice(0, Math.max(0, long.length - pad.length - 1)));
    }
  });

  it('DOIs: doiFrom and stableDoi give what normalizeDoi gives (and keep giving)', () => {
    const dois = [
      '10.1016/J.Foreco.2019.02.043',
      '10.1000/x.',
      '10.1000/x)',
      '10.1000/a%2Fb',
      '10.2193/0022-541X(2005)069<0185:EOWFAS>2.0.CO;2',
      '10.1000/ab cd',
      '10.1000/"q"',
      '10.1000/x]',
      '10.1002/(SICI)1097-4636',
      '10.123/too-short-prefix',
      '10.48550/arXiv.1706.03762',
    ];
    for (const doi of dois) {
      expect(doiFrom(doi), doi).toBe(normalizeDoi(doi));
      const stable = stableDoi(doi);
      expect(ArticleSchema.shape.doi.parse(stable ?? ''), doi).toBe(stable);
    }
  });

  it('URLs: httpUrl accepts exactly what the schema accepts', () => {
    const urls = [
      'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85062282548&partnerID=40',
      'http://dx.doi.org/10.1002/cpp.2398',
      'https://a:99999/',
      'https://[bad/',
      'https://exa mple.org/',
      'https://.example/',
      'https://example.org/é',
      'https://-a.org/',
      'http://localhost:8080/x',
      'https://a..b/',
      'https://xn--bcher-kva.example/',
      'javascript:alert(1)',
      '<Go to ISI>://WOS:000334648000001',
      'https://example.org/%zz',
      'https://example.org/a\\b',
      'https://example.org#frag',
    ];
    for (const url of urls) {
      const ok = ArticleSchema.shape.url.safeParse(url).success;
      expect(httpUrl(url) !== undefined, url).toBe(ok);
    }
  });

  it('a date written without separators, alone in its field, gives its year (EBSCO "20211101")', () => {
    expect(['20211101', '202111', ' 19991231 '].map(parseYear)).toEqual([2021, 2021, 1999]);
    // Not a date: a month or day out of range, a longer number, an article number, a date inside text.
    expect(['20211301', '20211132', '202111011', 'e20211101', 'Art. 20211101', '12345678'].map(parseYear)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('years and pages: the fast path for plain numbers changes nothing', () => {
    for (const value of ['2019', '1499', '2101', '2e03', ' 201', '0219', '1500', '2100', '20l9']) {
      expect(parseYear(value), value).toBe(/^(1[5-9]\d\d|20\d\d|2100)$/.test(value) ? Number(value) : parseYear(` ${value}`));
    }
    expect(joinPages('6913', '7')).toBe('6913-6917');
    expect(joinPages('83', '86')).toBe('83-86');
    expect(joinPages('1084', '1092')).toBe('1084-1092');
    expect(joinPages('e1120', 'e1128')).toBe('e1120-e1128');
  });

  it('pages written with their word ("pp. 45-52", Indonesian "hal. 45-52") are the numbers', () => {
    expect(['pp. 45-52', 'hal. 45-52', 'Hal 45-52', 'p. 45-52', 'Halaman 45–52'].map((sp) => joinPages(sp))).toEqual(Array(5).fill('45-52'));
    expect(joinPages('pp. 45', 'pp. 52')).toBe('45-52');
    // A page that is a word of its own stays: "Page" without a number, e-locators.
    expect(joinPages('e45', 'e52')).toBe('e45-e52');
    expect(joinPages('P1-P10')).toBe('P1-P10');
    expect(joinPages('P0123')).toBe('P0123');
  });

  it('ids: a PMID is digits alone or labelled; a Scopus EID only from its parameter', () => {
    expect(['123', ' 00123 ', 'PMID: 456', '789 [PMID]', 'PMC9371185', 'pub.1149983225', 'PMC9371185 [PMCID]'].map(pmidValue)).toEqual([
      '123',
      '123',
      '456',
      '789',
      undefined,
      undefined,
      undefined,
    ]);
    expect(scopusEid('https://www.scopus.com/inward/record.uri?eid=2-s2.0-85062282548&partnerID=40')).toBe('2-s2.0-85062282548');
    expect(scopusEid('https://x.org/?weid=2-s2.0-1')).toBeUndefined();
    expect(scopusEid('https://x.org/?a=1&eid=2-s2.0-')).toBeUndefined();
  });
});

describe('markup in abstracts', () => {
  it('keeps words apart across block tags and together across inline ones', () => {
    expect(stripMarkup('<p>Background: Stunting is common.</p><p>Methods: We surveyed.</p>Results:<br/>Fewer.')).toBe(
      'Background: Stunting is common. Methods: We surveyed. Results: Fewer.',
    );
    expect(stripMarkup('<ul><li>one</li><li>two</li></ul>')).toBe('one two');
    expect(stripMarkup('CO<sub>2</sub> and <i>Escherichia</i><b>coli</b>, x<sup>2</sup>')).toBe('CO2 and Escherichiacoli, x2');
    expect(stripMarkup('p <0.05 in n> 3 of <b>all</b>')).toBe('p <0.05 in n> 3 of all');
  });

  it('reads a Crossref JATS abstract without its "Abstract" heading, its section titles apart', () => {
    const jats = '<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title><jats:p>Stunting is <jats:italic>common</jats:italic>.</jats:p></jats:sec>';
    expect(stripMarkup(jats)).toBe('Background Stunting is common.');
    expect(stripMarkup('<jats:sec><jats:title>Abstrak</jats:title><jats:p>Pijat oksitosin.</jats:p></jats:sec>')).toBe('Pijat oksitosin.');
    expect(stripMarkup('<jats:p>Abstract reasoning in nurses.</jats:p>')).toBe('Abstract reasoning in nurses.');
  });
});

describe('imported records', () => {
  it('are plain objects: Object.prototype, own fields only, equal to their structured clone', () => {
    const [a] = parseRis('TY  - JOUR\nTI  - A title\nAU  - Smith, J.\nPY  - 2020\nER  - \n').records;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(a.constructor).toBe(Object);
    expect(structuredClone(a)).toStrictEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toStrictEqual({ title: 'A title', authors: ['Smith, J.'], url: '', source: 'import', year: 2020, type: 'article' });
  });
});
