import { describe, expect, it } from 'vitest';
import { decodeBytes, FormatError, parseBibliographyBytes } from '../../lib/formats';

const utf8 = (text: string) => new TextEncoder().encode(text);
const cat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

const RIS = 'TY  - JOUR\nTI  - Café Müller – “naïve” résumé\nER  - \n';

describe('decodeBytes', () => {
  it('UTF-8 with and without BOM (the BOM is not part of the text)', () => {
    expect(decodeBytes(utf8(RIS))).toEqual({ text: RIS, encoding: 'utf-8', warnings: [], messages: [] });
    expect(decodeBytes(cat([0xef, 0xbb, 0xbf], utf8(RIS)))).toEqual({ text: RIS, encoding: 'utf-8', warnings: [], messages: [] });
  });

  it('UTF-16 LE/BE with BOM, and LE without', () => {
    expect(decodeBytes(utf16(RIS, true, true))).toMatchObject({ text: RIS, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(RIS, false, true))).toMatchObject({ text: RIS, encoding: 'utf-16be' });
    expect(decodeBytes(utf16(RIS, true, false))).toMatchObject({ text: RIS, encoding: 'utf-16le' });
  });

  it('Windows-1252 when the bytes are not UTF-8', () => {
    // "Café – Müller" in Windows-1252: é=E9, en dash=96, ü=FC.
    const bytes = cat(utf8('TI  - Caf'), [0xe9, 0x20, 0x96, 0x20], utf8('M'), [0xfc], utf8('ller\n'));
    expect(decodeBytes(bytes)).toEqual({ text: 'TI  - Café – Müller\n', encoding: 'windows-1252', warnings: [], messages: [] });
  });

  it('mixed UTF-8 and Windows-1252: decoded as UTF-8, with a warning naming the first bad line', () => {
    const bytes = cat(utf8('TY  - JOUR\nTI  - Müller\nAB  - Caf'), [0xe9], utf8('\nER  - \n'));
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.text).toContain('Müller');
    expect(decoded.text).toContain('Caf\uFFFD');
    expect(decoded.warnings).toEqual([expect.stringMatching(/^line 3: the file mixes encodings/)]);
  });

  it('refuses empty and binary files with a FormatError', () => {
    const code = (bytes: Uint8Array) => {
      try {
        decodeBytes(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(FormatError);
        return (e as FormatError).code;
      }
      return 'no error';
    };
    expect(code(new Uint8Array())).toBe('empty');
    expect(code(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('binary');
    expect(code(cat([0x50, 0x4b, 0x03, 0x04], [20, 0, 6, 0, 8, 0, 0, 0]))).toBe('binary');
    expect(code(cat(utf8('TY  - JOUR\n'), [0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x13, 0x00, 0x88]))).toBe('binary');
  });

  it('parseBibliographyBytes: decode, parse, and put the encoding warning first', () => {
    const bytes = cat(utf8('TY  - JOUR\nTI  - Müller\nAB  - Caf'), [0xe9], utf8('\nER  - \n'));
    const result = parseBibliographyBytes(bytes, 'mixed.ris');
    expect(result.records[0].title).toBe('Müller');
    expect(result.encoding).toBe('mixed');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^line 3: the file mixes encodings/);
  });
});
