import { describe, expect, it } from 'vitest';
import { boxByKey, computePrisma, RECORD_BOXES } from '../../lib/prisma/compute';
import { OTHER_BOX_IDS, prismaRows, prismaSvg, type PrismaLabels } from '../../lib/prisma/svg';
import { foldSearches } from '../../lib/review/searches';
import { includedInReview } from '../../lib/review/exports';
import { PRISMA_BOX_WORDS } from '../../lib/formats/screened-csv';
import { listsMovedByDefault } from '../../lib/prisma/other-methods';
import type { Decision, LoggedSearch, ReviewEvent } from '../../lib/model';
import { foundRecord } from '../support/records';

// A review with one PubMed search and Scholar's "Cited by" list of an included study, ticked to
// count: PRISMA 2020 reports such citation searching in the column "via other methods".
const search = (id: string, extra: Partial<LoggedSearch> = {}): LoggedSearch => ({
  id,
  reviewId: 'r',
  database: 'pubmed',
  query: 'oxytocin massage',
  url: '',
  filters: {},
  totalResults: 3,
  pages: [1],
  at: 1,
  origin: 'web',
  counted: true,
  ...extra,
});
const SEARCHES = [search('db'), search('cites', { database: 'google-scholar', query: '', totalResults: 2345, list: 'cited-by' })];

const record = (key: string, searchIds: string[]) =>
  foundRecord(
    key,
    searchIds.map((searchId) => ({ database: searchId === 'db' ? 'pubmed' : 'google-scholar', searchId })),
  );

const decision = (key: string, stage: 'screening' | 'full-text', verdict: Decision['decision'], more: Partial<Decision> = {}): Decision =>
  ({ id: `${key}${stage}`, reviewId: 'r', key, stage, answers: {}, decision: verdict, reviewerId: 'a', decidedAt: 1, ...more }) as Decision;

function review() {
  const records = [
    record('both', ['db', 'cites']),
    record('dbOnly', ['db']),
    record('citedIncluded', ['cites']),
    record('citedExcluded', ['cites']),
    record('citedNotRetrieved', ['cites']),
    record('citedOffTopic', ['cites']),
    record('citedUnscreened', ['cites']),
  ];
  const screening = new Map<string, Decision>();
  const fullText = new Map<string, Decision>();
  for (const key of ['both', 'citedIncluded', 'citedExcluded', 'citedNotRetrieved']) screening.set(key, decision(key, 'screening', 'include'));
  screening.set('citedOffTopic', decision('citedOffTopic', 'screening', 'exclude', { reason: 'wrong population' }));
  fullText.set('both', decision('both', 'full-text', 'include', { retrieved: true }));
  fullText.set('citedIncluded', decision('citedIncluded', 'full-text', 'include', { retrieved: true }));
  fullText.set('citedExcluded', decision('citedExcluded', 'full-text', 'exclude', { retrieved: true, reason: 'wrong study design' }));
  fullText.set('citedNotRetrieved', decision('citedNotRetrieved', 'full-text', 'exclude', { retrieved: false }));
  return { records, decisions: { screening, fullText } };
}

describe('PRISMA 2020: identification via other methods', () => {
  it('reports records found only by citation searching in their own column, and their included studies with the rest', () => {
    const { records, decisions } = review();
    const deleted = [record('citedDeleted', ['cites'])];
    const p = computePrisma(records, decisions, SEARCHES, { deleted, storedPerSearch: new Map() });
    // The database column knows only what its search found: "Cited by 2,345" is no database count.
    expect(p.identified).toEqual([{ database: 'PubMed', count: 3, searches: 1 }]);
    expect(p).toMatchObject({ screened: 2, sought: 1, assessed: 1, excludedFullTextTotal: 0, awaitingScreening: 1 });
    expect(p.boxes.included).toEqual(['both']);
    expect(p.other).toMatchObject({
      identified: [{ method: 'citation-searching', count: 6 }],
      identifiedTotal: 6,
      notSought: 2,
      awaitingScreening: 1,
      sought: 3,
      notRetrieved: 1,
      assessed: 2,
      excludedFullText: [{ reason: 'wrong study design', count: 1 }],
      excludedFullTextTotal: 1,
      included: 1,
    });
    expect(p.included).toBe(2);
    expect(p.boxes.otherNotSought.sort()).toEqual(['citedDeleted', 'citedOffTopic']);
    expect(p.boxes.uncounted).toEqual([]);
    // Every record in exactly one box.
    const all = RECORD_BOXES.flatMap((b) => p.boxes[b]);
    expect(all.sort()).toEqual([...records, ...deleted].map((r) => r.key).sort());
  });

  it('leaves an unticked list outside the diagram, as before', () => {
    const { records, decisions } = review();
    const p = computePrisma(records, decisions, [SEARCHES[0], { ...SEARCHES[1], counted: false }]);
    expect(p.other.identifiedTotal).toBe(0);
    expect(p.boxes.uncounted).toHaveLength(5);
    expect(p.included).toBe(1);
  });

  it('follows the method the reviewer picks: a list moved to the databases, a search moved to websites', () => {
    const { records, decisions } = review();
    const asDatabase = computePrisma(records, decisions, [SEARCHES[0], { ...SEARCHES[1], method: 'databases' }]);
    expect(asDatabase.other.identifiedTotal).toBe(0);
    expect(asDatabase.identified.map((d) => d.database)).toEqual(['Google Scholar', 'PubMed']);
    const asWebsite = computePrisma(records, decisions, [SEARCHES[0], { ...SEARCHES[1], method: 'websites' }]);
    expect(asWebsite.other.identified).toEqual([{ method: 'websites', count: 5 }]);
  });

  it('reads the method from the search log: the list default, then the reviewer’s edit', () => {
    const by = { id: 'a', name: 'A' };
    const events = [
      { id: '1', reviewId: 'r', kind: 'search', subject: 'search:s', at: 1, by, payload: { ...SEARCHES[1], searchId: 's', pages: [1] } },
      { id: '2', reviewId: 'r', kind: 'search', subject: 'search:t', at: 2, by, payload: { ...SEARCHES[0], searchId: 't', pages: [1] } },
    ] as unknown as ReviewEvent[];
    const [list, plain] = foldSearches(events);
    expect(computePrisma([], { screening: new Map(), fullText: new Map() }, [list, plain]).other.identifiedTotal).toBe(0);
    expect([list.method, plain.method]).toEqual([undefined, undefined]);
    const edit = {
      id: '3',
      reviewId: 'r',
      kind: 'search-edit',
      subject: 'search:t',
      at: 3,
      by,
      payload: { searchId: 't', patch: { method: 'organisations' } },
    } as unknown as ReviewEvent;
    expect(foldSearches([...events, edit]).find((s) => s.id === 't')?.method).toBe('organisations');
  });

  it('gives the exports the same boxes: included in review, and words for the prisma_box column', () => {
    const { records, decisions } = review();
    const boxes = boxByKey(computePrisma(records, decisions, SEARCHES));
    expect(boxes.get('citedIncluded')).toBe('otherIncluded');
    expect(includedInReview({ box: boxes.get('citedIncluded') })).toBe(true);
    expect(includedInReview({ box: boxes.get('citedExcluded') })).toBe(false);
    // Both columns share "Studies included in review": the CSV's rows of that box add up to its number.
    expect(PRISMA_BOX_WORDS.otherIncluded).toBe(PRISMA_BOX_WORDS.included);
    expect(PRISMA_BOX_WORDS.otherNotRetrieved).not.toBe(PRISMA_BOX_WORDS.notRetrieved);
  });

  it('draws the column, with both headings, only when a search of another method counts', () => {
    const labels = new Proxy({} as PrismaLabels, { get: (_, key) => `${String(key)} (n = $1)` });
    const { records, decisions } = review();
    const withOther = new DOMParser().parseFromString(prismaSvg(computePrisma(records, decisions, SEARCHES), labels), 'image/svg+xml');
    expect(withOther.querySelector('parsererror')).toBeNull();
    for (const id of OTHER_BOX_IDS) expect(withOther.querySelector(`[data-box="${id}"]`), id).not.toBeNull();
    expect(withOther.querySelectorAll('.heading')).toHaveLength(2);
    expect(withOther.querySelector('[data-box="otherIdentified"]')?.textContent).toContain('citationSearching (n = 5)');
    expect(withOther.querySelector('[data-box="included"]')?.textContent).toContain('(n = 2)');
    const without = prismaSvg(computePrisma(records, decisions, [SEARCHES[0]]), labels);
    expect(without).not.toContain('otherIdentified');
    expect(without).not.toContain('class="heading"');
    const rows = prismaRows(computePrisma(records, decisions, SEARCHES), labels);
    expect(rows).toContainEqual(['otherIdentified', 'citationSearching (n = 5)', '5']);
    expect(rows).toContainEqual(['otherExcludedFullText', 'wrong study design', '1']);
  });

  it('keeps a method that found nothing new (n = 0), and counts a search entered by hand at the number typed', () => {
    const { records, decisions } = review();
    const onlyDuplicates = computePrisma([records[0], records[1]], decisions, SEARCHES);
    expect(onlyDuplicates.other).toMatchObject({ searches: 1, identified: [{ method: 'citation-searching', count: 0 }], identifiedTotal: 0 });
    expect(prismaSvg(onlyDuplicates, new Proxy({} as PrismaLabels, { get: (_, key) => `${String(key)} (n = $1)` }))).toContain('citationSearching (n = 0)');
    const website = search('iris', { database: 'WHO IRIS', origin: 'manual', totalResults: 12, method: 'websites', pages: [] });
    expect(computePrisma(records, decisions, [...SEARCHES, website]).other.identified).toEqual([
      { method: 'websites', count: 12 },
      { method: 'citation-searching', count: 5 },
    ]);
  });

  it('names the ticked lists an earlier release counted as database searches until the reviewer picks their method', () => {
    expect(listsMovedByDefault(SEARCHES).map((s) => s.id)).toEqual(['cites']);
    expect(listsMovedByDefault([SEARCHES[0], { ...SEARCHES[1], method: 'citation-searching' }])).toEqual([]);
    expect(listsMovedByDefault([SEARCHES[0], { ...SEARCHES[1], counted: false }])).toEqual([]);
  });
});
