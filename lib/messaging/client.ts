import { browser } from 'wxt/browser';
import type { Envelope, RequestOf, RequestType, ResponseMap } from './protocol';
import { DECISIONS_CHANGED } from './broadcast';

/** The request failed: the message says why, in words for the reviewer. */
export class RequestError extends Error {
  override name = 'RequestError';
}

/**
 * Send a typed request to the background (thin wrapper over `runtime.sendMessage`).
 * Resolves with the handler's answer or rejects with a RequestError.
 */
export async function request<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<ResponseMap[K]> {
  let envelope: Envelope<ResponseMap[K]> | undefined;
  try {
    envelope = (await browser.runtime.sendMessage({ type, payload })) as Envelope<ResponseMap[K]> | undefined;
  } catch (error) {
    throw new RequestError(`Saring's background did not answer: ${(error as Error).message}`);
  }
  if (!envelope) throw new RequestError("Saring's background did not answer.");
  if (!envelope.ok) throw new RequestError(envelope.error);
  return envelope.data;
}

/** Tell every tab's content script that decisions changed (tabs without one ignore it). */
export async function broadcastDecisionsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: DECISIONS_CHANGED }).catch(() => undefined))));
}
