import { useMemo, useState } from 'preact/hooks';
import { applyWindowRule, type ReviewData } from '../../lib/db';
import { prismaOfReview, type PrismaCounts } from '../../lib/prisma/compute';
import { listsMovedByDefault } from '../../lib/prisma/other-methods';
import { prismaRows, prismaSvg, type BoxId, type OTHER_BOX_IDS, type PrismaLabels } from '../../lib/prisma/svg';
import { writeCsv } from '../../lib/formats/csv-write';
import { excludedInsideWindow, windowYears } from '../../lib/screening/window';
import { reasonFor } from '../../lib/screening/suggest';
import { t, tCount, tCountOf, type MessageKey, formatNumber } from '../../lib/i18n';
import { downloadText, fileSlug } from '../download';
import type { ReviewViewProps } from './view-props';
import { csvSeparator } from './csv-separator';

function labels(): PrismaLabels {
  const keys: Record<keyof PrismaLabels, MessageKey> = {
    identification: 'prismaIdentification',
    screening: 'prismaScreening',
    included: 'prismaIncluded',
    identifiedFrom: 'prismaIdentifiedFrom',
    databases: 'prismaDatabases',
    removedBefore: 'prismaRemovedBefore',
    duplicates: 'prismaDuplicates',
    automation: 'prismaAutomation',
    otherReasons: 'prismaOtherReasons',
    screened: 'prismaScreened',
    excluded: 'prismaExcluded',
    sought: 'prismaSought',
    notRetrieved: 'prismaNotRetrieved',
    assessed: 'prismaAssessed',
    reportsExcluded: 'prismaReportsExcluded',
    studiesIncluded: 'prismaStudiesIncluded',
    reportsIncluded: 'prismaReportsIncluded',
    awaiting: 'prismaAwaiting',
    awaitingScreening: 'prismaAwaitingScreening',
    awaitingFullText: 'prismaAwaitingFullText',
    noReason: 'prismaNoReason',
    databasesColumn: 'prismaDatabasesColumn',
    otherColumn: 'prismaOtherColumn',
    citationSearching: 'prismaCitationSearching',
    websites: 'prismaWebsites',
    organisations: 'prismaOrganisations',
    handSearching: 'prismaHandSearching',
    notSought: 'prismaNotSought',
  };
  return Object.fromEntries(Object.entries(keys).map(([k, key]) => [k, t(key, '$1')])) as unknown as PrismaLabels;
}

/**
 * A box of the diagram, the records left out of it (found only by searches that do not count),
 * or those the window rule excluded that the window takes in now.
 */
type Listed = BoxId | 'uncounted' | 'insideWindow';

/** Which record keys a box of the diagram stands for. */
function keysOf(box: Listed, p: PrismaCounts, insideWindow: string[] = []): string[] {
  const b = p.boxes;
  switch (box) {
    case 'insideWindow':
      return insideWindow;
    case 'uncounted':
      return b.uncounted;
    case 'identified':
      return [...b.removedAutomation, ...b.excludedScreening, ...b.awaitingScreening, ...b.awaitingFullText, ...b.notRetrieved, ...b.excludedFullText, ...b.included, ...b.deleted];
    case 'removed':
      // A deleted record found twice is a duplicate and deleted: listed once.
      return [...new Set([...b.removedAutomation, ...p.duplicateRecords, ...b.deleted])];
    case 'screened':
      return [...b.excludedScreening, ...b.awaitingScreening, ...b.awaitingFullText, ...b.notRetrieved, ...b.excludedFullText, ...b.included];
    case 'excludedScreening':
      return b.excludedScreening;
    case 'sought':
      return [...b.notRetrieved, ...b.excludedFullText, ...b.included];
    case 'notRetrieved':
      return b.notRetrieved;
    case 'assessed':
      return [...b.excludedFullText, ...b.included];
    case 'excludedFullText':
      return b.excludedFullText;
    case 'included':
      return [...b.included, ...b.otherIncluded];
    case 'awaiting':
      return [...b.awaitingScreening, ...b.awaitingFullText, ...b.otherAwaitingScreening, ...b.otherAwaitingFullText];
    default:
      return otherKeysOf(box, b);
  }
}

/** The column "via other methods": which record keys each of its boxes stands for. */
function otherKeysOf(box: (typeof OTHER_BOX_IDS)[number], b: PrismaCounts['boxes']): string[] {
  const assessed = [...b.otherExcludedFullText, ...b.otherIncluded];
  switch (box) {
    case 'otherIdentified':
      return [...b.otherNotSought, ...b.otherAwaitingScreening, ...b.otherAwaitingFullText, ...b.otherNotRetrieved, ...assessed];
    case 'otherNotSought':
      return b.otherNotSought;
    case 'otherSought':
      return [...b.otherNotRetrieved, ...assessed];
    case 'otherNotRetrieved':
      return b.otherNotRetrieved;
    case 'otherAssessed':
      return assessed;
    case 'otherExcludedFullText':
      return b.otherExcludedFullText;
  }
}

/** Draw an SVG document onto a canvas at twice its size and hand back a PNG. */
async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

type Row = ReviewData['records'][number];

/** Download the PNG rendering of the diagram. */
async function downloadPng(svg: string, slug: string) {
  const png = await svgToPng(svg);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(png);
  link.download = `${slug}.png`;
  link.click();
}

type ActionsProps = { svg: string; slug: string; counts: PrismaCounts; l: PrismaLabels; range: string; onApplyWindow: () => Promise<void> };

function PrismaActions({ svg, slug, counts, l, range, onApplyWindow }: ActionsProps) {
  return (
    <div class="actions">
      <button type="button" onClick={() => downloadText(`${slug}.svg`, svg, 'image/svg+xml')}>
        {t('prismaDownloadSvg')}
      </button>
      <button type="button" onClick={() => downloadPng(svg, slug)}>
        {t('prismaDownloadPng')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(`${slug}.csv`, writeCsv(['box', 'label', 'count'], prismaRows(counts, l, formatNumber), csvSeparator()), 'text/csv;charset=utf-8')}
      >
        {t('prismaDownloadCsv')}
      </button>
      <button type="button" onClick={onApplyWindow}>
        {t('prismaApplyWindow', range)}
      </button>
    </div>
  );
}

function BoxRecords({ box, counts, byKey, insideWindow }: { box: Listed; counts: PrismaCounts; byKey: Map<string, Row>; insideWindow: string[] }) {
  const keys = keysOf(box, counts, insideWindow);
  return (
    <section class="box-records" aria-live="polite">
      <h2>{t('prismaBoxRecords', keys.length)}</h2>
      {box === 'removed' && <p class="muted">{tCount('prismaRemovedNote', counts.removedDeleted, tCount('prismaNotViewed', counts.removedNotViewed))}</p>}
      <ol>
        {keys.slice(0, 500).map((key) => {
          const r = byKey.get(key);
          return <li key={key}>{r ? `${r.article.title} (${r.article.year ?? '?'}) — ${r.sources.map((s) => s.database).join(', ')}` : key}</li>;
        })}
      </ol>
    </section>
  );
}

/** What the diagram leaves out or may count wrongly, each with the records it names. */
function PrismaNotices({ counts, insideWindow, range, moved, show }: { counts: PrismaCounts; insideWindow: string[]; range: string; moved: number; show: (box: Listed) => void }) {
  const listed = (text: string, box: Listed) => (
    <p class="notice">
      {text}{' '}
      <button type="button" class="link" onClick={() => show(box)}>
        {t('prismaUncountedShow')}
      </button>
    </p>
  );
  return (
    <>
      {counts.boxes.uncounted.length > 0 && listed(tCount('prismaUncounted', counts.boxes.uncounted.length, counts.uncountedIncluded), 'uncounted')}
      {insideWindow.length > 0 && listed(tCount('prismaInsideWindow', insideWindow.length, range), 'insideWindow')}
      {moved > 0 && <p class="notice">{tCount('prismaListsMoved', moved)}</p>}
      {counts.flags.map((f) => (
        <p class="notice" role="alert" key={f.searchId}>
          ⚠ {tCountOf(f.seen, 'prismaFlag', f.database, f.query, f.reported, f.seen)}
        </p>
      ))}
    </>
  );
}

/** The PRISMA 2020 flow diagram computed from the review's data; every box lists its records. */
export function PrismaView({ data, reload, notifyChanged }: ReviewViewProps) {
  const counts = useMemo(() => prismaOfReview(data), [data]);
  const l = labels();
  const svg = useMemo(() => prismaSvg(counts, l, formatNumber), [counts]);
  const [box, setBox] = useState<Listed | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const slug = `saring-${fileSlug(data.review.title)}-prisma`;
  const byKey = useMemo(() => new Map([...data.records, ...data.deleted].map((r) => [r.key, r])), [data]);

  const open = (event: Event) => {
    const target = (event.target as Element).closest?.('[data-box]');
    if (target) setBox(target.getAttribute('data-box') as BoxId);
  };
  const window = windowYears(data.review.window);
  // Of the records the diagram counts (an uncounted one is in no box of it).
  const insideWindow = useMemo(() => {
    const outside = new Set(counts.boxes.uncounted);
    return excludedInsideWindow(
      data.records.filter((r) => !outside.has(r.key)),
      data.screening.final,
      data.review.window,
    );
  }, [data, counts]);
  const applyWindow = async () => {
    const n = await applyWindowRule(data.review.id, data.records, data.review.window, reasonFor('window', data.review.exclusionReasons));
    setMessage(tCount('prismaWindowApplied', n, `${window.from}–${window.to}`));
    await reload();
    notifyChanged();
  };

  return (
    <section class="prisma">
      <PrismaActions svg={svg} slug={slug} counts={counts} l={l} range={`${window.from}–${window.to}`} onApplyWindow={applyWindow} />
      {message && (
        <p role="status" class="notice">
          {message}
        </p>
      )}
      <PrismaNotices counts={counts} insideWindow={insideWindow} range={`${window.from}–${window.to}`} moved={listsMovedByDefault(data.searches).length} show={setBox} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the diagram's boxes inside the SVG are the focusable buttons; this only delegates their clicks and keys. */}
      <div
        class="prisma-diagram"
        onClick={open}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && open(e)}
        // The SVG is built by lib/prisma/svg.ts from numbers and escaped labels only.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {box && <BoxRecords box={box} counts={counts} byKey={byKey} insideWindow={insideWindow} />}
    </section>
  );
}
