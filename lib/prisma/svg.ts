import type { PrismaCounts } from './compute';
import { hasOtherColumn, otherArrows, otherCsvRows, otherRows } from './svg-other';
import {
  arrowDown,
  arrowRight,
  drawBox,
  ENGLISH,
  escapeXml,
  GAP,
  height,
  LEFT,
  MAIN_W,
  mainBox,
  numbered,
  OTHER_SIDE_W,
  OTHER_SIDE_X,
  OTHER_X,
  SIDE_W,
  SIDE_X,
  sideBox,
  type Box,
  type FormatNumber,
} from './svg-parts';

export { BOX_IDS, OTHER_BOX_IDS, type BoxId, type FormatNumber } from './svg-parts';

/** The words of the diagram, in the reviewer's language. `$1` is replaced by a number. */
export interface PrismaLabels {
  identification: string;
  screening: string;
  included: string;
  identifiedFrom: string;
  databases: string;
  removedBefore: string;
  duplicates: string;
  automation: string;
  otherReasons: string;
  screened: string;
  excluded: string;
  sought: string;
  notRetrieved: string;
  assessed: string;
  reportsExcluded: string;
  studiesIncluded: string;
  reportsIncluded: string;
  awaiting: string;
  awaitingScreening: string;
  awaitingFullText: string;
  /** A full-text exclusion given without a reason. */
  noReason: string;
  /** The columns' headings, drawn when the column "via other methods" is. */
  databasesColumn: string;
  otherColumn: string;
  citationSearching: string;
  websites: string;
  organisations: string;
  handSearching: string;
  /** Saring's note in that column: its records excluded on title and abstract. */
  notSought: string;
}

// Records awaiting a decision, of both columns: Saring's note beside "Studies included".
const awaitingScreening = (p: PrismaCounts) => p.awaitingScreening + (p.other?.awaitingScreening ?? 0);
const awaitingFullText = (p: PrismaCounts) => p.awaitingFullText + (p.other?.awaitingFullText ?? 0);

/** The diagram's rows: a box of the main flow and, beside it, what left the flow there. */
function flowRows(p: PrismaCounts, l: PrismaLabels, format: FormatNumber): [Box, Box][] {
  const n = numbered(format);
  const indented = (texts: string[]) => texts.map((text) => ({ text, indent: true }));
  return [
    [
      mainBox('identified', [
        { text: l.identifiedFrom, bold: true },
        { text: n(l.databases, p.identifiedTotal) },
        ...indented(p.identified.map((d) => `${d.database} (n = ${format(d.count)})`)),
      ]),
      sideBox('removed', [
        { text: l.removedBefore, bold: true },
        ...indented([n(l.duplicates, p.duplicates), n(l.automation, p.removedAutomation), n(l.otherReasons, p.removedOther)]),
      ]),
    ],
    [mainBox('screened', [{ text: n(l.screened, p.screened) }]), sideBox('excludedScreening', [{ text: n(l.excluded, p.excludedScreening) }])],
    [mainBox('sought', [{ text: n(l.sought, p.sought) }]), sideBox('notRetrieved', [{ text: n(l.notRetrieved, p.notRetrieved) }])],
    [
      mainBox('assessed', [{ text: n(l.assessed, p.assessed) }]),
      sideBox('excludedFullText', [
        { text: n(l.reportsExcluded, p.excludedFullTextTotal), bold: true },
        ...indented(p.excludedFullText.map((r) => `${r.reason || l.noReason} (n = ${format(r.count)})`)),
      ]),
    ],
    [
      mainBox('included', [{ text: n(l.studiesIncluded, p.included), bold: true }, { text: n(l.reportsIncluded, p.includedReports) }]),
      sideBox('awaiting', [{ text: l.awaiting, bold: true }, ...indented([n(l.awaitingScreening, awaitingScreening(p)), n(l.awaitingFullText, awaitingFullText(p))])]),
    ],
  ];
}

/**
 * Rows placed one under the other, with arrows: right to each side box, down the main flow.
 * `beside`: boxes of the other-methods column, by the row they sit in (its arrows are its own).
 */
function layout(rows: [Box, Box][], beside: Box[][], top: number) {
  const boxes: Box[] = [];
  const arrows: string[] = [];
  const tops: number[] = [];
  const bottoms: number[] = [];
  let y = top;
  rows.forEach(([main, side], i) => {
    const row = [main, side, ...(beside[i] ?? [])];
    for (const box of row) box.y = y;
    boxes.push(...row);
    // The last side box (awaiting) is a note, not a flow from "included": no arrow to it.
    if (i < rows.length - 1) arrows.push(arrowRight(LEFT + MAIN_W, SIDE_X, y + Math.min(height(main), height(side)) / 2));
    tops.push(y);
    bottoms.push(y + Math.max(...row.map(height)));
    y = bottoms[i] + GAP;
  });
  for (let i = 1; i < rows.length; i++) arrows.push(arrowDown(LEFT + MAIN_W / 2, tops[i - 1] + height(rows[i - 1][0]), tops[i]));
  return { boxes, arrows, tops, bottoms, total: y - GAP + 20 };
}

const phase = (label: string, y1: number, y2: number) =>
  `<g class="phase"><rect x="10" y="${y1}" width="32" height="${y2 - y1}" rx="4" fill="#cfe8e5" stroke="#0f766e"/><text transform="translate(31 ${(y1 + y2) / 2}) rotate(-90)" text-anchor="middle" font-weight="700">${escapeXml(label)}</text></g>`;

const HEADING = 30;
const heading = (label: string, x1: number, x2: number) =>
  `<g class="heading"><rect x="${x1}" y="20" width="${x2 - x1}" height="${HEADING}" rx="4" fill="#fdf3c4" stroke="#a16207"/><text x="${(x1 + x2) / 2}" y="39" text-anchor="middle" font-weight="700">${escapeXml(label)}</text></g>`;

/**
 * The PRISMA 2020 flow diagram as a standalone SVG document: phases on the left, the
 * databases' flow in the middle, removals and exclusions on its right; when a search of another
 * method counts, the column "via other methods" beside them, under the template's two headings.
 * Each box carries `data-box` so the dashboard can list the records behind it.
 */
export function prismaSvg(p: PrismaCounts, l: PrismaLabels, format: FormatNumber = ENGLISH): string {
  const other = hasOtherColumn(p) ? otherRows(p, l, format) : [];
  const { boxes, arrows, tops, bottoms, total } = layout(flowRows(p, l, format), other, other.length ? 20 + HEADING + GAP / 2 : 20);
  // The other column's way into "included" runs under that row: the drawing grows by it.
  const below = bottoms[4] + GAP / 2;
  const tall = other.length ? below + 20 : total;
  const width = (other.length ? OTHER_SIDE_X + OTHER_SIDE_W : SIDE_X + SIDE_W) + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${tall}" viewBox="0 0 ${width} ${tall}" font-family="Arial, Helvetica, sans-serif" font-size="13" fill="#1f2933">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#1f2933"/></marker></defs>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    ...(other.length ? [heading(l.databasesColumn, LEFT, SIDE_X + SIDE_W), heading(l.otherColumn, OTHER_X, OTHER_SIDE_X + OTHER_SIDE_W)] : []),
    phase(l.identification, tops[0], bottoms[0]),
    phase(l.screening, tops[1], bottoms[3]),
    phase(l.included, tops[4], total - 20),
    ...boxes.map(drawBox),
    ...arrows,
    ...(other.length ? otherArrows(other, boxes.find((b) => b.id === 'included')!, below) : []),
    '</svg>',
  ].join('');
}

/** The numbers as rows (box, label, count) for the CSV download. */
export function prismaRows(p: PrismaCounts, l: PrismaLabels, format: FormatNumber = ENGLISH): string[][] {
  const n = numbered(format);
  return [
    ...p.identified.map((d) => ['identified', d.database, String(d.count)]),
    ['identified', n(l.databases, p.identifiedTotal), String(p.identifiedTotal)],
    ['removed', n(l.duplicates, p.duplicates), String(p.duplicates)],
    ['removed', n(l.automation, p.removedAutomation), String(p.removedAutomation)],
    ['removed', n(l.otherReasons, p.removedOther), String(p.removedOther)],
    ['screened', n(l.screened, p.screened), String(p.screened)],
    ['excludedScreening', n(l.excluded, p.excludedScreening), String(p.excludedScreening)],
    ['sought', n(l.sought, p.sought), String(p.sought)],
    ['notRetrieved', n(l.notRetrieved, p.notRetrieved), String(p.notRetrieved)],
    ['assessed', n(l.assessed, p.assessed), String(p.assessed)],
    ...p.excludedFullText.map((r) => ['excludedFullText', r.reason || l.noReason, String(r.count)]),
    ...(hasOtherColumn(p) ? otherCsvRows(p, l, format) : []),
    ['included', n(l.studiesIncluded, p.included), String(p.included)],
    ['includedReports', n(l.reportsIncluded, p.includedReports), String(p.includedReports)],
    ['awaiting', n(l.awaitingScreening, awaitingScreening(p)), String(awaitingScreening(p))],
    ['awaiting', n(l.awaitingFullText, awaitingFullText(p)), String(awaitingFullText(p))],
  ];
}
