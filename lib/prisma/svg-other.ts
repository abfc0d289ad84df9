// The column "Identification of studies via other methods" of the PRISMA 2020 diagram
// (lib/prisma/other-methods.ts counts it): records identified per method, then reports sought,
// not retrieved, assessed and excluded with reasons, on into the one "Studies included" box.
import type { OtherMethod } from '../model';
import type { PrismaCounts } from './compute';
import type { PrismaLabels } from './svg';
import { arrowDown, arrowPath, arrowRight, boxAt, height, LEFT, MAIN_W, numbered, OTHER_SIDE_W, OTHER_SIDE_X, OTHER_W, OTHER_X, type Box, type FormatNumber } from './svg-parts';

const METHOD_LABEL: Record<OtherMethod, keyof PrismaLabels> = {
  'citation-searching': 'citationSearching',
  websites: 'websites',
  organisations: 'organisations',
  'hand-searching': 'handSearching',
};

/** Whether the diagram has the column: a search reported under another method counts. */
export const hasOtherColumn = (p: PrismaCounts): boolean => (p.other?.searches ?? 0) > 0;

/**
 * The column's boxes, by the row of the databases' flow they sit beside: identified (0), what
 * was not sought for retrieval (1, Saring's note: records excluded on title and abstract),
 * sought and not retrieved (2), assessed and excluded with reasons (3).
 */
export function otherRows(p: PrismaCounts, l: PrismaLabels, format: FormatNumber): Box[][] {
  const o = p.other;
  const n = numbered(format);
  const main = (id: Box['id'], text: string, bold = false) => boxAt(id, OTHER_X, OTHER_W, [{ text, bold }]);
  const side = (id: Box['id'], lines: Box['lines']) => boxAt(id, OTHER_SIDE_X, OTHER_SIDE_W, lines);
  return [
    [
      boxAt('otherIdentified', OTHER_X, OTHER_W, [
        { text: l.identifiedFrom, bold: true },
        ...o.identified.map((m) => ({ text: n(l[METHOD_LABEL[m.method]], m.count), indent: true })),
      ]),
    ],
    [side('otherNotSought', [{ text: n(l.notSought, o.notSought) }])],
    [main('otherSought', n(l.sought, o.sought)), side('otherNotRetrieved', [{ text: n(l.notRetrieved, o.notRetrieved) }])],
    [
      main('otherAssessed', n(l.assessed, o.assessed)),
      side('otherExcludedFullText', [
        { text: n(l.reportsExcluded, o.excludedFullTextTotal), bold: true },
        ...o.excludedFullText.map((r) => ({ text: `${r.reason || l.noReason} (n = ${format(r.count)})`, indent: true })),
      ]),
    ],
  ];
}

/**
 * The column's arrows once the rows are placed: down the column, right to what left it, and from
 * "assessed" on into "Studies included in review", under the row of that box (`below`).
 */
export function otherArrows(rows: Box[][], included: Box, below: number): string[] {
  const [[identified], [notSought], [sought, notRetrieved], [assessed, excluded]] = rows;
  const x = OTHER_X + OTHER_W / 2;
  const middle = (a: Box, b: Box) => a.y + Math.min(height(a), height(b)) / 2;
  const into = LEFT + MAIN_W * 0.75;
  return [
    arrowDown(x, identified.y + height(identified), sought.y),
    arrowRight(x, OTHER_SIDE_X, notSought.y + height(notSought) / 2),
    arrowRight(OTHER_X + OTHER_W, OTHER_SIDE_X, middle(sought, notRetrieved)),
    arrowDown(x, sought.y + height(sought), assessed.y),
    arrowRight(OTHER_X + OTHER_W, OTHER_SIDE_X, middle(assessed, excluded)),
    arrowPath([
      [x, assessed.y + height(assessed)],
      [x, below],
      [into, below],
      [into, included.y + height(included) + 2],
    ]),
  ];
}

/** The column's numbers as rows (box, label, count) for the CSV download. */
export function otherCsvRows(p: PrismaCounts, l: PrismaLabels, format: FormatNumber): string[][] {
  const o = p.other;
  const n = numbered(format);
  const row = (box: string, label: string, count: number) => [box, n(label, count), String(count)];
  return [
    ...o.identified.map((m) => row('otherIdentified', l[METHOD_LABEL[m.method]], m.count)),
    row('otherNotSought', l.notSought, o.notSought),
    row('otherSought', l.sought, o.sought),
    row('otherNotRetrieved', l.notRetrieved, o.notRetrieved),
    row('otherAssessed', l.assessed, o.assessed),
    ...o.excludedFullText.map((r) => ['otherExcludedFullText', r.reason || l.noReason, String(r.count)]),
  ];
}
