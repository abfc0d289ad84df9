// The migration harness's steps, one per schema version (see STEPS): what a database held at
// the version before, and what the current code must find after upgrading it.
import type Dexie from 'dexie';
import { expect } from 'vitest';
import { bySeq, eventsOf, type SaringDB } from '../../lib/db/schema';
import { matchHash } from '../../lib/db/match';
import { allRecords, lastRecordSeq, putRecords, recordsMatching, recordTables, recordWrites } from '../../lib/db/record-store';
import { deriveReview } from '../../lib/review/derive';
import { ReviewSchema, type Reviewer } from '../../lib/model';
import { blankReview } from '../../lib/screening/templates';
import { STEP_11 } from './migration-step-11';
import { STEP_12 } from './migration-step-12';

/** Record `pmid:<n>` of review r1 as versions 6 and later store it (change number `seq`). */
const storedRecord = (n: number, seq: number) => ({
  reviewId: 'r1',
  key: `pmid:${n}`,
  seq,
  article: { title: n === 1 ? 'Pijat oksitosin' : `Pijat oksitosin ${n}`, authors: [], keywords: [], url: 'https://example.org', source: 'ris' },
  sources: [],
  aliases: [],
  addedAt: 1,
  updatedAt: 1,
  matchKeys: [`r1|pmid:${n}`],
});

type Step = { fill: (db: Dexie) => Promise<void>; check: (db: SaringDB) => Promise<void> };

/**
 * Each schema change appends a step: `fill` writes what the old version held, `check` reads
 * what the new one must hold. Version 1 has no predecessor: its step checks an empty upgrade.
 */
export const STEPS: Record<number, Step> = {
  1: {
    fill: async () => undefined,
    check: async (db) => {
      expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'marks', 'packs', 'records', 'reviews', 'revs', 'screens', 'settings', 'sync']);
      expect(await db.records.count()).toBe(0);
    },
  },
  2: {
    // Version 2 adds the merge log and kept-apart pairs; everything of version 1 must survive.
    fill: async (db) => {
      await db.table('reviews').put({ id: 'r1', title: 'T' });
      await db.table('records').put({ reviewId: 'r1', key: 'pmid:1', matchKeys: ['r1|pmid:1'], article: { title: 'A' } });
      await db.table('decisions').add({ reviewId: 'r1', key: 'pmid:1', decision: 'include', decidedAt: 1 });
      await db.table('searches').add({ reviewId: 'r1', database: 'pubmed', query: 'q', at: 1 });
      await db.table('settings').put({ key: 'activeReviewId', value: 'r1' });
    },
    check: async (db) => {
      expect(await db.reviews.get('r1')).toMatchObject({ title: 'T' });
      expect(await db.records.where('matchKeys').equals('r1|pmid:1').count()).toBe(1);
      // Version 2's rows (no stage, no answers) became events with the defaults filled in.
      expect(await db.events.where('[reviewId+subject]').equals(['r1', 'pmid:1']).first()).toMatchObject({
        kind: 'decision',
        payload: { decision: 'include', stage: 'screening' },
      });
      expect((await eventsOf(db, 'r1').toArray()).filter((e) => e.kind === 'search')).toHaveLength(1);
      expect(await db.settings.get('activeReviewId')).toMatchObject({ value: 'r1' });
    },
  },
  3: {
    // Version 3 drops the records' reviewId index; records must still be found by review.
    fill: async (db) => {
      for (const [reviewId, key] of [
        ['r1', 'pmid:1'],
        ['r1', 'pmid:2'],
        ['r2', 'pmid:1'],
      ]) {
        await db.table('records').put({ reviewId, key, matchKeys: [`${reviewId}|${key}`], article: { title: key }, sources: [], aliases: [] });
      }
      await db.table('merges').add({ reviewId: 'r1', at: 1 });
    },
    check: async (db) => {
      expect((await allRecords(db, 'r1')).map((r) => r.key)).toEqual(['pmid:1', 'pmid:2']);
      expect(await allRecords(db, 'r2')).toHaveLength(1);
      expect(await db.records.where('matchKeys').equals('r2|pmid:1').count()).toBe(1);
      expect(db.records.schema.indexes.map((i) => i.name)).toEqual(['matchKeys', '[reviewId+seq]']);
      // A merge log no version could read is kept aside, not dropped.
      expect((await db.settings.get('legacyUnreadable'))?.value).toEqual([{ table: 'merges', row: expect.objectContaining({ reviewId: 'r1', at: 1 }) }]);
    },
  },
  4: {
    // Version 4 turns decisions, searches, merges and protocols into events, splits merged
    // records apart again (the merge becomes an event) and credits the local reviewer.
    fill: async (db) => {
      const review = { ...blankReview('r1', 'Pijat oksitosin', 10), reviewer: 'Ani', updatedAt: 20 };
      await db.table('reviews').put(review);
      await db.table('searches').put({ id: 7, reviewId: 'r1', database: 'pubmed', query: 'pijat', url: '', filters: {}, pages: [1, 2], at: 25, origin: 'web', counted: true });
      const target = {
        reviewId: 'r1',
        key: 'pmid:1',
        article: { title: 'Pijat oksitosin dan produksi ASI ibu nifas', authors: ['Sari D'], year: 2020, url: '', source: 'import' },
        aliases: [],
        addedAt: 30,
      };
      const merged = {
        reviewId: 'r1',
        key: 'doi:10.1000/x',
        article: { ...target.article, doi: '10.1000/x' },
        sources: [{ database: 'Scopus', fileName: 's.ris', at: 40 }],
        aliases: [],
        addedAt: 40,
        updatedAt: 40,
        matchKeys: [],
      };
      // The merged state: the target holds both records' sources and the other's key.
      await db.table('records').put({
        ...target,
        article: merged.article,
        sources: [{ database: 'pubmed', searchId: 7, at: 30 }, ...merged.sources],
        aliases: ['doi:10.1000/x'],
        updatedAt: 50,
        matchKeys: ['r1|pmid:1', 'r1|doi:10.1000/x'],
      });
      await db.table('decisions').bulkPut([
        { id: 1, reviewId: 'r1', key: 'pmid:1', stage: 'screening', answers: {}, decision: 'include', reviewer: 'Ani', decidedAt: 60 },
        {
          id: 2,
          reviewId: 'r1',
          key: 'pmid:1',
          stage: 'screening',
          answers: {},
          decision: 'exclude',
          reason: 'other',
          reviewer: 'Ani',
          decidedAt: 45,
          mergedFrom: 'doi:10.1000/x',
        },
      ]);
      await db.table('merges').put({
        id: 1,
        reviewId: 'r1',
        at: 50,
        target: { ...target, sources: [{ database: 'pubmed', searchId: 7, at: 30 }], updatedAt: 30, matchKeys: [] },
        merged: [merged],
        moved: [{ id: 2, key: 'doi:10.1000/x' }],
      });
      await db.table('separations').put({ reviewId: 'r1', pair: 'pmid:1\npmid:9', at: 55 });
    },
    check: async (db) => {
      const me = (await db.settings.get('reviewer'))?.value as Reviewer;
      expect(me).toMatchObject({ name: 'Ani', id: expect.any(String) });
      const events = await eventsOf(db, 'r1').toArray();
      expect(events.map((e) => e.kind).sort()).toEqual(['decision', 'decision', 'keep-apart', 'merge', 'protocol', 'search']);
      expect(events.every((e) => e.by.id === me.id)).toBe(true);
      // The stored records are apart again, and point at the search by its new id.
      const records = await allRecords(db, 'r1');
      expect(records.map((r) => r.key).sort()).toEqual(['doi:10.1000/x', 'pmid:1']);
      expect(records.find((r) => r.key === 'pmid:1')!.sources).toEqual([{ database: 'pubmed', searchId: 'legacy-7', at: 30 }]);
      expect(await db.records.where('matchKeys').equals('r1|doi:10.1000/x').count()).toBe(1);
      // …and the review shows what it showed before the upgrade.
      const state = deriveReview(ReviewSchema.parse((await db.reviews.get('r1'))!), me, records, events);
      expect(state.records).toHaveLength(1);
      expect(state.records[0]).toMatchObject({ key: 'pmid:1', aliases: ['doi:10.1000/x'] });
      expect(state.records[0].sources.map((s) => s.database).sort()).toEqual(['Scopus', 'pubmed']);
      expect(state.decisions.get('pmid:1')).toMatchObject({ decision: 'include', reviewer: 'Ani' });
      expect(state.searches).toEqual([expect.objectContaining({ id: 'legacy-7', pages: [1, 2], at: 25 })]);
      expect(state.separations.has('pmid:1\npmid:9')).toBe(true);
      expect(state.review).toMatchObject({ title: 'Pijat oksitosin', mode: 'single', createdAt: 10 });
    },
  },
  5: {
    // Version 5 drops the tables version 4 turned into events.
    fill: async (db) => {
      await db.table('events').put({
        id: 'event-0001',
        seq: 1,
        reviewId: 'r1',
        subject: 'pmid:1',
        kind: 'decision',
        at: 1,
        by: { id: 'me', name: '' },
        payload: { stage: 'screening', decision: 'include', answers: {} },
      });
    },
    check: async (db) => {
      expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'marks', 'packs', 'records', 'reviews', 'revs', 'screens', 'settings', 'sync']);
      expect(await db.events.get('event-0001')).toMatchObject({ kind: 'decision' });
    },
  },
  6: {
    // Version 6 reads what waits to be sent by [reviewId+seq]; change numbers written before
    // it counted across reviews, and must still order each review's own changes.
    fill: async (db) => {
      const record = (reviewId: string, key: string, seq: number) => ({
        reviewId,
        key,
        seq,
        article: { title: key, authors: [], keywords: [], url: 'https://example.org', source: 'ris' },
        sources: [],
        aliases: [],
        addedAt: seq,
        updatedAt: seq,
        matchKeys: [`${reviewId}|${key}`],
      });
      await db.table('records').bulkPut([record('r1', 'pmid:1', 1), record('r2', 'pmid:2', 2), record('r1', 'pmid:3', 3), record('r2', 'pmid:4', 4)]);
      const event = (id: string, reviewId: string, seq: number) => ({
        id,
        seq,
        reviewId,
        subject: 'pmid:1',
        kind: 'decision',
        at: seq,
        by: { id: 'me', name: '' },
        payload: { stage: 'screening', decision: 'include', answers: {} },
      });
      await db.table('events').bulkPut([event('e1', 'r1', 1), event('e2', 'r2', 2), event('e3', 'r1', 3)]);
    },
    check: async (db) => {
      expect(await db.records.count()).toBe(4);
      expect((await bySeq(db.records, 'r1', 1).toArray()).map((r) => r.key)).toEqual(['pmid:3']);
      expect((await bySeq(db.records, 'r2').toArray()).map((r) => r.key)).toEqual(['pmid:2', 'pmid:4']);
      expect(await lastRecordSeq(db, 'r1')).toBe(3);
      expect((await bySeq(db.events, 'r1').toArray()).map((e) => e.id)).toEqual(['e1', 'e3']);
      expect(await db.records.get(['r2', 'pmid:4'])).toMatchObject({ article: { title: 'pmid:4' }, matchKeys: ['r2|pmid:4'] });
    },
  },
  7: {
    // Version 7 adds the saved first screens of the dashboard; nothing else changes.
    fill: async (db) => {
      await db.table('reviews').put({ ...ReviewSchema.parse(blankReview('r1', 'Pijat oksitosin')), createdAt: 1 });
      await db.table('settings').put({ key: 'activeReviewId', value: 'r1' });
    },
    check: async (db) => {
      expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'marks', 'packs', 'records', 'reviews', 'revs', 'screens', 'settings', 'sync']);
      expect(await db.screens.count()).toBe(0);
      expect(await db.reviews.get('r1')).toMatchObject({ title: 'Pijat oksitosin' });
      expect((await db.settings.get('activeReviewId'))?.value).toBe('r1');
    },
  },
  8: {
    // Version 8 adds packs for the records imports create; records stored before stay rows
    // and are read, found and counted as before.
    fill: async (db) => {
      await db.table('records').put({ ...storedRecord(1, 4), matchKeys: ['r1|pmid:1', 'r1|doi:10.1/x'] });
    },
    check: async (db) => {
      expect(await db.packs.count()).toBe(0);
      expect((await allRecords(db, 'r1')).map((r) => r.key)).toEqual(['pmid:1']);
      expect((await recordsMatching(db, ['r1|doi:10.1/x'])).map((r) => r.key)).toEqual(['pmid:1']);
      expect(await lastRecordSeq(db, 'r1')).toBe(4);
    },
  },
  9: {
    // Version 9 finds packs by the numbers of their match keys: a pack stored at version 8
    // (indexed by the keys themselves) is found, read and counted as before.
    fill: async (db) => {
      const records = [1, 2].map((n) => ({ ...storedRecord(n, n), matchKeys: [`r1|pmid:${n}`, `r1|doi:10.1/${n}`] }));
      await db.table('packs').add({ reviewId: 'r1', id: 1, seq: 2, matchKeys: records.flatMap((r) => r.matchKeys), records });
    },
    check: async (db) => {
      const [pack] = await db.packs.toArray();
      expect(pack).not.toHaveProperty('matchKeys');
      expect(pack.hashes).toHaveLength(4);
      expect((await allRecords(db, 'r1')).map((r) => r.key)).toEqual(['pmid:1', 'pmid:2']);
      expect((await recordsMatching(db, ['r1|doi:10.1/2'])).map((r) => r.key)).toEqual(['pmid:2']);
      expect(await db.packs.where('hashes').equals(matchHash('r1|pmid:1')).count()).toBe(1);
      expect(await lastRecordSeq(db, 'r1')).toBe(2);
    },
  },
  10: {
    // Version 10 counts each review's record writes (its change mark reads the count instead
    // of counting rows). A review stored before has no count: its records read as before, and
    // the first write counts 1.
    fill: async (db) => {
      await db.table('records').put(storedRecord(1, 1));
      await db.table('screens').put({ reviewId: 'r1', mark: '0:1:1+0', reviewerId: 'me', total: 1, counts: {}, rows: [] });
    },
    check: async (db) => {
      expect(await db.marks.count()).toBe(0);
      expect(await recordWrites(db, 'r1')).toBe(0);
      expect((await allRecords(db, 'r1')).map((r) => r.key)).toEqual(['pmid:1']);
      const [stored] = await allRecords(db, 'r1');
      await db.transaction('rw', recordTables(db), () => putRecords(db, [{ ...stored, seq: 2 }]));
      expect(await recordWrites(db, 'r1')).toBe(1);
      // The screen saved under the old kind of mark is never taken for the new one.
      expect((await db.screens.get('r1'))?.mark).not.toMatch(/^\d+:\d+$/);
    },
  },
  11: STEP_11,
  12: STEP_12,
};
