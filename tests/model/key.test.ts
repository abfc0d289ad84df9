import { describe, expect, it } from 'vitest';
import { recordKey } from '../../lib/model';

const base = { title: 'Pijat oksitosin', source: 'google-scholar' as const, url: 'https://example.org/a' };

describe('recordKey', () => {
  it('prefers the DOI, bare and lowercase whatever form it came in', () => {
    expect(recordKey({ ...base, doi: 'https://doi.org/10.1016/J.MIDW.2020.01.001', pmid: '123' })).toBe('doi:10.1016/j.midw.2020.01.001');
    expect(recordKey({ ...base, doi: 'doi:10.1016/j.midw.2020.01.001.' })).toBe('doi:10.1016/j.midw.2020.01.001');
  });
  it('falls back to the PMID, then source + sourceId, then the normalised URL', () => {
    expect(recordKey({ ...base, pmid: '0031978945' })).toBe('pmid:31978945');
    expect(recordKey({ ...base, sourceId: 'AbC123' })).toBe('google-scholar:AbC123');
    expect(recordKey({ ...base, url: 'https://EXAMPLE.org/a/?utm_source=x#top' })).toBe('url:https://example.org/a');
  });
  it("ignores an unusable DOI and a web page's own id", () => {
    expect(recordKey({ ...base, doi: 'not a doi', source: 'web', sourceId: 'x' })).toBe('url:https://example.org/a');
  });
  it('keys an imported record with nothing else by its folded title and year', () => {
    expect(recordKey({ title: 'Pengaruh Pijat  Oksitosin!', year: 2021, source: 'import', url: '' })).toBe('title:pengaruh pijat oksitosin|2021');
  });
});

describe('DOI normalisation', () => {
  it('keeps the angle brackets of SICI DOIs but stops at a tag', async () => {
    const { normalizeDoi } = await import('../../lib/model/normalize');
    expect(normalizeDoi('10.2193/0022-541X(2005)069<0185:EOWFAS>2.0.CO;2')).toBe('10.2193/0022-541x(2005)069<0185:eowfas>2.0.co;2');
    expect(normalizeDoi('doi: 10.1000/abc</a> more')).toBe('10.1000/abc');
    expect(normalizeDoi('https://doi.org/10.1000/ABC.')).toBe('10.1000/abc');
  });
});
