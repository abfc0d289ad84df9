import { describe, expect, it } from 'vitest';
import { computePrisma } from '../../lib/prisma/compute';
import { BOX_IDS, prismaRows, prismaSvg, type PrismaLabels } from '../../lib/prisma/svg';
import messages from '../../public/_locales/id/messages.json';

const labels = new Proxy({} as PrismaLabels, { get: (_, key) => `${String(key)} (n = $1)` });

describe('PRISMA diagram', () => {
  const counts = {
    ...computePrisma([], { screening: new Map(), fullText: new Map() }, []),
    identified: [{ database: 'Garuda & <Portal>', count: 7, searches: 1 }],
    identifiedTotal: 7,
    excludedFullText: [{ reason: '<script>alert(1)</script> wrong outcome', count: 2 }],
    excludedFullTextTotal: 2,
  };
  const svg = prismaSvg(counts, labels);

  it('is a well-formed SVG document with a box for every number', () => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.nodeName).toBe('svg');
    for (const id of BOX_IDS) expect(doc.querySelector(`[data-box="${id}"]`), id).not.toBeNull();
  });

  it('escapes names and reasons that come from the data', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Garuda &#38; &#60;Portal&#62; (n = 7)');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; wrong outcome (n = 2)');
  });

  it('gives the same numbers as rows for the CSV', () => {
    const rows = prismaRows(counts, labels);
    expect(rows).toContainEqual(['identified', 'Garuda & <Portal>', '7']);
    expect(rows).toContainEqual(['excludedFullText', '<script>alert(1)</script> wrong outcome', '2']);
  });

  it('keeps every line inside its box, also in Indonesian, whose labels run longer', () => {
    // The Indonesian words of the "removed before screening" box, as the dashboard gives them.
    const id = messages as Record<string, { message: string }>;
    const indonesian = new Proxy({} as PrismaLabels, {
      get: (_, key) => (key === 'automation' ? id.prismaAutomation.message : key === 'duplicates' ? id.prismaDuplicates.message : `${String(key)} (n = $1)`),
    });
    const drawn = new DOMParser().parseFromString(prismaSvg(counts, indonesian), 'image/svg+xml');
    for (const box of Array.from(drawn.querySelectorAll('.prisma-box'))) {
      const width = Number(box.querySelector('rect')!.getAttribute('width'));
      for (const line of Array.from(box.querySelectorAll('text'))) {
        const bold = line.getAttribute('font-weight') === '700';
        // Arial at 13 px: at most ~6.4 px a character (bold 7), within the box's padding.
        expect(line.textContent!.length * (bold ? 7 : 6.4), line.textContent!).toBeLessThanOrEqual(width - 20);
      }
    }
    // Broken across lines, nothing lost.
    const removed = Array.from(drawn.querySelectorAll('[data-box="removed"] text'), (t) => t.textContent).join(' ');
    expect(removed).toContain('Rekaman ditandai tidak memenuhi syarat oleh alat otomatis (n = 0)');
  });

  it('breaks no count "(n = 1,088)" apart, and keeps what is glued to it ("(n = 14):")', () => {
    const long = new Proxy({} as PrismaLabels, {
      get: (_, key) => (key === 'otherReasons' ? 'Records removed for other reasons (n = $1): results reported but not viewed' : `${String(key)} (n = $1):`),
    });
    const drawn = prismaSvg({ ...counts, removedOther: 1088 }, long);
    expect(drawn).toContain('(n = 1,088): results');
    expect(drawn).not.toMatch(/\(n = [\d,]+\) :/);
  });
});
