/**
 * Ask the browser to keep Saring's storage when the disk fills up, so that a reviewer's
 * decisions are never evicted. Thin wrapper over `navigator.storage.persist()`.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
