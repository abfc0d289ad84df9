import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCATION_CHANGED, onScholarPage, review, run, settle } from './content-harness';

onScholarPage();

// Europe PMC, Semantic Scholar, ResearchGate: single-page sites move to another article by
// history.pushState, draw its body, and only then (or never) rewrite the head's tags the reader reads.
describe('the page reader on a single-page site', () => {
  const meta = (title: string, pmid: string) =>
    `<meta name="citation_title" content="${title}"><meta name="citation_author" content="Sari, Dewi"><meta name="citation_pmid" content="${pmid}">`;
  function reports() {
    const seen: { url: string; titles: string[] }[] = [];
    fakeBrowser.runtime.onMessage.addListener(
      (message: { type: string; payload: { url: string; extraction: { articles: { title: string }[] } | null } }, _sender, sendResponse) => {
        if (message.type === 'page/extracted') seen.push({ url: message.payload.url, titles: (message.payload.extraction?.articles ?? []).map((a) => a.title) });
        sendResponse({ ok: true, data: { statuses: [{ key: 'k0', window: 'pass' }], review } });
        return true;
      },
    );
    return seen;
  }
  const moveTo = (path: string) => {
    history.pushState({}, '', path);
    window.dispatchEvent(new Event(LOCATION_CHANGED));
  };

  it('reports the new article once its head tells of it, never the article before at the new address', async () => {
    const seen = reports();
    document.head.innerHTML = meta('Stunting pada balita', '111');
    run('reader');
    await settle();
    moveTo('/article/MED/222');
    await settle(50);
    document.body.innerHTML = '<main><h1>Anemia pada remaja</h1></main>';
    await settle(300);
    document.head.innerHTML = meta('Anemia pada remaja', '222');
    await settle(300);
    expect(seen.map((r) => r.titles[0])).toEqual(['Stunting pada balita', 'Anemia pada remaja']);
    expect(seen[1].url).toMatch(/\/article\/MED\/222$/);
  });

  it('hears a tag whose content alone changed', async () => {
    const seen = reports();
    document.head.innerHTML = meta('Stunting pada balita', '111');
    run('reader');
    await settle();
    moveTo('/article/MED/222');
    await settle(200);
    for (const tag of document.head.querySelectorAll('meta')) tag.setAttribute('content', tag.getAttribute('name') === 'citation_pmid' ? '222' : 'Anemia pada remaja');
    await settle(300);
    expect(seen.map((r) => r.titles[0])).toEqual(['Stunting pada balita', 'Anemia pada remaja']);
  });

  it('reports the same article at its new address after a second (a tab of the same article page)', async () => {
    const seen = reports();
    document.head.innerHTML = meta('Stunting pada balita', '111');
    run('reader');
    await settle();
    moveTo('/article/MED/111?tab=references');
    await settle(400);
    expect(seen).toHaveLength(1);
    await settle(1000);
    expect(seen.map((r) => r.url)).toEqual([expect.any(String), expect.stringMatching(/tab=references$/)]);
  });
});
