// The background makes the first review (its name, its default exclusion reasons) in the
// reviewer's chosen language, and follows the choice when it changes.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followLanguage, LANGUAGE_KEY } from '../../platform/language';
import { getLanguage, setLanguage } from '../../lib/i18n/translate';

afterEach(() => {
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
});
