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

  it('is applied to every article the background stores', () => {
    const article = ArticleSchema.parse({ title: 'T', authors: ['Siti Rahmawati, S.Kep., Ns., M.Kep', 'Lee, Ann'], url: '', source: 'web' });
    expect(article.authors).toEqual(['Siti Rahmawati', 'Lee, Ann']);
  });
});
