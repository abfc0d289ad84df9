// Review of 656c734 (lib/prisma/svg.ts fitted): lines are broken at a fixed 6.4 px a character,
// the width of lower-case Arial at 13 px. A reviewer's own exclusion reason written in capitals
// ("WRONG STUDY DESIGN (NOT RCT OR QUASI-EXPERIMENTAL)") is ~8.7 px a character and still runs
// past the right border of the "Reports excluded" box, in the dashboard and the SVG/PNG download.
import { expect, it } from 'vitest';
import { prismaSvg, type PrismaLabels } from '../../lib/prisma/svg';

// Helvetica/Arial advance widths (per 1000 em) of the capitals, space and brackets (AFM).
const CAPS: Record<string, number> = {
  A: 667,
  C: 722,
  D: 722,
  E: 667,
  G: 778,
  I: 278,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  W: 944,
  X: 667,
  Y: 667,
};
const OTHER: Record<string, number> = { ' ': 278, '(': 333, ')': 333, '-': 333, '=': 584 };
const px = (text: string) => [...text].reduce((sum, c) => sum + (CAPS[c] ?? OTHER[c] ?? 556), 0) * 0.013;

it("keeps a reason written in capitals inside the box's border", () => {
  const labels = new Proxy({}, { get: () => 'x (n = $1)' }) as PrismaLabels;
  const counts = {
    identified: [],
    identifiedTotal: 1,
    duplicates: 0,
    removedAutomation: 0,
    removedOther: 0,
    screened: 1,
    excludedScreening: 0,
    sought: 1,
    notRetrieved: 0,
    assessed: 1,
    excludedFullTextTotal: 1,
    excludedFullText: [{ reason: 'WRONG STUDY DESIGN (NOT RCT OR QUASI-EXPERIMENTAL)', count: 1 }],
    included: 0,
    includedReports: 0,
    awaitingScreening: 0,
    awaitingFullText: 0,
  };
  const svg = prismaSvg(counts as never, labels);
  const box = svg.split('<g class="prisma-box"').find((g) => g.includes('data-box="excludedFullText"'))!;
  const [, x, w] = /<rect x="(\d+)" y="[\d.]+" width="(\d+)"/.exec(box)!.map(Number);
  for (const [, at, text] of box.matchAll(/<text x="(\d+)"[^>]*>([^<]*)<\/text>/g)) {
    if (!/[A-Z]{4}/.test(text)) continue;
    expect(Number(at) + px(text), text).toBeLessThanOrEqual(x + w);
  }
});
