import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import id from '../../public/_locales/id/messages.json';

// The store listing (store/en.md, store/id.md) and privacy statement (store/privacy.md) live in
// the repository; these checks keep them within the stores' limits and in step with the manifest.
const store = (name: string) => readFileSync(resolve(__dirname, '../../store', name), 'utf8');

/** The text under each `## Heading` of a listing file. */
function sections(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    out[heading.trim()] = body.join('\n').trim();
  }
  return out;
}

describe.each([
  ['en', en],
  ['id', id],
] as const)('store listing (%s)', (language, messages) => {
  const listing = sections(store(`${language}.md`));

  it('has a name, a short and a long description, and points to the privacy statement', () => {
    expect(Object.keys(listing)).toEqual(['Name', 'Short description', 'Description', 'Privacy']);
    expect(listing.Privacy).toContain('store/privacy.md');
  });

  it("uses the manifest's name and description (the Chrome Web Store shows the manifest's), within the limits", () => {
    expect(listing.Name).toBe(messages.extName.message);
    expect(listing['Short description']).toBe(messages.extDescription.message);
    // Chrome: the manifest description at most 132 characters; Firefox: the summary at most 250.
    expect(listing['Short description'].length).toBeLessThanOrEqual(132);
    // Firefox: the name at most 50 characters; Chrome Web Store: the description at most 16,000.
    expect(listing.Name.length).toBeLessThanOrEqual(50);
    expect(listing.Description.length).toBeGreaterThan(500);
    expect(listing.Description.length).toBeLessThanOrEqual(16_000);
  });

  it('says in the description that data stays in the browser and that team sync is optional', () => {
    expect(listing.Description).toMatch(language === 'en' ? /stay in your browser/ : /tetap di peramban/);
    expect(listing.Description).toMatch(/CouchDB/);
  });
});

describe('privacy statement', () => {
  const text = store('privacy.md');
  it('is in English and Bahasa Indonesia, and says what is stored, where, and that nothing is sent without team sync', () => {
    const parts = sections(text);
    expect(Object.keys(parts)).toEqual(['English', 'Bahasa Indonesia']);
    expect(parts.English).toMatch(/What Saring stores/);
    expect(parts.English).toMatch(/IndexedDB/);
    expect(parts.English).toMatch(/What is sent anywhere\.\*\* Nothing\./);
    expect(parts.English).toMatch(/Optional team sync/);
    expect(parts['Bahasa Indonesia']).toMatch(/Apa yang disimpan Saring/);
    expect(parts['Bahasa Indonesia']).toMatch(/Apa yang dikirim ke mana pun\.\*\* Tidak ada\./);
    expect(parts['Bahasa Indonesia']).toMatch(/Sinkronisasi tim \(opsional\)/);
  });
});
