import type { PrismaCounts } from './compute';

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
  awaiting: string;
  awaitingScreening: string;
  awaitingFullText: string;
  /** A full-text exclusion given without a reason. */
  noReason: string;
}

/** Which records a box stands for (the dashboard lists them when the box is clicked). */
export const BOX_IDS = ['identified', 'removed', 'screened', 'excludedScreening', 'sought', 'notRetrieved', 'assessed', 'excludedFullText', 'included', 'awaiting'] as const;
export type BoxId = (typeof BOX_IDS)[number];

const LINE = 18;
const PAD = 10;
const INDENT = 12;
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** How numbers are written: the reviewer's language decides (lib/i18n formatNumber). */
export type FormatNumber = (value: number) => string;
const ENGLISH: FormatNumber = (value) => value.toLocaleString('en');
const numbered = (format: FormatNumber) => (template: string, value: number) => template.replace('$1', format(value));

/**
 * A text's width in px in the diagram's 13 px Arial, from the font's advance widths (per 1000 em)
 * by class of character: capitals (~720) are far wider than small letters (~500), so a reason a
 * reviewer wrote in capitals ("WRONG STUDY DESIGN (NOT RCT …)") is measured as such. Bold ~7% wider.
 */
function textWidth(text: string, bold = false): number {
  let units = 0;
  for (const c of text) {
    if (" .,;:!|()[]/'-ijlftrI".includes(c)) units += 300;
    else if (c === 'm' || c === 'w') units += 800;
    else if (c === 'M' || c === 'W') units += 900;
    else if (c >= 'A' && c <= 'Z') units += 720;
    else units += 560;
  }
  return (units / 1000) * 13 * (bold ? 1.07 : 1);
}

/** Break a line into pieces no wider than `width` px at spaces; a count "(n = 12)" stays whole. */
function wrap(text: string, width: number, bold = false): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.match(/\(n = [^)]*\)\S*|\S+/g) ?? []) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, bold) > width) {
      out.push(line);
      line = word;
    } else line = longer;
  }
  if (line) out.push(line);
  return out;
}

interface Box {
  id: BoxId;
  x: number;
  y: number;
  w: number;
  lines: { text: string; bold?: boolean; indent?: boolean }[];
}

const height = (box: Box) => box.lines.length * LINE + PAD * 2;

function drawBox(box: Box): string {
  const h = height(box);
  const text = box.lines
    .map(
      (line, i) =>
        `<text x="${box.x + PAD + (line.indent ? INDENT : 0)}" y="${box.y + PAD + (i + 1) * LINE - 5}"${line.bold ? ' font-weight="700"' : ''}>${escapeXml(line.text)}</text>`,
    )
    .join('');
  return `<g class="prisma-box" data-box="${box.id}" tabindex="0" role="button"><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${h}" rx="4" fill="#fff" stroke="#1f2933" stroke-width="1.2"/>${text}</g>`;
}

const arrowDown = (x: number, y1: number, y2: number) => `<line x1="${x}" y1="${y1}" x2="${x}" y2="${y2 - 2}" stroke="#1f2933" stroke-width="1.4" marker-end="url(#arrow)"/>`;
const arrowRight = (x1: number, x2: number, y: number) => `<line x1="${x1}" y1="${y}" x2="${x2 - 2}" y2="${y}" stroke="#1f2933" stroke-width="1.4" marker-end="url(#arrow)"/>`;

const LEFT = 60;
const MAIN_W = 400;
const SIDE_X = LEFT + MAIN_W + 60;
const SIDE_W = 400;
const GAP = 36;
type Line = Box['lines'][number];
/**
 * Each line broken to the box's width (textWidth): Indonesian labels run longer than English ones
 * ("Rekaman ditandai tidak memenuhi syarat oleh alat otomatis (n = 0)"), and a reviewer's reasons
 * are their own words, and must stay inside their box, in the dashboard and in the SVG and PNG a
 * reviewer puts in a thesis. A broken line's rest keeps its indent.
 */
function fitted(w: number, lines: Line[]): Line[] {
  return lines.flatMap((line) => wrap(line.text, w - PAD * 2 - (line.indent ? INDENT : 0), line.bold).map((text) => ({ ...line, text })));
}
const mainBox = (id: Box['id'], lines: Line[]): Box => ({ id, x: LEFT, y: 0, w: MAIN_W, lines: fitted(MAIN_W, lines) });
const sideBox = (id: Box['id'], lines: Line[]): Box => ({ id, x: SIDE_X, y: 0, w: SIDE_W, lines: fitted(SIDE_W, lines) });

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
      mainBox('included', [{ text: n(l.studiesIncluded, p.included), bold: true }]),
      sideBox('awaiting', [{ text: l.awaiting, bold: true }, ...indented([n(l.awaitingScreening, p.awaitingScreening), n(l.awaitingFullText, p.awaitingFullText)])]),
    ],
  ];
}

/** Rows placed one under the other, with arrows: right to each side box, down the main flow. */
function layout(rows: [Box, Box][]) {
  const boxes: Box[] = [];
  const arrows: string[] = [];
  const tops: number[] = [];
  const bottoms: number[] = [];
  let y = 20;
  rows.forEach(([main, side], i) => {
    main.y = side.y = y;
    boxes.push(main, side);
    // The last side box (awaiting) is a note, not a flow from "included": no arrow to it.
    if (i < rows.length - 1) arrows.push(arrowRight(LEFT + MAIN_W, SIDE_X, y + Math.min(height(main), height(side)) / 2));
    tops.push(y);
    bottoms.push(y + Math.max(height(main), height(side)));
    y = bottoms[i] + GAP;
  });
  for (let i = 1; i < rows.length; i++) arrows.push(arrowDown(LEFT + MAIN_W / 2, tops[i - 1] + height(rows[i - 1][0]), tops[i]));
  return { boxes, arrows, tops, bottoms, total: y - GAP + 20 };
}

const phase = (label: string, y1: number, y2: number) =>
  `<g class="phase"><rect x="10" y="${y1}" width="32" height="${y2 - y1}" rx="4" fill="#cfe8e5" stroke="#0f766e"/><text transform="translate(31 ${(y1 + y2) / 2}) rotate(-90)" text-anchor="middle" font-weight="700">${escapeXml(label)}</text></g>`;

/**
 * The PRISMA 2020 flow diagram (databases only) as a standalone SVG document: phases on
 * the left, the main flow in the middle, removals and exclusions on the right. Each box
 * carries `data-box` so the dashboard can list the records behind it.
 */
export function prismaSvg(p: PrismaCounts, l: PrismaLabels, format: FormatNumber = ENGLISH): string {
  const { boxes, arrows, tops, bottoms, total } = layout(flowRows(p, l, format));
  const width = SIDE_X + SIDE_W + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="Arial, Helvetica, sans-serif" font-size="13" fill="#1f2933">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#1f2933"/></marker></defs>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    phase(l.identification, 20, bottoms[0]),
    phase(l.screening, tops[1], bottoms[3]),
    phase(l.included, tops[4], total - 20),
    ...boxes.map(drawBox),
    ...arrows,
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
    ['included', n(l.studiesIncluded, p.included), String(p.included)],
    ['awaiting', n(l.awaitingScreening, p.awaitingScreening), String(p.awaitingScreening)],
    ['awaiting', n(l.awaitingFullText, p.awaitingFullText), String(p.awaitingFullText)],
  ];
}
