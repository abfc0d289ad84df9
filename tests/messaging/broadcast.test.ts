import { describe, expect, it } from 'vitest';
import { BROADCAST_KEYS_MAX, DATA_CHANGED, DECISIONS_CHANGED, TAB_READ, TEAM_STATUS, isDecisionsChanged, isTabRead, keysWorthNaming } from '../../lib/messaging/broadcast';
import { PAGE_LIMITS } from '../../lib/model/limits';
import { BroadcastSchema, parseBroadcast } from '../../lib/messaging/protocol';
import { ParseRequestSchema, parseWorkerReply, storeWorkerReply } from '../../lib/messaging/parse-worker';

describe('broadcasts', () => {
  // The content scripts' Zod-free check must give the schema's answers.
  const samples: unknown[] = [
    { type: DECISIONS_CHANGED },
    { type: DECISIONS_CHANGED, keys: ['pmid:1', 'doi:10.1/x'] },
    { type: DECISIONS_CHANGED, keys: [] },
    { type: DECISIONS_CHANGED, keys: [''] },
    { type: DECISIONS_CHANGED, keys: [1] },
    { type: DECISIONS_CHANGED, keys: 'pmid:1' },
    { type: DECISIONS_CHANGED, keys: ['x'.repeat(2_101)] },
    { type: DECISIONS_CHANGED, keys: Array(BROADCAST_KEYS_MAX + 1).fill('k') },
    { type: DATA_CHANGED, reviewId: 'r' },
    { type: 'other' },
    null,
    'saring/decisions-changed',
  ];
  it.each(samples.map((s) => [JSON.stringify(s)?.slice(0, 60), s]))('the content scripts check agrees with the schema: %s', (_, sample) => {
    expect(isDecisionsChanged(sample)).toBe(parseBroadcast(DECISIONS_CHANGED, sample) !== undefined);
  });

  // The popup's Zod-free check of a tab's new reading, held to the schema's answers too.
  const tabReads: unknown[] = [
    { type: TAB_READ, tabId: 0 },
    { type: TAB_READ, tabId: 42 },
    { type: TAB_READ, tabId: -1 },
    { type: TAB_READ, tabId: 1.5 },
    { type: TAB_READ, tabId: '42' },
    { type: TAB_READ, tabId: Number.MAX_SAFE_INTEGER + 2 },
    { type: TAB_READ },
    { type: DECISIONS_CHANGED, tabId: 1 },
    null,
  ];
  it.each(tabReads.map((s) => [JSON.stringify(s), s]))('the popup’s check agrees with the schema: %s', (_, sample) => {
    expect(isTabRead(sample)).toBe(parseBroadcast(TAB_READ, sample) !== undefined);
  });

  it('parses team status and data changes, and refuses malformed ones', () => {
    const status = { state: 'synced', waiting: 0, invalid: [] };
    expect(parseBroadcast(TEAM_STATUS, { type: TEAM_STATUS, reviewId: 'r', status })).toEqual({ type: TEAM_STATUS, reviewId: 'r', status });
    expect(parseBroadcast(TEAM_STATUS, { type: TEAM_STATUS, reviewId: 'r', status: { state: 'happy' } })).toBeUndefined();
    expect(parseBroadcast(DATA_CHANGED, { type: TEAM_STATUS, reviewId: 'r', status })).toBeUndefined();
    expect(BroadcastSchema.safeParse({ type: DATA_CHANGED }).success).toBe(false);
  });
});

describe('parse worker messages', () => {
  it('accepts the three requests and refuses others', () => {
    const bytes = new ArrayBuffer(4);
    expect(ParseRequestSchema.safeParse({ kind: 'file', bytes, fileName: 'a.ris' }).success).toBe(true);
    expect(ParseRequestSchema.safeParse({ kind: 'mapped', bytes, fileName: 'a.csv', mapping: { title: 'Title', authors: ['A1', 'A2'] } }).success).toBe(true);
    expect(ParseRequestSchema.safeParse({ kind: 'store', reviewId: 'r', database: 'Scopus', fileName: 'a.ris', format: 'ris' }).success).toBe(true);
    expect(ParseRequestSchema.safeParse({ kind: 'file', bytes: 'text', fileName: 'a.ris' }).success).toBe(false);
    expect(ParseRequestSchema.safeParse({ kind: 'store', reviewId: 'r', database: '', fileName: 'a.ris', format: 'ris' }).success).toBe(false);
  });

  it('passes a reply through, and turns anything else into an "unreadable" reply', () => {
    const reply = { ok: true, format: 'ris', encoding: 'utf-8', count: 1, database: 'Scopus', warnings: [] };
    expect(parseWorkerReply(reply)).toEqual(reply);
    const failure = { ok: false, message: 'no title column', code: 'csv-mapping', headers: ['A'], suggestion: { title: 'A' } };
    expect(parseWorkerReply(failure)).toEqual(failure);
    expect(parseWorkerReply({ ok: true, count: 'all of them' })).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('passes storing messages through, and turns anything else into a failure', () => {
    const stored = { kind: 'stored', summary: { searchId: 's', read: 2, added: 1, merged: 1 } };
    expect(storeWorkerReply(stored)).toEqual(stored);
    expect(storeWorkerReply({ kind: 'progress', done: 1, total: 2 })).toEqual({ kind: 'progress', done: 1, total: 2 });
    expect(storeWorkerReply({ kind: 'stored' })).toMatchObject({ kind: 'failed' });
  });

  it('names changed records only while a page could show them all: beyond that, "any" costs a tab no more', () => {
    const page = Array.from({ length: PAGE_LIMITS.rows }, (_, i) => `pmid:${i}`);
    expect(keysWorthNaming(page)).toBe(page);
    expect(keysWorthNaming([...page, 'pmid:x'])).toBeUndefined();
    expect(keysWorthNaming(undefined)).toBeUndefined();
    expect(keysWorthNaming([])).toEqual([]);
  });
});
