// Google Scholar shows a long byline or title as the window around the words searched for, cut
// with "…" at either end (lib/sites/google-scholar.ts sets Article.cut). The same study seen on
// Garuda or in a file must still be the same record: the cut parts count for what they show.
import { beforeEach, describe, expect, it } from 'vitest';
import { findRecordKeys, getRecord, recordSeen } from '../../lib/db';
import { ArticleSchema, type ArticleInput } from '../../lib/model';
import { freshDb } from './helpers';

beforeEach(freshDb);

const garuda = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas',
  authors: ['Lestari D', 'Putri A', 'Mariyani DN', 'Rahmawati S'],
  year: 2021,
  journal: 'Jurnal Kebidanan',
  url: 'https://garuda.kemdikbud.go.id/documents/detail/1234567',
  source: 'garuda',
  sourceId: '1234567',
  ...over,
});

// "…, DN Mariyani, S Rahmawati - Jurnal Kebidanan, 2021 - garuda.kemdikbud.go.id"
const scholar = (over: Partial<ArticleInput> = {}): ArticleInput => ({
  title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas',
  authors: ['DN Mariyani', 'S Rahmawati'],
  authorsTruncated: true,
  cut: { authors: 'start' },
  year: 2021,
  journal: 'Jurnal Kebidanan',
  url: 'https://garuda.kemdikbud.go.id/documents/detail/1234567x',
  source: 'google-scholar',
  sourceId: 'AbC123xyz',
  ...over,
});

const seen = (a: ArticleInput, database: string) => recordSeen('r1', [a], { database });

describe('a Scholar author list cut at its start', () => {
  it('is the record whose later authors it shows, in order, either way round', async () => {
    const [key] = await seen(garuda(), 'garuda');
    expect(await seen(scholar(), 'google-scholar')).toEqual([key]);
    const record = await getRecord('r1', key);
    // The whole list is kept, not the cut one.
    expect(record!.article.authors).toEqual(['Lestari D', 'Putri A', 'Mariyani DN', 'Rahmawati S']);
    expect(record!.article.cut).toBeUndefined();

    await freshDb();
    const [first] = await seen(scholar(), 'google-scholar');
    expect(await seen(garuda(), 'garuda')).toEqual([first]);
    expect(await findRecordKeys('r1', [ArticleSchema.parse(scholar({ sourceId: 'other', url: 'https://example.org/x' }))])).toEqual([first]);
  });

  it('is not a record whose first author it shows, nor one without those authors in that order', async () => {
    const [key] = await seen(garuda({ authors: ['Mariyani DN', 'Rahmawati S'] }), 'garuda');
    expect(await seen(scholar(), 'google-scholar')).not.toEqual([key]);
    await freshDb();
    const [other] = await seen(garuda({ authors: ['Lestari D', 'Rahmawati S', 'Mariyani DN'] }), 'garuda');
    expect(await seen(scholar(), 'google-scholar')).not.toEqual([other]);
    await freshDb();
    const [third] = await seen(garuda({ authors: ['Lestari D', 'Putri A', 'Santoso B'] }), 'garuda');
    expect(await seen(scholar(), 'google-scholar')).not.toEqual([third]);
  });
});

// geomap_scholar_search_results_2020-11.html (../shared), row 5: the title cut at its start.
const FULL_TITLE =
  'Variations in Cenozoic erosion, uplift and unroofing of the Transantarctic Mountains deduced from sandstone detrital modes in CRP-3 drillcore, Victoria Land Basin, Antarctica';
const SHOWN = 'erosion, uplift and unroofing of the Transantarctic Mountains deduced from sandstone detrital modes in CRP-3 drillcore, Victoria Land Basin, Antarctica';

const imported = (title: string, over: Partial<ArticleInput> = {}): ArticleInput => ({
  title,
  authors: ['Smellie, J. L.'],
  year: 2001,
  journal: 'Terra Antartica',
  url: '',
  source: 'import',
  sourceId: 'rec-1',
  ...over,
});
const scholarTitle = (title: string, cut: 'start' | 'end' | 'both', over: Partial<ArticleInput> = {}): ArticleInput => ({
  title,
  cut: { title: cut },
  authors: ['JL Smellie'],
  year: 2001,
  journal: 'Terra Antartica',
  url: 'https://epic.awi.de/id/eprint/27338/1/Sme2001m.pdf',
  source: 'google-scholar',
  sourceId: 'qVE2xTHe5SgJ',
  ...over,
});

describe('a Scholar title cut short', () => {
  it('is the record whose title it is part of, and the record keeps the whole title', async () => {
    const [key] = await seen(imported(FULL_TITLE), 'Scopus');
    expect(await seen(scholarTitle(SHOWN, 'start'), 'google-scholar')).toEqual([key]);
    const joined = (await getRecord('r1', key))!.article;
    expect([joined.title, joined.cut]).toEqual([FULL_TITLE, undefined]);

    await freshDb();
    const [first] = await seen(scholarTitle(SHOWN, 'start'), 'google-scholar');
    expect(await seen(imported(FULL_TITLE), 'Scopus')).toEqual([first]);
    expect((await getRecord('r1', first))!.article.title).toBe(FULL_TITLE);

    await freshDb();
    const [byHead] = await seen(imported(FULL_TITLE), 'Scopus');
    const head = 'Variations in Cenozoic erosion, uplift and unroofing of the Transantarctic Mountains deduced';
    expect(await seen(scholarTitle(head, 'end'), 'google-scholar')).toEqual([byHead]);
  });

  it('is not a record of another year, another first author, or a title it is not part of', async () => {
    const [key] = await seen(imported(FULL_TITLE), 'Scopus');
    expect(await seen(scholarTitle(SHOWN, 'start', { year: 2002 }), 'google-scholar')).not.toEqual([key]);
    expect(await seen(scholarTitle(SHOWN, 'start', { authors: ['PJ Forsyth'], sourceId: 'b' }), 'google-scholar')).not.toEqual([key]);
    // Same last words, another study: the part shown is not the end of this title.
    const other = SHOWN.replace('erosion, uplift', 'provenance, burial');
    expect(await seen(scholarTitle(other, 'start', { sourceId: 'c' }), 'google-scholar')).not.toEqual([key]);
    // A title cut at its end is not matched by its last words.
    expect(await seen(scholarTitle(SHOWN, 'end', { sourceId: 'd' }), 'google-scholar')).not.toEqual([key]);
  });

  it('is no whole title: a cut title that reads like a shorter study’s full title is not that study', async () => {
    const [key] = await seen(imported('Pijat oksitosin dan produksi ASI pada ibu nifas di Puskesmas'), 'Scopus');
    const cut = scholarTitle('Pijat oksitosin dan produksi ASI pada ibu nifas di Puskesmas', 'end', { authors: ['J Smellie'] });
    expect(await seen(cut, 'google-scholar')).not.toEqual([key]);
  });
});
