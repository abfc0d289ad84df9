/**
 * A page's tab id, found once per page. Without the "tabs" permission the extension cannot see
 * tab URLs, so the id is read as the active tab (`activeTab`, asked of the extension) right after
 * bringing the page to the front. Shared by the Chromium and the Firefox harness.
 */
export function tabIdsBy<P extends { bringToFront(): Promise<void>; url(): string }>(activeTab: () => Promise<number | undefined>) {
  const known = new WeakMap<P, number>();
  return async (page: P): Promise<number> => {
    const id = known.get(page);
    if (id !== undefined) return id;
    await page.bringToFront();
    const active = await activeTab();
    if (active === undefined) throw new Error(`no tab for ${page.url()}`);
    known.set(page, active);
    return active;
  };
}
