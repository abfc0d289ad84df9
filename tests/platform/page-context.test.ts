// The content scripts' context (platform/page-context.ts), which stands in for WXT's: a copy of a
// script stops when a newer one starts, and hears of URL changes made without a reload.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, pageContext } from '../../platform/page-context';

const started: ContentScriptContext[] = [];
const start = (name = 'reader') => {
  const ctx = new ContentScriptContext(name);
  started.push(ctx);
  return ctx;
};
const stopped = (ctx: ContentScriptContext) => {
  const seen = vi.fn();
  ctx.onInvalidated(seen);
  return seen;
};

afterEach(() => {
  // Each test's copies are stopped by a last copy of each name, as a newer script would.
  for (const name of new Set(['reader', 'pubmed'])) start(name);
  started.length = 0;
  vi.useRealTimers();
  delete (globalThis as { navigation?: EventTarget }).navigation;
  history.replaceState(null, '', '/');
});

describe('a content script started again in the same page', () => {
  it('stops the copy that ran before ("Read this page" pressed twice, the extension reloaded)', () => {
    const first = start();
    const firstStopped = stopped(first);
    const second = start();
    const secondStopped = stopped(second);
    expect(firstStopped).toHaveBeenCalledOnce();
    expect(secondStopped).not.toHaveBeenCalled();
  });

  it('leaves other scripts of the extension running', () => {
    const pubmed = start('pubmed');
    const pubmedStopped = stopped(pubmed);
    start('reader');
    expect(pubmedStopped).not.toHaveBeenCalled();
  });

  it("stops a copy of a release before it, which ran WXT's own context (the first update to this one)", async () => {
    const { ContentScriptContext: WxtContext } = await import('../../node_modules/wxt/dist/utils/content-script-context.mjs');
    // WXT names its event by the entrypoint its wrapper also hands to ours (in a build, "pubmed").
    const name = String(import.meta.env.ENTRYPOINT);
    const old = new WxtContext(name);
    const oldStopped = vi.fn();
    old.onInvalidated(oldStopped);
    start(name);
    expect(oldStopped).toHaveBeenCalledOnce();
  });

  it("removes the stopped copy's listeners", () => {
    const first = start();
    const heard = vi.fn();
    first.addEventListener(window, 'pageshow', heard);
    start();
    window.dispatchEvent(new Event('pageshow'));
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('the URL changing without a reload', () => {
  it('is told by the Navigation API where the browser has it, after the change, once per new address', () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: EventTarget }).navigation = navigation;
    const changed = vi.fn();
    start().onLocationChange(changed);
    const entryChanged = () => navigation.dispatchEvent(new Event('currententrychange'));
    entryChanged(); // the same address (a reload, a navigation the page cancelled): no change
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '?page=2');
    entryChanged();
    entryChanged();
    expect(changed).toHaveBeenCalledOnce();
  });

  it('stops the script when the extension is gone, told by the Navigation API too (Chrome)', () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: EventTarget }).navigation = navigation;
    const ctx = start();
    const ctxStopped = stopped(ctx);
    const changed = vi.fn();
    ctx.onLocationChange(changed);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    history.pushState(null, '', '?page=2');
    navigation.dispatchEvent(new Event('currententrychange'));
    id.mockRestore();
    expect(ctxStopped).toHaveBeenCalledOnce();
    expect(changed).not.toHaveBeenCalled();
  });

  it('is found by looking at the URL every second elsewhere (Firefox without the Navigation API)', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    const ctx = start();
    ctx.onLocationChange(changed);
    history.pushState(null, '', '?page=2');
    vi.advanceTimersByTime(1000);
    expect(changed).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledOnce();
    start(); // stopped: no more looking
    history.pushState(null, '', '?page=3');
    vi.advanceTimersByTime(2000);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('stops the script when the extension is gone (its runtime has no id)', () => {
    vi.useFakeTimers();
    const ctx = start();
    const ctxStopped = stopped(ctx);
    ctx.onLocationChange(() => undefined);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1000);
    id.mockRestore();
    expect(ctxStopped).toHaveBeenCalledOnce();
  });
});

describe("the context WXT's wrapper hands to main", () => {
  it("is taken when it is Saring's, and refused at once when it is another (the alias in wxt.config.ts lost)", () => {
    const ctx = start();
    expect(pageContext(ctx as unknown as Parameters<typeof pageContext>[0])).toBe(ctx);
    expect(() => pageContext({} as Parameters<typeof pageContext>[0])).toThrow(/WXT's context/);
  });
});
