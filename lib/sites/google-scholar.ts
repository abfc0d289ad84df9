import { resultList } from './read';
import type { Article } from '../model';
import { cleanText, parseYear } from '../model/normalize';
import { readByline, readProfileVenue, splitAuthors, uncut } from './scholar-byline';
import type { PageExtraction, ResultRow, SiteAdapter } from './types';
import { absUrl, blockLines, bounded, copyParams, finish, intParam, pageNumber, param, parseCount, queryOf, textExcept, textOf, titleText } from './dom';

// Google's country domains (google.com/supported_domains). Chrome match patterns cannot
// wildcard a top-level domain, so every Scholar host is listed.
const TLDS = (
  'com ad ae com.af com.ag com.ai al am co.ao com.ar as at com.au az ba com.bd be bf bg com.bh bi bj ' +
  'com.bn com.bo com.br bs bt co.bw by com.bz ca cat cd cf cg ch ci co.ck cl cm cn com.co co.cr com.cu cv ' +
  'com.cy cz de dj dk dm com.do dz com.ec ee com.eg es com.et fi com.fj fm fr ga ge gg com.gh com.gi gl ' +
  'gm gp gr com.gt gy com.hk hn hr ht hu co.id ie co.il im co.in iq is it je com.jm jo co.jp co.ke com.kh ' +
  'ki kg co.kr com.kw kz la com.lb li lk co.ls lt lu lv com.ly co.ma md me mg mk ml com.mm mn ms com.mt ' +
  'mu mv mw com.mx com.my co.mz com.na com.nf com.ng com.ni ne nl no com.np nr nu co.nz com.om com.pa ' +
  'com.pe com.pg com.ph com.pk pl pn com.pr ps pt com.py com.qa ro rs ru rw com.sa com.sb sc se com.sg ' +
  'sh si sk com.sl sn so sm sr st com.sv td tg co.th com.tj tk tl tm tn to com.tr tt com.tw co.tz ' +
  'com.ua co.ug co.uk com.uy co.uz com.vc co.ve vg co.vi com.vn vu ws co.za co.zm co.zw'
).split(' ');
const HOSTS = new Set(TLDS.map((tld) => `scholar.google.${tld}`));

// Result rows: `div.gs_r` holding a `div.gs_ri` body (2016 and 2020+ markup). The "User
// profiles for …" and query-suggestion blocks are also `.gs_r` but have no `.gs_ri`.
const ROW_BODY = '.gs_r > .gs_ri';
// Badge spans before a title ("[PDF]", "[CITATION]") and the "[PDF]" tag on side links.
const BADGE = '.gs_ctu, .gs_ctc, .gs_ct1, .gs_ct2, .gs_ctg2';
// Filters that Scholar writes into the URL; hl (interface language), start, num are not limits.
const FILTER_PARAMS = [
  'as_vis',
  'as_sdt',
  'scisbd',
  'as_rr',
  'as_epq',
  'as_oq',
  'as_eq',
  'as_occt',
  'as_sauthors',
  'as_publication',
  'lr',
  'cites',
  'cluster',
  'scilib',
  'as_q',
] as const;

/** A Scholar link that does not depend on the country domain the reviewer happens to use. */
function clusterUrl(cid: string | undefined, clusterId: string | undefined): string {
  if (clusterId) return `https://scholar.google.com/scholar?cluster=${clusterId}`;
  return `https://scholar.google.com/scholar?q=${encodeURIComponent(`info:${cid ?? ''}:scholar.google.com/`)}`;
}

function readResultRow(row: Element, body: Element, url: URL): Article | null {
  const h3 = body.querySelector('.gs_rt');
  const link = h3?.querySelector('a[href]');
  // CITATION items have no link: the title is a span (with the cid as id) after the badges.
  // A title cut to the words searched for starts or ends with "…" (not "...": titles may end so).
  const [title, titleCut] = uncut(titleText(link ? textOf(link) : textExcept(h3, BADGE)), /^…\s*/, /\s*…$/);
  const links = body.querySelectorAll('.gs_fl a[href]');
  let citedBy: number | undefined;
  let clusterId: string | undefined;
  let related: string | undefined;
  for (const a of Array.from(links)) {
    const href = a.getAttribute('href') ?? '';
    const cites = /[?&]cites=(\d+)/.exec(href);
    if (cites && citedBy === undefined) {
      citedBy = parseCount(a.textContent);
      clusterId ??= cites[1];
    }
    const cluster = /[?&]cluster=(\d+)/.exec(href);
    if (cluster) clusterId = cluster[1];
    related ??= /related:([\w-]+):/.exec(href)?.[1];
  }
  // 2016 rows carry no data-cid: the id is in the "Related articles" link or the cite handler.
  const cid =
    row.getAttribute('data-cid') || related || /gs_ocit\(event,\s*'([\w-]+)'/.exec(body.querySelector('[onclick*="gs_ocit"]')?.getAttribute('onclick') ?? '')?.[1] || undefined;
  const side = row.querySelector('.gs_ggs a[href]');
  const sideHref = absUrl(side?.getAttribute('href'), url);
  const isPdf = /\[PDF\]/i.test(side?.querySelector('.gs_ctg2')?.textContent ?? '') || /\.pdf($|[?#])/i.test(sideHref ?? '');
  // Expanded rows (an exact-title search, some top results): authors in .gs_fmaa, then "Venue, Year • host".
  const a = body.querySelector('.gs_a');
  const fma = a?.querySelector('.gs_fmaa');
  const byline = readByline(fma ? `${textOf(fma)} - ${textExcept(a, '.gs_fmaa').replace(/\s*[•·]\s*/, ' - ')}` : textOf(a), !!link);
  // A citation or book row names its publisher's place, "Jakarta: Kemenkes RI": no journal.
  if ((!link || /\[B/.test(textOf(h3))) && /^[^:]{2,40}: /.test(byline.journal ?? '')) byline.journal = undefined;
  // A court case's byline starts with its reporter citations ("410 US 113"), not authors.
  if (/\/scholar_case\?/.test(link?.getAttribute('href') ?? '')) byline.authors = [];
  return finish({
    title,
    ...byline,
    cut: titleCut ? { ...byline.cut, title: titleCut } : byline.cut,
    url: absUrl(link?.getAttribute('href'), url) ?? clusterUrl(cid, clusterId),
    pdfUrl: isPdf ? sideHref : undefined,
    // <br> separates snippet lines: read by lines so words on either side do not run together.
    // Sorted by date, a snippet starts with its age ("13 days ago - "), in span.gs_age.
    snippet: blockLines(body.querySelector('.gs_rs, .gs_fma_snp'), 'script,style,.gs_age').join(' ') || undefined,
    citedBy,
    source: 'google-scholar',
    sourceId: cid,
  });
}

/** An author profile (/citations?user=…): one table row per publication. */
function readProfileRow(tr: Element, url: URL): Article | null {
  const link = tr.querySelector('a.gsc_a_at, .gsc_a_t a');
  const grays = tr.querySelectorAll('.gs_gray');
  const names = splitAuthors(textOf(grays[0]));
  const venue = textExcept(grays[1], '.gs_oph');
  const year = parseYear(textOf(tr.querySelector('.gsc_a_y')) || textOf(grays[1]?.querySelector('.gs_oph')));
  const href = absUrl(link?.getAttribute('href') ?? link?.getAttribute('data-href'), url);
  const id = href ? (new URL(href).searchParams.get('citation_for_view') ?? undefined) : undefined;
  return finish({
    title: titleText(textOf(link)),
    ...names,
    ...readProfileVenue(venue, year),
    year,
    citedBy: parseCount(textOf(tr.querySelector('.gsc_a_c a, .gsc_a_ac'))),
    url: href ?? url.href,
    source: 'google-scholar',
    sourceId: id,
  });
}

// The publication page's labels in Indonesian (hl=id), as the English ones they stand for.
const LABELS: Record<string, string> = {
  penulis: 'authors',
  penemu: 'inventors',
  'tanggal terbit': 'publication date',
  jurnal: 'journal',
  konferensi: 'conference',
  buku: 'book',
  sumber: 'source',
  terbitan: 'issue',
  halaman: 'pages',
};

/** One publication in a profile (/citations?view_op=view_citation): labelled fields. */
function readCitationPage(doc: Document, url: URL): PageExtraction | null {
  const titleEl = doc.querySelector('#gsc_oci_title');
  if (!titleEl) return null;
  const fields: Record<string, string> = {};
  for (const row of Array.from(doc.querySelectorAll('#gsc_oci_table .gs_scl'))) {
    const label = textOf(row.querySelector('.gsc_oci_field')).toLowerCase();
    if (label) fields[LABELS[label] ?? label] = textOf(row.querySelector('.gsc_oci_value'));
  }
  const link = titleEl.querySelector('a[href]');
  const article = finish({
    title: titleText(textOf(titleEl)),
    authors: (fields.authors ?? fields.inventors ?? '').split(',').map(cleanText).filter(Boolean),
    year: parseYear(fields['publication date']),
    journal: fields.journal || fields.conference || fields.book || fields.source || undefined,
    volume: fields.volume,
    issue: fields.issue,
    pages: fields.pages,
    abstract: textOf(doc.querySelector('#gsc_oci_descr .gsh_csp, #gsc_oci_descr')) || undefined,
    url: absUrl(link?.getAttribute('href'), url) ?? url.href,
    source: 'google-scholar',
    sourceId: url.searchParams.get('citation_for_view') ?? undefined,
  });
  return article ? { site: 'google-scholar', kind: 'article', articles: [article] } : null;
}

function rows(doc: Document, url: URL): ResultRow[] {
  const out: ResultRow[] = [];
  if (url.pathname.startsWith('/citations')) {
    for (const tr of Array.from(doc.querySelectorAll('tr.gsc_a_tr'))) {
      const article = readProfileRow(tr, url);
      if (article) out.push({ element: tr, article });
    }
    return out;
  }
  for (const body of Array.from(doc.querySelectorAll(ROW_BODY))) {
    const row = body.parentElement as Element;
    const article = readResultRow(row, body, url);
    if (article) out.push({ element: row, article });
  }
  return out;
}

/** "Please show you're not a robot" (reCAPTCHA inside Scholar) or Google's "unusual traffic" page. */
function robotCheck(doc: Document): string | undefined {
  const box = doc.querySelector('#gs_captcha_ccl, #gs_captcha_f, #captcha-form, form[action*="sorry"]');
  if (box) return textOf(box.querySelector('h1')) || "Google Scholar asks you to show you're not a robot.";
  const h1 = textOf(doc.querySelector('#gs_bdy h1, body > h1'));
  return /not a robot|unusual traffic/i.test(h1) ? h1 : undefined;
}

function filtersOf(url: URL): Record<string, string> {
  const filters: Record<string, string> = {};
  const from = param(url, 'as_ylo');
  const to = param(url, 'as_yhi');
  if (from) filters.yearFrom = from;
  if (to) filters.yearTo = to;
  return copyParams(url, FILTER_PARAMS, filters);
}

export const googleScholar: SiteAdapter = {
  id: 'google-scholar',
  matches: [...HOSTS].map((host) => `https://${host}/*`),
  accepts: (url) => HOSTS.has(url.hostname) && /^\/(scholar|citations)/.test(url.pathname),
  resultsContainer: '#gs_res_ccl_mid, #gsc_a_b',
  extract(doc, url) {
    const message = robotCheck(doc);
    if (message) return { site: 'google-scholar', kind: 'blocked', articles: [], message: message.slice(0, 1000) };
    if (url.pathname.startsWith('/citations') && url.searchParams.get('view_op') === 'view_citation') {
      return readCitationPage(doc, url);
    }
    const found = rows(doc, url);
    if (url.pathname.startsWith('/citations')) {
      // An author profile lists publications; it is not a search (no query, no total).
      if (!found.length && !doc.querySelector('#gsc_a_t')) return null;
      return resultList(found, { site: 'google-scholar' });
    }
    // Without rows or the results column this is not a result list (e.g. a Google 403 page).
    if (!found.length && !doc.querySelector('#gs_res_ccl, #gs_res_ccl_mid')) return null;
    const num = intParam(url, 'num') || 10;
    const start = intParam(url, 'start') ?? 0;
    const query = queryOf(url, 'q', doc, 'input[name="q"]');
    // "About 1,240 results (0.05 sec)", "Page 2 of about 1,240 results", "Sekitar 1.240 hasil":
    // the count is the last number before the timing in brackets.
    const stats = textOf(doc.querySelector('#gs_ab_md .gs_ab_mdw, #gs_ab_md')).split('(')[0];
    const numbers = stats.match(/\d{1,3}(?:[.,\s\u00a0]\d{3})+(?!\d)|\d+/g);
    return resultList(found, {
      site: 'google-scholar',
      query,
      filters: bounded(filtersOf(url)),
      page: pageNumber(Math.floor(start / num) + 1),
      // A search that matched nothing shows no count ("did not match any articles"): 0.
      totalResults: numbers ? parseCount(numbers[numbers.length - 1]) : found.length ? undefined : 0,
    });
  },
};
