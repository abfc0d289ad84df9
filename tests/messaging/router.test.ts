import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/messaging/router';
import { createHandlers } from '../../lib/background/handlers';
import { db, eventsOf, getActiveReview, mergeRecords } from '../../lib/db';
import { article, freshDb } from '../db/helpers';
import { fakePlatform } from './fake-platform';
import { setLanguage } from '../../lib/i18n';
import enTable from '../../public/_locales/en/messages.json';
import idTable from '../../public/_locales/id/messages.json';

beforeEach(freshDb);

const fromTab = { tabId: 7, fromExtensionPage: false };
const fromPopup = { fromExtensionPage: true };

/** The in-page controls' stylesheet, as entrypoints/background.ts gives it to the handlers. */
const STYLE = ':host{display:block}';

function setup() {
  const fake = fakePlatform();
  const log = vi.fn();
  const route = createRouter(createHandlers(fake.platform, undefined, undefined, STYLE), log);
  return { ...fake, log, route };
}

const extraction = (articles: unknown[]) => ({ site: 'pubmed', kind: 'article', articles });

describe('background router', () => {
  it('refuses unknown and malformed messages, logs them, and writes nothing', async () => {
    const { route, log } = setup();
    expect(await route({ type: 'drop/tables' }, fromTab)).toMatchObject({ ok: false, error: /Unknown message/ });
    expect(await route('hello', fromTab)).toMatchObject({ ok: false });
    expect(await route({ type: 'constructor', payload: {} }, fromTab)).toMatchObject({ ok: false, error: /Unknown message/ });
    const malformed = await route({ type: 'decide', payload: { article: article(), decision: 'keep' } }, fromTab);
    expect(malformed).toMatchObject({ ok: false, error: expect.stringMatching(/Malformed "decide".*decision/) });
    const tooMany = await route({ type: 'page/extracted', payload: { url: 'x', extraction: extraction(Array(1_001).fill({})) } }, fromTab);
    expect(tooMany.ok).toBe(false);
    expect(log).toHaveBeenCalledTimes(5);
    expect(await db().records.count()).toBe(0);
    expect(await db().events.count()).toBe(0);
  });

  it("gives a content script the in-page messages of the language it asks for, with the controls' style, and refuses another language", async () => {
    const { route } = setup();
    const id = await route({ type: 'page/controls', payload: { language: 'id' } }, fromTab);
    expect(id).toMatchObject({ ok: true, data: { messages: { decisionInclude: { message: idTable.decisionInclude.message } }, css: STYLE } });
    const en = await route({ type: 'page/controls', payload: { language: 'en' } }, fromTab);
    expect(en).toMatchObject({ ok: true, data: { messages: { decisionInclude: { message: enTable.decisionInclude.message } }, css: STYLE } });
    // Only the controls' words travel: not the dashboard's.
    expect(Object.keys((en as { data: { messages: object } }).data.messages).length).toBeLessThan(30);
    expect(await route({ type: 'page/controls', payload: { language: 'fr' } }, fromTab)).toMatchObject({ ok: false, error: /Malformed "page\/controls"/ });
  });

  it('answers tab state only to extension pages', async () => {
    const { route } = setup();
    expect(await route({ type: 'tab/state', payload: { tabId: 7 } }, fromTab)).toMatchObject({ ok: false, error: /only accepted/ });
    expect(await route({ type: 'tab/state', payload: { tabId: 7 } }, fromPopup)).toMatchObject({ ok: true });
  });

  it('stores a reported article, badges the tab, and drops garbled rows without sinking the page', async () => {
    const { route, badges, states } = setup();
    const garbled = { title: '', authors: 'not a list', url: 'javascript:x', source: 'pubmed' };
    const answer = await route({ type: 'page/extracted', payload: { url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/', extraction: extraction([garbled, article()]) } }, fromTab);
    // One status per row the page sent, in its order: the garbled row is marked, not skipped,
    // so the page's second bar shows the second row's status.
    expect(answer).toMatchObject({ ok: true, data: { statuses: [{ rejected: true }, { key: 'pmid:31978945', window: expect.any(String) }] } });
    expect(badges.get(7)).toBe('1');
    expect(states.get(7)).toMatchObject({ rejected: 1, extraction: { articles: [{ pmid: '31978945' }] } });
    expect(await db().records.count()).toBe(1);
  });

  it('records a robot check as blocked: no search, no records', async () => {
    const { route, badges } = setup();
    await route(
      { type: 'page/extracted', payload: { url: 'https://scholar.google.com/scholar?q=x', extraction: { site: 'google-scholar', kind: 'blocked', articles: [], query: 'x' } } },
      fromTab,
    );
    expect(badges.get(7)).toBe('!');
    expect(await db().events.count()).toBe(0);
  });

  it('stores a decision, then shows it in the tab state, the badge and to other tabs', async () => {
    const { route, badges, notifications } = setup();
    await route({ type: 'page/extracted', payload: { url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/', extraction: extraction([article()]) } }, fromTab);
    const decided = await route({ type: 'decide', payload: { article: article(), decision: 'exclude', reason: 'wrong population', note: 'men only' } }, fromTab);
    expect(decided).toMatchObject({ ok: true, data: { status: { decision: 'exclude', reason: 'wrong population', note: 'men only' } } });
    expect(badges.get(7)).toBe('✓');
    expect(notifications()).toBe(1);
    const state = await route({ type: 'tab/state', payload: { tabId: 7 } }, fromPopup);
    expect(state).toMatchObject({ ok: true, data: { statuses: [{ decision: 'exclude', reason: 'wrong population' }] } });
  });

  it('decides by record key once the page was reported, tells the tabs which record changed, and answers statuses by key', async () => {
    const { route, badges, notifiedKeys } = setup();
    const other = article({ pmid: '1000', title: 'Another study', doi: undefined });
    await route({ type: 'page/extracted', payload: { url: 'https://pubmed.ncbi.nlm.nih.gov/?term=x', extraction: extraction([article(), other]) } }, fromTab);
    const decided = await route({ type: 'decide', payload: { key: 'pmid:31978945', decision: 'include' } }, fromTab);
    expect(decided).toMatchObject({ ok: true, data: { status: { key: 'pmid:31978945', decision: 'include' } } });
    expect(notifiedKeys).toEqual([['pmid:31978945']]);
    expect(badges.get(7)).toBe('1');
    const statuses = await route({ type: 'status/get', payload: { keys: ['pmid:1000', 'pmid:31978945'] } }, fromTab);
    expect(statuses).toMatchObject({
      ok: true,
      data: {
        statuses: [
          { key: 'pmid:1000', decision: undefined },
          { key: 'pmid:31978945', decision: 'include' },
        ],
      },
    });
    // The badge still counts the whole page, not just the rows asked about.
    expect(badges.get(7)).toBe('1');
  });

  it('names the changed records to the tabs with every record merged with them, or none when there are too many', async () => {
    const { route, notifiedKeys } = setup();
    const twin = article({ pmid: '2000', title: 'The same study, indexed again', doi: undefined });
    const other = article({ pmid: '1000', title: 'Another study', doi: undefined });
    await route({ type: 'page/extracted', payload: { url: 'https://pubmed.ncbi.nlm.nih.gov/?term=x', extraction: extraction([article(), twin, other]) } }, fromTab);
    await mergeRecords((await getActiveReview()).id, 'pmid:31978945', ['pmid:2000']);
    // A merged group shows one decision: a page showing the other member redraws it too.
    await route({ type: 'decide', payload: { key: 'pmid:2000', decision: 'include' } }, fromTab);
    expect(notifiedKeys.at(-1)?.sort()).toEqual(['pmid:2000', 'pmid:31978945']);
    // The dashboard's changes: of some records (named), or of any (none named).
    expect(await route({ type: 'data/changed', payload: { keys: ['pmid:1000'] } }, fromPopup)).toMatchObject({ ok: true });
    expect(notifiedKeys.at(-1)).toEqual(['pmid:1000']);
    await route({ type: 'data/changed', payload: {} }, fromPopup);
    expect(notifiedKeys.at(-1)).toBeUndefined();
    // More than a page holds is refused by the schema; a content script never sends it.
    const many = Array.from({ length: 1_001 }, (_, i) => `pmid:${i + 5_000}`);
    expect(await route({ type: 'data/changed', payload: { keys: many } }, fromPopup)).toMatchObject({ ok: false, error: /Malformed "data\/changed"/ });
    expect(await route({ type: 'data/changed', payload: { keys: ['pmid:1000'] } }, fromTab)).toMatchObject({ ok: false, error: /only accepted/ });
  });

  it('refuses a decision on a key the review does not hold, or with neither key nor article', async () => {
    const { route } = setup();
    expect(await route({ type: 'decide', payload: { key: 'pmid:404', decision: 'include' } }, fromPopup)).toMatchObject({ ok: false, error: /not in the active review/ });
    expect(await route({ type: 'decide', payload: { decision: 'include' } }, fromPopup)).toMatchObject({ ok: false, error: /record key or the article/ });
    expect((await db().events.toArray()).filter((e) => e.kind === 'decision')).toEqual([]);
  });

  it('refuses an exclusion reason the review does not have', async () => {
    const { route } = setup();
    const answer = await route({ type: 'decide', payload: { article: article(), decision: 'exclude', reason: 'I dislike it' } }, fromPopup);
    expect(answer).toMatchObject({ ok: false, error: /not an exclusion reason/ });
    const review = (await db().reviews.toArray())[0];
    expect((await eventsOf(db(), review.id).toArray()).filter((e) => e.kind === 'decision')).toEqual([]);
  });

  it('says when storage fails (quota) instead of pretending it saved', async () => {
    const { route } = setup();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await route({ type: 'tab/state', payload: { tabId: 7 } }, fromPopup); // the first review exists
    const spy = vi.spyOn(db().events, 'bulkAdd').mockRejectedValueOnce(quota);
    const answer = await route({ type: 'decide', payload: { article: article(), decision: 'include' } }, fromPopup);
    expect(answer).toMatchObject({ ok: false, error: /no room left/ });
    spy.mockRestore();
  });

  it('says a storage failure in the reviewer’s language: a full disk as such, any other with its own text', async () => {
    const { route } = setup();
    await route({ type: 'tab/state', payload: { tabId: 7 } }, fromPopup);
    setLanguage('id');
    try {
      const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      const spy = vi.spyOn(db().events, 'bulkAdd').mockRejectedValueOnce(quota).mockRejectedValueOnce(new Error('Database closed'));
      const full = await route({ type: 'decide', payload: { article: article(), decision: 'include' } }, fromPopup);
      expect(full).toEqual({ ok: false, error: idTable.storageFull.message });
      const other = await route({ type: 'decide', payload: { article: article(), decision: 'include' } }, fromPopup);
      expect(other).toEqual({ ok: false, error: 'Saring tidak dapat menyimpan: Database closed' });
      spy.mockRestore();
    } finally {
      setLanguage('en');
    }
  });

  it('answers the popup at once from what it remembers of a tab, until something changed', async () => {
    const { route } = setup();
    await route({ type: 'page/extracted', payload: { url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/', extraction: extraction([article()]) } }, fromTab);
    const spy = vi.spyOn(db().events, 'where');
    const first = await route({ type: 'tab/state', payload: { tabId: 7 } }, fromPopup);
    expect(first).toMatchObject({ ok: true, data: { statuses: [{ todo: true }] } });
    expect(spy).not.toHaveBeenCalled(); // remembered from the reading: no database read
    await route({ type: 'decide', payload: { article: article(), decision: 'include' } }, fromTab);
    const after = await route({ type: 'tab/state', payload: { tabId: 7 } }, fromPopup);
    expect(after).toMatchObject({ ok: true, data: { statuses: [{ decision: 'include' }] } });
    spy.mockRestore();
  });

  it('"Read this page": a tab/state asked with `after` is answered when the reading arrives, not by polling', async () => {
    const { route, platform } = setup();
    const since = platform.now();
    const waiting = route({ type: 'tab/state', payload: { tabId: 7, after: since } }, fromPopup);
    let answered = false;
    void waiting.then(() => (answered = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).toBe(false);
    await route({ type: 'page/extracted', payload: { url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/', extraction: extraction([article()]) } }, fromTab);
    expect(await waiting).toMatchObject({ ok: true, data: { state: { url: 'https://pubmed.ncbi.nlm.nih.gov/31978945/' } } });
  });
});
