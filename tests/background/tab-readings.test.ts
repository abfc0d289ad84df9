import { describe, expect, it } from 'vitest';
import { readingLeft } from '../../lib/background/tab-readings';

const state = { url: 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage#results', extraction: null, rejected: 0, at: 1 };

describe('a tab’s reading and the page the tab shows now', () => {
  it('is kept while the tab shows the page it was read from, whatever its fragment', () => {
    expect(readingLeft(state, state.url)).toBe(false);
    expect(readingLeft(state, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage')).toBe(false);
    expect(readingLeft(state, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage#top')).toBe(false);
  });

  it('is left when the tab shows another page, or one no Saring script answered for', () => {
    expect(readingLeft(state, 'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage&page=2')).toBe(true);
    expect(readingLeft(state, 'https://pubmed.ncbi.nlm.nih.gov/33445566/')).toBe(true);
    expect(readingLeft(state, undefined)).toBe(true);
  });
});
