import { browser } from 'wxt/browser';
import type { Broadcast, Envelope, RequestOf, RequestType, ResponseMap } from '../lib/messaging/protocol';
import { DECISIONS_CHANGED } from '../lib/messaging/broadcast';

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

/**
 * Tell every tab's content script that decisions changed — of these records, or of any when
 * `keys` is absent (tabs without a content script ignore it).
 */
export async function broadcastDecisionsChanged(keys?: string[]): Promise<void> {
  const message: Broadcast = keys ? { type: DECISIONS_CHANGED, keys } : { type: DECISIONS_CHANGED };
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}
