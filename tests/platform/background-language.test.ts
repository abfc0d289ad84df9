// The background makes the first review (its name, its default exclusion reasons) in the
// reviewer's chosen language, and follows the choice when it changes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followLanguage, LANGUAGE_KEY } from '../../platform/language';
import { getLanguage, setLanguage } from '../../lib/i18n/translate';
import { getActiveReview } from '../../lib/db';
import { freshDb } from '../db/helpers';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  setLanguage('en');
});

describe("the background's language", () => {
  it('is the saved choice, and follows it when the reviewer changes it', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'id' });
    followLanguage();
    await vi.waitFor(() => expect(getLanguage()).toBe('id'));
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    await vi.waitFor(() => expect(getLanguage()).toBe('en'));
  });

  it('names the first review, asked for before storage answered (a restarted service worker), in the saved choice', async () => {
    await freshDb();
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'id' });
    // Storage answers the restarted background only once the first decision is already on its way.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local) as (keys: string) => Promise<Record<string, unknown>>;
    const late = async (keys: string) => {
      await answered;
      return get(keys);
    };
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(late as never);
    followLanguage();
    const made = getActiveReview();
    // Long enough for the review to be made (in English) when nothing waits for the choice.
    await Promise.race([made, new Promise((resolve) => setTimeout(resolve, 200))]);
    answer();
    const review = await made;
    expect(review.title).toBe('Tinjauan saya');
    expect(review.exclusionReasons).toContain('populasi tidak sesuai');
  });
});
