// "Read this page" on a page where the reading holds nothing: the popup says why, in the
// reviewer's language, so that they know what to do — not only that there is no data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookAtPage, readPage } from '../../platform/nothing-read';
import { setLanguage } from '../../lib/i18n';

const ARTICLE = 'https://ejournal.example.ac.id/index.php/jk/article/view/12';

/**
 * A tab at `url` showing `head`; `listening`: a Saring script answers there (a database's, or the
 * reader of an earlier press). Saring's manifest reads PubMed by itself. The reader's injection
 * answers true; the look at the page runs lookAtPage on this document, or fails with `refusal`.
 */
async function tab(head: string, { url = ARTICLE, listening = false, refusal = '' } = {}) {
  fakeBrowser.reset();
  document.head.innerHTML = head;
  const opened = await fakeBrowser.tabs.create({ url });
  const content_scripts = [{ matches: ['*://pubmed.ncbi.nlm.nih.gov/*'], js: ['content-scripts/pubmed.js'] }];
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Saring', version: '0', content_scripts });
  fakeBrowser.tabs.sendMessage = (async () => {
    if (listening) return url;
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as typeof fakeBrowser.tabs.sendMessage;
  fakeBrowser.scripting.executeScript = (async (injection: { func?: () => unknown; args?: unknown[] }) => {
    // The reader, or the database's host it is told first (through a proxy).
    if (!injection.func || injection.args) return [{ frameId: 0, documentId: 'd', result: true }];
    if (refusal) throw new Error(refusal);
    return [{ frameId: 0, documentId: 'd', result: injection.func() }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript;
  return opened.id as number;
}

/** The popup's press: the reading made after it is `reading`; the message it fails with, or '' when it does not. */
const press = (tabId: number, reading: { kind: 'article' | 'results' | 'blocked'; articles: unknown[] } | null = null) =>
  readPage(tabId, async () => reading).then(
    () => '',
    (error: Error) => error.message,
  );

let readyState: PropertyDescriptor | undefined;
beforeEach(() => {
  setLanguage('en');
  readyState = Object.getOwnPropertyDescriptor(document, 'readyState');
  Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
});
afterEach(() => {
  if (readyState) Object.defineProperty(document, 'readyState', readyState);
  else delete (document as { readyState?: unknown }).readyState;
  setLanguage('en');
});

describe('"Read this page" when the reading holds nothing', () => {
  it("says a page without any citation data is not an article's page (a journal's home, an issue's contents)", async () => {
    const id = await tab('<title>Jurnal Keperawatan</title><meta name="description" content="Jurnal">');
    expect(await press(id)).toBe(
      "this is not an article's page: it holds no citation data at all (a journal's home page, an issue's contents, a search page?). Open the article's own page — the one with its abstract — and try again.",
    );
    setLanguage('id');
    expect(await press(id)).toContain('ini bukan halaman artikel');
  });

  it('says a page with citation data Saring cannot use has none it can read', async () => {
    expect(await press(await tab('<meta name="citation_journal_title" content="Jurnal Keperawatan">'))).toBe(
      'the page has no citation data (title, authors, date) that Saring can read.',
    );
    expect(await press(await tab('<meta name="DC.Title" content="">'))).toContain('that Saring can read');
    expect(await press(await tab('<script type="application/ld+json">{"@type": "ScholarlyArticle"}</script>'))).toContain('that Saring can read');
  });

  it('says a page still loading is still loading', async () => {
    const id = await tab('');
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    expect(await press(id)).toBe('the page is still loading. Wait until it has loaded, and try again.');
  });

  it("says a database's own page that is neither a result list nor an article is not one Saring reads there", async () => {
    const neither = "it is neither a list of search results nor an article's page, the pages of this site Saring reads. Search, or open an article, and Saring reads it by itself.";
    expect(await press(await tab('', { url: 'https://pubmed.ncbi.nlm.nih.gov/advanced/', listening: true }))).toBe(neither);
    // Through a university's proxy, where the popup injected PubMed's reader.
    expect(await press(await tab('', { url: 'https://pubmed-ncbi-nlm-nih-gov.ezproxy.ugm.ac.id/advanced/' }))).toBe(neither);
    // A journal's page read before: its reader answers, but the page is no database's.
    expect(await press(await tab('', { listening: true }))).toContain("this is not an article's page");
  });

  it('says the browser keeps the page from extensions when it does (the tab moved on to a PDF it shows)', async () => {
    const id = await tab('', { listening: true, refusal: 'Cannot access a chrome-extension:// URL of different extension' });
    expect(await press(id)).toContain('the browser does not let extensions read this page');
  });

  it('fails with nothing when the page was read: an article, a result list (even an empty one), Scholar’s robot check', async () => {
    const id = await tab('');
    expect(await press(id, { kind: 'article', articles: [{}] })).toBe('');
    expect(await press(id, { kind: 'results', articles: [] })).toBe('');
    expect(await press(id, { kind: 'blocked', articles: [] })).toBe('');
  });

  it('looks at the tags the generic reader reads, whatever their case, and at COinS', () => {
    document.head.innerHTML = '<meta name="Citation_Title" content="x">';
    expect(lookAtPage().citation).toBe(true);
    for (const name of ['dcterms.title', 'eprints.title', 'wkhealth_title', 'bepress_citation_title']) {
      document.head.innerHTML = `<meta name="${name}" content="x">`;
      expect(lookAtPage().citation, name).toBe(true);
    }
    document.head.innerHTML = '<meta name="og:title" content="x">';
    document.body.innerHTML = '<span class="Z3988" title="ctx_ver=Z39.88-2004"></span>';
    expect(lookAtPage().citation).toBe(true);
    document.body.innerHTML = '';
    expect(lookAtPage()).toEqual({ loading: false, citation: false });
  });
});
