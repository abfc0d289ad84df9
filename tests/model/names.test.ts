import { describe, expect, it } from 'vitest';
import { withoutDegrees } from '../../lib/model/names';
import { ArticleSchema } from '../../lib/model';

describe('author names without titles and degrees', () => {
  it('drops what Indonesian journals write beside a name, keeping its comma parts', () => {
    expect(withoutDegrees('Siti Rahmawati, S.Kep., Ns., M.Kep')).toBe('Siti Rahmawati');
    expect(withoutDegrees('Ns. Budi Santoso, M.Kep., Sp.Kep.An')).toBe('Budi Santoso');
    expect(withoutDegrees('dr. Andi Wijaya, Sp.OG')).toBe('Andi Wijaya');
    expect(withoutDegrees('Prof. Dr. Hj. Siti Aminah, SKM, M.Kes')).toBe('Siti Aminah');
    expect(withoutDegrees('Rahmawati, Siti, S.Kep')).toBe('Rahmawati, Siti');
  });

  it('keeps initials, generational suffixes and a name that is nothing else', () => {
    expect(withoutDegrees('Sari D.A.')).toBe('Sari D.A.');
    expect(withoutDegrees('DR Smith')).toBe('DR Smith');
    expect(withoutDegrees('Smith, Jr., Robert')).toBe('Smith, Jr., Robert');
    expect(withoutDegrees('Smith, Jr., Robert', true)).toBe('Smith, Robert');
    expect(withoutDegrees('Dr.')).toBe('Dr.');
  });

  it('drops nursing and midwifery credentials after a name, but not initials or a surname that look like one', () => {
    const names: [string, string][] = [
      ['Smith, Jane, RN, PhD', 'Smith, Jane'],
      ['Smith, Jane, RN', 'Smith, Jane'],
      ['Doe, Ann B., MSN, APRN, FNP', 'Doe, Ann B.'],
      ['Jane Smith, RN, MSN', 'Jane Smith'],
      ['Mary Jones, CNM, IBCLC', 'Mary Jones'],
      ['Ann Lee, BSc(N), RGN', 'Ann Lee'],
      ['Rn, A.', 'Rn, A.'],
      ['Smith, RN', 'Smith, RN'],
      ['Smith, N P', 'Smith, N P'],
      ['Smith, NP', 'Smith, NP'],
      ['RN Smith', 'RN Smith'],
    ];
    expect(names.map(([name]) => withoutDegrees(name))).toEqual(names.map(([, bare]) => bare));
  });

  it('is applied to every article the background stores', () => {
    const article = ArticleSchema.parse({ title: 'T', authors: ['Siti Rahmawati, S.Kep., Ns., M.Kep', 'Lee, Ann'], url: '', source: 'web' });
    expect(article.authors).toEqual(['Siti Rahmawati', 'Lee, Ann']);
  });
});
