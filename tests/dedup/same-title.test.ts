// Records sharing a title inside one file — open letters of different authors, a preprint and
// the article it became — are different records: each keeps its own DOI and authors, and
// duplicate detection never joins them as certain (a preprint and its article are offered to
// the reviewer as a likely pair instead).
import { describe, expect, it } from 'vitest';
import { findDuplicates, groupDuplicates } from '../../lib/dedup';
import { parseBibliography } from '../../lib/formats';
import { fixture } from '../formats/helpers';

const LETTER = 'An open letter on breastfeeding support during the pandemic';
const MASSAGE = 'Oxytocin massage and breast milk volume in postpartum mothers';

const own = (file: string) =>
  parseBibliography(fixture(`same-title/${file}`), file).records.map((r) => ({ title: r.title.replace(/\.$/, ''), doi: r.doi, authors: r.authors, journal: r.journal }));

describe('records sharing a title in one file', () => {
  it.each(['letters-and-preprint.ris', 'letters-and-preprint.bib'])('%s: every record keeps its own DOI, authors and journal', (file) => {
    expect(own(file)).toEqual([
      { title: LETTER, doi: '10.1016/s0140-6736(20)31234-5', authors: ['Smith, John', 'Brown, Amy'], journal: 'The Lancet' },
      { title: LETTER, doi: undefined, authors: ['Jones, Karen', 'Lee, Min'], journal: 'BMJ' },
      { title: LETTER, doi: '10.1111/mcn.13001', authors: [], journal: 'Maternal & Child Nutrition' },
      { title: MASSAGE, doi: '10.1101/2020.05.01.20087654', authors: ['Sari, Dewi', 'Putri, Ayu'], journal: 'medRxiv' },
      { title: MASSAGE, doi: undefined, authors: ['Sari, Dewi', 'Putri, Ayu', 'Lubis, Hana'], journal: 'Midwifery' },
    ]);
  });

  it('PubMed (MEDLINE) and Scopus CSV: the same', () => {
    expect(own('letters-and-preprint.nbib').map((r) => [r.doi, r.authors[0]])).toEqual([
      ['10.1016/s0140-6736(20)31234-5', 'Smith, John'],
      [undefined, 'Jones, Karen'],
      [undefined, 'Sari, Dewi'],
    ]);
    expect(own('letters-and-preprint.csv').map((r) => [r.doi, r.authors.length, r.journal])).toEqual([
      ['10.1016/s0140-6736(20)31234-5', 2, 'The Lancet'],
      [undefined, 2, 'BMJ'],
      ['10.1101/2020.05.01.20087654', 2, 'medRxiv'],
      [undefined, 3, 'Midwifery'],
    ]);
  });

  it.each(['letters-and-preprint.ris', 'letters-and-preprint.bib', 'letters-and-preprint.csv'])('%s: no two of them are one study for certain', (file) => {
    const { records } = parseBibliography(fixture(`same-title/${file}`), file);
    expect(groupDuplicates(records).filter((g) => g.length > 1)).toEqual([]);
  });

  it('a preprint and its article are offered as a likely pair, not merged', () => {
    const { records } = parseBibliography(fixture('same-title/letters-and-preprint.ris'));
    const { groups, likely } = findDuplicates(records);
    expect(groups).toHaveLength(records.length);
    expect(likely).toContainEqual({ a: 3, b: 4, reason: 'preprint' });
  });

  it('all files together: the same study from two databases still joins, the others stay apart', () => {
    const files = ['letters-and-preprint.ris', 'letters-and-preprint.nbib'];
    const records = files.flatMap((f) => parseBibliography(fixture(`same-title/${f}`), f).records);
    const joined = groupDuplicates(records)
      .filter((g) => g.length > 1)
      .map((g) => g.map((i) => `${records[i].authors[0] ?? '-'} ${records[i].journal}`));
    expect(joined).toEqual([
      ['Smith, John The Lancet', 'Smith, John Lancet (London, England)'],
      ['Jones, Karen BMJ', 'Jones, Karen BMJ (Clinical research ed.)'],
      ['Sari, Dewi Midwifery', 'Sari, Dewi Midwifery'],
    ]);
  });

  it('two letters whose first authors share a family name but not an initial stay apart, offered to the reviewer', () => {
    const letter = (authors: string[], journal = 'Midwifery') => ({
      title: 'Re: Oxytocin massage for lactation support',
      authors,
      year: 2022,
      journal,
      url: '',
      source: 'import' as const,
      keywords: [],
    });
    const records = [letter(['Sari, Dewi']), letter(['Sari, Ayu', 'Lestari, Budi']), letter(['D. Sari'], 'Midwifery (Edinb)')];
    // With Ayu Sari's letter among them no join is certain (all three go to the reviewer);
    // without it, Dewi Sari's letter from two databases joins.
    expect(groupDuplicates(records).filter((g) => g.length > 1)).toEqual([]);
    expect(groupDuplicates([records[0], records[2]]).filter((g) => g.length > 1)).toEqual([[0, 1]]);
    expect(findDuplicates(records).likely.map(({ a, b }) => [a, b])).toContainEqual([0, 1]);
  });
});
