import { describe, expect, it } from 'vitest';
import { checkLanguage, guessLanguage, normalizeLanguage } from '../../lib/screening/language';

describe('language', () => {
  it('normalises language names and codes', () => {
    expect(normalizeLanguage('English')).toBe('en');
    expect(normalizeLanguage('ind')).toBe('id');
    expect(normalizeLanguage('en-US')).toBe('en');
  });
  it('guesses English and Indonesian from their common words', () => {
    expect(guessLanguage('Pengaruh pijat oksitosin terhadap produksi ASI pada ibu nifas di puskesmas')).toBe('id');
    expect(guessLanguage('The effect of oxytocin massage on breast milk production in postpartum mothers')).toBe('en');
    expect(guessLanguage('Oksitosin ASI')).toBeUndefined();
  });
  it('passes accepted languages, fails others, and prefers metadata to guessing', () => {
    expect(checkLanguage({ title: 'Pengaruh pijat oksitosin terhadap produksi ASI pada ibu', language: undefined }, ['en', 'id'])).toMatchObject({
      result: 'pass',
      language: 'id',
      guessed: true,
    });
    expect(checkLanguage({ title: 'x', language: 'Spanish' }, ['en', 'id'])).toMatchObject({ result: 'fail', language: 'es', guessed: false });
    expect(checkLanguage({ title: 'x y' }, ['en'])).toMatchObject({ result: 'unknown' });
    expect(checkLanguage({ title: 'x', language: 'fr' }, [])).toMatchObject({ result: 'pass' });
  });
  it('passes an article written in several languages when any of them is accepted (Scopus "English; Indonesian", Embase "English, Indonesian")', () => {
    for (const language of ['English; Indonesian', 'English, Indonesian', 'Indonesian; English'])
      expect(checkLanguage({ title: 'x', language }, ['id'])).toMatchObject({ result: 'pass', language: 'id', guessed: false });
    expect(checkLanguage({ title: 'x', language: 'Spanish; Portuguese' }, ['en', 'id'])).toMatchObject({ result: 'fail', language: 'es' });
    expect(checkLanguage({ title: 'x', language: 'English; Indonesian' }, [])).toMatchObject({ result: 'pass', language: 'en' });
  });
});
