import { browser } from 'wxt/browser';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';

/**
 * A content script's life in its page: it stops when a newer copy of the same script starts there
 * ("Read this page" pressed again, the extension updated or reloaded) or the extension is gone, and
 * it hears of the page's URL changing without a reload (a site moving on by history.pushState).
 *
 * WXT's wrapper of every content script makes one (`new ContentScriptContext(name, options)`) and
 * hands it to main. This class stands in for WXT's own (aliased in wxt.config.ts): that one also
 * carries timers, animation-frame and idle-callback wrappers and a message to the page's own
 * scripts that Saring never uses, ~840 B gzip of each content script's 15,000 B budget.
 */
export class ContentScriptContext {
  private readonly stopper = new AbortController();
  private readonly signal = this.stopper.signal;

  constructor(name: string) {
    // The same name for every copy of this script of this extension, no other's. WXT's name and
    // detail: a copy of a release before this class, which ran WXT's own context, stops too when
    // this one starts in its page (Chrome leaves it there when the extension is updated).
    const started = `${browser.runtime.id}:${name}:wxt:content-script-started`;
    const messageId = String(Math.random());
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: name, messageId } }));
    const newer = (event: Event) => (event as CustomEvent<{ messageId?: string } | null>).detail?.messageId !== messageId;
    document.addEventListener(started, (event) => newer(event) && this.stop(), { signal: this.signal });
  }

  /** `listener` once the script stops. */
  onInvalidated(listener: () => void): void {
    this.signal.addEventListener('abort', listener);
  }

  /** `listener` on `target` until the script stops. */
  addEventListener<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void): void {
    target.addEventListener(type, listener as EventListener, { signal: this.signal });
  }

  /**
   * `listener` when the page's URL changes without a reload, until the script stops: told by the
   * Navigation API where the browser has it (Chrome: after the change, never for a navigation the
   * page cancels or that loads another document), else found by looking at the URL every second.
   */
  onLocationChange(listener: () => void): void {
    let last = location.href;
    const check = () => {
      // The extension is gone (updated, reloaded, removed: Chrome leaves this copy in the page): it stops.
      if (!browser.runtime?.id) this.stop();
      else if (location.href !== last) {
        last = location.href;
        listener();
      }
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) {
      this.addEventListener(navigation, 'currententrychange', check);
      return;
    }
    const timer = setInterval(check, 1000);
    this.onInvalidated(() => clearInterval(timer));
  }

  private stop(): void {
    this.stopper.abort();
  }
}

/**
 * The context WXT's wrapper hands to main, which TypeScript knows by WXT's type: at run time it is
 * the class above (the alias in wxt.config.ts; tests/release/content-script-size.release.ts checks
 * that no built script carries WXT's own). Were the alias lost, the script says so at once.
 */
export function pageContext(ctx: WxtContext): ContentScriptContext {
  if ((ctx as unknown) instanceof ContentScriptContext) return ctx as unknown as ContentScriptContext;
  throw new Error("Saring: a content script built with WXT's context, not platform/page-context.ts");
}
