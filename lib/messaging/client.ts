import { browser } from 'wxt/browser';
import type { Envelope, RequestOf, RequestType, ResponseMap } from './protocol';

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
