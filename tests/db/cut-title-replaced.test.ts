// A record first seen on Google Scholar holds the part of its title Scholar showed ("… erosion,
// uplift and unroofing of the …"). Seen again whole (PubMed, an import, the article's page), it
// takes the whole title — also a record an earlier release stored with Scholar's "…" in its
// title, before Article.cut told which end was cut.
import { beforeEach, describe, expect, it } from 'vitest';
import { getRecord, recordSeen } from '../../lib/db';
import type { ArticleInput } from '../../lib/model';
import { freshDb } from './helpers';

beforeEach(freshDb);

const FULL = 'Kangaroo mother care and neonatal outcomes in low birth weight infants: a systematic review and meta-analysis of randomised trials';
const DOI = '10.1542/peds.2015-2238';

const pubmed: ArticleInput = {
  title: FULL,
  authors: ['Boundy EO', 'Dastjerdi R', 'Spiegelman D'],
  year: 2016,
  journal: 'Pediatrics',
  doi: DOI,
  pmid: '26702029',
  url: 'https://pubmed.ncbi.nlm.nih.gov/26702029/',
  source: 'pubmed',
  sourceId: '26702029',
};
const scholar = (over: Partial<ArticleInput>): ArticleInput => ({
  title: 'Kangaroo mother care and neonatal outcomes in low birth weight infants: a systematic review and meta-analysis of',
  authors: ['EO Boundy', 'R Dastjerdi', 'D Spiegelman'],
  year: 2016,
  journal: 'Pediatrics',
  doi: DOI,
  url: 'https://example.org/files/kmc.pdf',
  source: 'google-scholar',
  sourceId: 'AbC123xyz_0J',
  ...over,
});

const storedTitle = async (key: string) => {
  const { title, cut } = (await getRecord('r1', key))!.article;
  return { title, cut };
};

describe('a title Scholar cut, seen whole later', () => {
  it('is replaced by the whole title (the same DOI), in either order', async () => {
    const [key] = await recordSeen('r1', [scholar({ cut: { title: 'end' } })], { database: 'google-scholar' });
    expect(await recordSeen('r1', [pubmed], { database: 'PubMed' })).toEqual([key]);
    expect(await storedTitle(key)).toEqual({ title: FULL, cut: undefined });
    await freshDb();
    const [first] = await recordSeen('r1', [pubmed], { database: 'PubMed' });
    expect(await recordSeen('r1', [scholar({ cut: { title: 'end' } })], { database: 'google-scholar' })).toEqual([first]);
    expect(await storedTitle(first)).toEqual({ title: FULL, cut: undefined });
  });

  it('is replaced when an earlier release stored it with its "…" and no cut, also when the whole title is shorter', async () => {
    // The whole title as PubMed has it may be shorter than what Scholar showed (another subtitle).
    const short = { ...pubmed, title: 'Kangaroo mother care and neonatal outcomes: a meta-analysis' };
    for (const shown of [`${scholar({}).title} …`, `… ${scholar({}).title.slice(20)} …`, `${scholar({}).title}...`]) {
      await freshDb();
      const [key] = await recordSeen('r1', [scholar({ title: shown })], { database: 'google-scholar' });
      expect(await recordSeen('r1', [short], { database: 'PubMed' })).toEqual([key]);
      expect((await storedTitle(key)).title, shown).toBe(short.title);
    }
  });
});
