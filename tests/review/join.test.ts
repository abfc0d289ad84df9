import { describe, expect, it } from 'vitest';
import { ArticleSchema, type ReviewRecord } from '../../lib/model';
import { joinArticle, joinRecords } from '../../lib/review/join';
import { ARTICLE_TYPES } from '../../lib/model/article-type';
import { seededRandom } from '../support/random';
import { shuffled } from './generate-events';

/** Versions of one record as different replicas and sightings hold it. */
function versions(seed: number): ReviewRecord[] {
  const random = seededRandom(seed);
  const maybe = <T>(value: T) => (random() < 0.5 ? value : undefined);
  return Array.from({ length: 6 }, (_, i) => ({
    reviewId: 'r',
    key: 'pmid:1',
    aliases: random() < 0.3 ? [`doi:10.1000/${i}`] : [],
    addedAt: 1 + Math.floor(random() * 5),
    updatedAt: 10 + i,
    evidence: random() < 0.2 ? { studyDesign: `d${i}`, sampleSize: '', setting: '', intervention: '', comparison: '', outcomeMeasure: '', mainResult: '', notes: '' } : undefined,
    article: ArticleSchema.parse({
      title: random() < 0.5 ? 'Pijat oksitosin dan ASI' : 'Pijat Oksitosin dan ASI.',
      originalTitle: maybe(random() < 0.5 ? 'Pijat oksitosin' : 'Oxytocin massage'),
      authors: random() < 0.5 ? ['Sari D', 'Putri A'] : ['D Sari'],
      authorsTruncated: maybe(true),
      cut: maybe(random() < 0.5 ? { title: 'end' as const } : { authors: 'start' as const, title: 'start' as const }),
      year: maybe(2020 + (i % 2)),
      journal: maybe(random() < 0.5 ? 'Jurnal Kebidanan' : 'J Kebidanan'),
      journalTruncated: maybe(true),
      abstract: maybe('Ibu nifas '.repeat(1 + Math.floor(random() * 3))),
      keywords: maybe(['ASI', 'nifas'].slice(0, 1 + (i % 2))),
      citedBy: maybe(i),
      url: random() < 0.5 ? '' : 'https://pubmed.ncbi.nlm.nih.gov/1/',
      source: random() < 0.5 ? 'import' : 'pubmed',
      type: maybe(ARTICLE_TYPES[Math.floor(random() * ARTICLE_TYPES.length)]),
    }),
    sources: [{ database: ['pubmed', 'Scopus', 'garuda'][i % 3], at: 100 - i }],
  }));
}

const joinAll = (list: ReviewRecord[]) => list.reduce((a, b) => joinRecords(a, b));

describe('joining versions of a record', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`gives the same record in any order and any grouping (seed ${seed})`, () => {
      const list = versions(seed);
      const reference = joinAll(list);
      for (const order of [7, 8, 9]) expect(joinAll(shuffled(list, order))).toEqual(reference);
      // (a ⊔ b) ⊔ (c ⊔ …) = a ⊔ (b ⊔ (c ⊔ …)); and joining what is already in is a no-op.
      expect(joinRecords(joinAll(list.slice(0, 3)), joinAll(list.slice(3)))).toEqual(reference);
      expect(joinRecords(reference, list[2])).toEqual(reference);
    });
  }

  it('chooses that pair by the titles alone, in any grouping', () => {
    const base = { title: 'Effect of pregnancy exercise on anxiety', authors: ['Sari D'], url: '', source: 'import' as const };
    const a = ArticleSchema.parse({ ...base, year: 2021 });
    const b = ArticleSchema.parse({ ...base, originalTitle: 'Pengaruh senam hamil terhadap kecemasan' });
    const c = ArticleSchema.parse({ ...base, originalTitle: 'Pengaruh Senam Hamil terhadap Kecemasan', journal: 'J' });
    const left = joinArticle(joinArticle(a, b), c);
    const right = joinArticle(a, joinArticle(b, c));
    expect([left.title, left.originalTitle]).toEqual([right.title, right.originalTitle]);
  });

  it('keeps a title and its original-language version as the pair one sighting gave', () => {
    const scopus = ArticleSchema.parse({
      title: 'Effect of oxytocin massage on milk production',
      originalTitle: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas',
      authors: [],
      url: '',
      source: 'import',
    });
    const garuda = ArticleSchema.parse({ title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas', authors: [], url: '', source: 'garuda' });
    for (const joined of [joinArticle(scopus, garuda), joinArticle(garuda, scopus)]) {
      expect([joined.title, joined.originalTitle]).toEqual([scopus.title, scopus.originalTitle]);
    }
  });

  it('never loses a field either side holds, and prefers complete over cut-short data', () => {
    const cut = ArticleSchema.parse({
      title: 'T',
      authors: ['D Sari'],
      authorsTruncated: true,
      journal: 'J Keb…',
      journalTruncated: true,
      url: '',
      source: 'google-scholar',
      citedBy: 4,
    });
    const full = ArticleSchema.parse({ title: 'T', authors: ['Sari D'], journal: 'Jurnal Kebidanan', doi: '10.1000/x', url: '', source: 'import', abstract: 'Abstrak' });
    const joined = joinArticle(cut, full);
    expect(joined).toMatchObject({ authors: ['Sari D'], journal: 'Jurnal Kebidanan', doi: '10.1000/x', abstract: 'Abstrak', citedBy: 4 });
    expect(joined.authorsTruncated).toBeUndefined();
    expect(joinArticle(full, cut)).toEqual(joined);
  });

  it('takes a whole title over a part Google Scholar cut, however long, and keeps where each kept part was cut', () => {
    const scholar = ArticleSchema.parse({
      title: 'erosion, uplift and unroofing of the Transantarctic Mountains deduced from sandstone detrital modes',
      cut: { title: 'start', authors: 'start' },
      authors: ['DN Mariyani', 'S Rahmawati'],
      authorsTruncated: true,
      url: '',
      source: 'google-scholar',
    });
    const whole = ArticleSchema.parse({ title: 'Cenozoic erosion and unroofing', authors: ['D Lestari', 'A Putri'], authorsTruncated: true, url: '', source: 'import' });
    // A list that shows its first author beats one cut at its start, though both are cut short.
    const joined = joinArticle(scholar, whole);
    expect([joined.title, joined.authors, joined.cut]).toEqual(['Cenozoic erosion and unroofing', ['D Lestari', 'A Putri'], undefined]);
    expect(joinArticle(whole, scholar)).toEqual(joined);
    // Where each kept part was cut goes with it.
    const noAuthors = ArticleSchema.parse({ ...whole, authors: [], authorsTruncated: undefined });
    const kept = joinArticle(noAuthors, scholar);
    expect([kept.title, kept.authors, kept.authorsTruncated, kept.cut]).toEqual(['Cenozoic erosion and unroofing', scholar.authors, true, { authors: 'start' }]);
  });
});
