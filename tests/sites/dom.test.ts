import { describe, expect, it } from 'vitest';
import { parseCount, repairMojibake, splitKeywords, titleText, toText } from '../../lib/sites/dom';
import { collapseRepeats } from '../../lib/sites/meta';

describe('adapter text helpers', () => {
  it('repairs UTF-8 read as Latin-1, and leaves real Latin-1 text alone', () => {
    expect(repairMojibake('IM TurnbullÂ\u00a0- Terra')).toBe('IM Turnbull\u00a0- Terra');
    expect(repairMojibake('Cambrianâ€“Ordovician â€¦ MÃ¼ller')).toBe('Cambrian–Ordovician … Müller');
    expect(repairMojibake('Müller, café, São Paulo, Â')).toBe('Müller, café, São Paulo, Â');
  });

  it('keeps titles as text', () => {
    expect(toText('<script>alert(1)</script> <b>Zinc</b> at p<0.05 &amp; n > 30')).toBe('alert(1) Zinc at p<0.05 & n > 30');
    expect(titleText('[PDF][PDF] Kangaroo care - PubMed')).toBe('Kangaroo care');
    expect(titleText('A study | ScienceDirect')).toBe('A study');
  });

  it('reads counts with any thousands separator', () => {
    expect(parseCount('About 1,240 results (0.05 sec)')).toBe(1240);
    expect(parseCount('Total Record : 1.047')).toBe(1047);
    expect(parseCount('約 12 300 件')).toBe(12300);
    expect(parseCount('12 results')).toBe(12);
    expect(parseCount('none')).toBeUndefined();
  });

  it('collapses a metadata block printed twice, not two people with one name', () => {
    expect(collapseRepeats(['A', 'B', 'A', 'B'])).toEqual(['A', 'B']);
    expect(collapseRepeats(['Wang J', 'Li Y', 'Wang J'])).toEqual(['Wang J', 'Li Y', 'Wang J']);
    expect(collapseRepeats([])).toEqual([]);
  });

  it('splits keyword lists', () => {
    expect(splitKeywords('Keywords: a; b, c; d.')).toEqual(['a', 'b, c', 'd']);
    expect(splitKeywords('x, y')).toEqual(['x', 'y']);
  });
});
