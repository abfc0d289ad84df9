// "Read this page" on a page a database's own script already reads (Google Scholar, PubMed,
// ScienceDirect, Garuda): that script reads the page again; the generic reader is not injected
// beside it, where its poorer reading (a Scholar list read as one "article") reported last and won.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTab } from '../../platform/read-page';
import { background, onScholarPage, run, settle, URL_OF_PAGE } from './content-harness';

onScholarPage();

/** The tab of the Scholar page; the browser delivers tabs.sendMessage to the page's listeners, if any. */
async function scholarTab(listening: boolean) {
  const tab = await fakeBrowser.tabs.create({ url: URL_OF_PAGE });
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Saring', version: '0', content_scripts: [] });
  const injected: unknown[] = [];
  fakeBrowser.scripting.executeScript = ((injection: unknown) => {
    injected.push(injection);
    return Promise.resolve([{ frameId: 0, documentId: 'd', result: true }]);
  }) as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.tabs.sendMessage = (async (_tabId: number, message: unknown) => {
    // Chrome's words when no script of the extension listens in the tab.
    if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
    const answers: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger(message, {}, (answer: unknown) => void answers.push(answer));
    return answers.find((answer) => typeof answer === 'string');
  }) as typeof fakeBrowser.tabs.sendMessage;
  return { tabId: tab.id as number, injected };
}

describe('"Read this page" on a page a Saring script already reads', () => {
  it.each([false, 'reader'] as const)('asks that script (%s) to read the page again, and injects nothing beside it', async (loop) => {
    const asked = background(0);
    run(loop);
    await settle();
    expect(asked.filter((type) => type === 'page/extracted')).toHaveLength(1);
    const { tabId, injected } = await scholarTab(true);
    await readTab(tabId);
    await settle(250);
    expect(injected).toEqual([]);
    // Reported again (the popup waits for a reading made after its press), though nothing changed.
    expect(asked.filter((type) => type === 'page/extracted')).toHaveLength(2);
  });

  it('injects the generic reader where no Saring script answers', async () => {
    const { tabId, injected } = await scholarTab(false);
    await readTab(tabId);
    expect(injected).toEqual([{ target: { tabId }, files: ['/content-scripts/reader.js'] }]);
  });

  it("is not taken by the background's own question of which page a tab shows: no reading again", async () => {
    const asked = background(0);
    run();
    await settle();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'saring/where' }, {}, () => undefined);
    await settle(250);
    expect(asked.filter((type) => type === 'page/extracted')).toHaveLength(1);
  });
});
