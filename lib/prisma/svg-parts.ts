// The drawing parts of the PRISMA diagram (lib/prisma/svg.ts): boxes, lines of text fitted to
// them, arrows and the columns' places, shared by the databases' flow and the other methods'.

/** Which records a box stands for (the dashboard lists them when the box is clicked). */
export const BOX_IDS = ['identified', 'removed', 'screened', 'excludedScreening', 'sought', 'notRetrieved', 'assessed', 'excludedFullText', 'included', 'awaiting'] as const;
/** The boxes of the column "via other methods", drawn only when a search of another method counts. */
export const OTHER_BOX_IDS = ['otherIdentified', 'otherNotSought', 'otherSought', 'otherNotRetrieved', 'otherAssessed', 'otherExcludedFullText'] as const;
export type BoxId = (typeof BOX_IDS)[number] | (typeof OTHER_BOX_IDS)[number];

const LINE = 18;
const PAD = 10;
const INDENT = 12;
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** How numbers are written: the reviewer's language decides (lib/i18n formatNumber). */
export type FormatNumber = (value: number) => string;
export const ENGLISH: FormatNumber = (value) => value.toLocaleString('en');
export const numbered = (format: FormatNumber) => (template: string, value: number) => template.replace('$1', format(value));

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

export interface Box {
  id: BoxId;
  x: number;
  y: number;
  w: number;
  lines: { text: string; bold?: boolean; indent?: boolean }[];
}

export const height = (box: Box) => box.lines.length * LINE + PAD * 2;

export function drawBox(box: Box): string {
  const h = height(box);
  const text = box.lines
    .map(
      (line, i) =>
        `<text x="${box.x + PAD + (line.indent ? INDENT : 0)}" y="${box.y + PAD + (i + 1) * LINE - 5}"${line.bold ? ' font-weight="700"' : ''}>${escapeXml(line.text)}</text>`,
    )
    .join('');
  return `<g class="prisma-box" data-box="${box.id}" tabindex="0" role="button"><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${h}" rx="4" fill="#fff" stroke="#1f2933" stroke-width="1.2"/>${text}</g>`;
}

export const arrowDown = (x: number, y1: number, y2: number) =>
  `<line x1="${x}" y1="${y1}" x2="${x}" y2="${y2 - 2}" stroke="#1f2933" stroke-width="1.4" marker-end="url(#arrow)"/>`;
export const arrowRight = (x1: number, x2: number, y: number) =>
  `<line x1="${x1}" y1="${y}" x2="${x2 - 2}" y2="${y}" stroke="#1f2933" stroke-width="1.4" marker-end="url(#arrow)"/>`;

export const LEFT = 60;
export const MAIN_W = 400;
export const SIDE_X = LEFT + MAIN_W + 60;
export const SIDE_W = 400;
/** The column "via other methods", right of the databases' removals: narrower, as in the template. */
export const OTHER_X = SIDE_X + SIDE_W + 60;
export const OTHER_W = 300;
export const OTHER_SIDE_X = OTHER_X + OTHER_W + 60;
export const OTHER_SIDE_W = 300;
export const GAP = 36;
export type Line = Box['lines'][number];
/**
 * Each line broken to the box's width (textWidth): Indonesian labels run longer than English ones
 * ("Rekaman ditandai tidak memenuhi syarat oleh alat otomatis (n = 0)"), and a reviewer's reasons
 * are their own words, and must stay inside their box, in the dashboard and in the SVG and PNG a
 * reviewer puts in a thesis. A broken line's rest keeps its indent.
 */
function fitted(w: number, lines: Line[]): Line[] {
  return lines.flatMap((line) => wrap(line.text, w - PAD * 2 - (line.indent ? INDENT : 0), line.bold).map((text) => ({ ...line, text })));
}
/** A box at a column's place and width, its lines fitted; placed down the page by the layout. */
export const boxAt = (id: BoxId, x: number, w: number, lines: Line[]): Box => ({ id, x, y: 0, w, lines: fitted(w, lines) });
export const mainBox = (id: BoxId, lines: Line[]): Box => boxAt(id, LEFT, MAIN_W, lines);
export const sideBox = (id: BoxId, lines: Line[]): Box => boxAt(id, SIDE_X, SIDE_W, lines);

/** An arrow along the points given (the other-methods column's way into "included"). */
export const arrowPath = (points: [number, number][]) =>
  `<polyline points="${points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="none" stroke="#1f2933" stroke-width="1.4" marker-end="url(#arrow)"/>`;
