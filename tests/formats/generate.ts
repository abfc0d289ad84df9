// A realistic n-record RIS file for benchmarks and load tests: Scopus-like records with varied
// titles, authors, journals, abstracts and keywords; about one record in eight has no DOI.
// Deterministic (seeded), so timings compare like with like.
import { seededRandom as random } from '../support/random';

const WORDS = (
  'effect association outcome randomized trial cohort patients children adults treatment therapy intervention ' +
  'risk factors prevalence incidence mortality quality life depression anxiety inflammatory bowel disease ' +
  'systematic review meta-analysis community primary care hospital surgery pain cancer diabetes obesity ' +
  'exercise diet sleep stress resilience microbiome genetic expression cells mice model evidence Indonesia ' +
  'rural urban school nurses pharmacists medication adherence reconciliation safety errors screening'
).split(' ');
const SURNAMES = (
  'Smith Jones Wang Li Müller García Rossi Nakamura Kim Nguyen Santoso Wijaya Kowalski Silva Dubois O’Brien ' +
  'van der Berg Andersson Ivanova Ahmed Patel Cohen Novak Horváth Yilmaz Okafor Sato Chen Lopez Schmidt'
).split(' ');
const JOURNALS = [
  'Psychoneuroendocrinology',
  'BMC Public Health',
  'The Lancet',
  'Journal of Clinical Epidemiology',
  'PLoS ONE',
  'Jurnal Kesehatan Masyarakat',
  'Inflammatory Bowel Diseases',
  'Nature Communications',
  'Medicine',
  'BMJ Open',
];

export function generateRis(n: number, seed = 42): string {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1990 + Math.floor(rand() * 35);
    const title = `${words(1).replace(/^./, (c) => c.toUpperCase())} ${words(6 + Math.floor(rand() * 10))}: record ${i + 1}`;
    const journal = pick(JOURNALS);
    const authors = 1 + Math.floor(rand() * 8);
    const start = 1 + Math.floor(rand() * 900);
    out.push('TY  - JOUR');
    for (let a = 0; a < authors; a++) out.push(`AU  - ${pick(SURNAMES)}, ${String.fromCharCode(65 + Math.floor(rand() * 26))}.`);
    out.push(`TI  - ${title}`, `PY  - ${year}`, `T2  - ${journal}`, `J2  - ${journal.slice(0, 12)}.`);
    out.push(`VL  - ${1 + Math.floor(rand() * 120)}`, `IS  - ${1 + Math.floor(rand() * 12)}`);
    out.push(`SP  - ${start}`, `EP  - ${start + 3 + Math.floor(rand() * 20)}`);
    if (i % 8 !== 7) out.push(`DO  - 10.${1000 + Math.floor(rand() * 8999)}/gen.${year}.${i + 1}`);
    out.push(`AB  - ${Array.from({ length: 6 }, () => `${words(14)}.`).join(' ')}`);
    for (let k = 0; k < 5; k++) out.push(`KW  - ${words(1 + Math.floor(rand() * 2))}`);
    out.push(`UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-${85000000000 + i}&partnerID=40`);
    out.push('DB  - Scopus', 'LA  - English', 'N1  - Export Date: 1 January 2025', 'ER  - ', '');
  }
  return out.join('\n');
}
