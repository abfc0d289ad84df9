// Synthetic bibliographies for duplicate-detection tests and the lead's benchmark: studies with
// realistic identifiers, and copies of them written the way other databases write them.
import { ARTICLE_SOURCES, type Article, type ArticleSource } from '../../lib/model/article';
import { seededRandom as mulberry32 } from '../support/random';

export interface LabelledArticles {
  articles: Article[];
  /** The study each article is a copy of (equal numbers = same study). */
  truth: number[];
}

/** `n` articles of which about `duplicateRate` (0–1) are extra copies of another article's study. */
export function generateArticles(n: number, duplicateRate: number, seed = 1): Article[] {
  return generateLabelled(n, duplicateRate, seed).articles;
}

export function generateLabelled(n: number, duplicateRate: number, seed = 1): LabelledArticles {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const studies: Study[] = [];
  const articles: Article[] = [];
  const truth: number[] = [];
  for (let i = 0; i < n; i++) {
    if (studies.length > 0 && random() < duplicateRate) {
      const id = Math.floor(random() * studies.length);
      articles.push(copyOf(studies[id], random, pick));
      truth.push(id);
    } else {
      const study = newStudy(studies.length, random, pick);
      // Hard negatives: another study under the same title (a common title, a series) by other
      // authors; it must never join the first.
      if (studies.length > 0 && random() < 0.02) {
        const other = studies[Math.floor(random() * studies.length)];
        study.title = other.title;
        study.authors = [[`${other.authors[0][0]}${syllables(study.id)}`, 'Ana'], ...study.authors];
        study.year = other.year + Math.floor(random() * 3);
      }
      studies.push(study);
      articles.push(copyOf(study, random, pick));
      truth.push(study.id);
    }
  }
  return { articles, truth };
}

interface Study {
  id: number;
  title: string;
  authors: [family: string, given: string][];
  year: number;
  doi?: string;
  pmid?: string;
  journal: string;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'da', 'pe', 'gu', 'hi', 'ra', 'no', 'be', 'cy', 'fo', 'wa', 'ju'];
const INDONESIAN = [
  'pengaruh',
  'pijat',
  'oksitosin',
  'terhadap',
  'produksi',
  'asi',
  'ibu',
  'nifas',
  'hubungan',
  'kejadian',
  'balita',
  'stunting',
  'edukasi',
  'remaja',
  'pengetahuan',
];
const ACCENTED = ['análise', 'eficácia', 'niños', 'über', 'São', 'évaluation', 'Gesundheitsförderung', 'Ærø'];
const FAMILIES = ['Nurhasanah', 'Smith', 'Wang', 'Müller', 'García', "O'Connor", 'van der Berg', 'Lee', 'Santos-Cubedo', 'Kowalski', 'Tanaka', 'Siregar'];
const GIVEN = ['Siti', 'John', 'Wei', 'Anna', 'José', 'Yoo-Na', 'Budi', 'Marie', 'Kenji', 'Dewi'];
// Every source but the generic web reader (records from the databases and from files).
const SOURCES: ArticleSource[] = ARTICLE_SOURCES.filter((s) => s !== 'web');
const SITE_SUFFIX = [' - PubMed', ' - Garuda', ' | ScienceDirect', ''];

function newStudy(id: number, random: () => number, pick: <T>(l: readonly T[]) => T): Study {
  const words: string[] = [];
  const length = 6 + Math.floor(random() * 8);
  for (let w = 0; w < length; w++) {
    const r = random();
    if (r < 0.15) words.push(pick(INDONESIAN));
    else if (r < 0.2) words.push(pick(ACCENTED));
    else words.push(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES) + (r < 0.6 ? pick(SYLLABLES) : ''));
  }
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  const authors: [string, string][] = [];
  for (let a = 1 + Math.floor(random() * 5); a > 0; a--) authors.push([pick(FAMILIES) + (random() < 0.7 ? pick(SYLLABLES) : ''), pick(GIVEN)]);
  return {
    id,
    title: words.join(' ') + (random() < 0.3 ? ': a randomised trial' : ''),
    authors,
    year: 1990 + Math.floor(random() * 35),
    // Identifiers are unique per study, so different studies never share one.
    doi: random() < 0.7 ? `10.${4000 + (id % 5000)}/j.x${id}` : undefined,
    pmid: random() < 0.4 ? String(10_000_000 + id) : undefined,
    journal: pick(['Jurnal Kebidanan', 'BMC Public Health', 'The Lancet', 'Jurnal Kesehatan']),
  };
}

/**
 * One sighting of a study: identifiers sometimes lost, title and authors written differently,
 * and a few copies too damaged to match for certain (no author, no year, a typo in the title).
 */
function copyOf(study: Study, random: () => number, pick: <T>(l: readonly T[]) => T): Article {
  let title = study.title;
  const r = random();
  if (r < 0.15) title = title.toUpperCase();
  else if (r < 0.25) title = `[PDF] ${title}`;
  else if (r < 0.35) title = `${title}.`;
  else if (r < 0.45) title = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  else if (r < 0.5) title = title.replace(/^(\S+)/, '<i>$1</i>');
  if (random() < 0.02) title = title.replace(/([a-z])([a-z])/, '$2$1'); // a typo
  title += pick(SITE_SUFFIX);
  const style = Math.floor(random() * 3);
  const authors = study.authors.map(([family, given]) => (style === 0 ? `${family}, ${given[0]}.` : style === 1 ? `${given} ${family}` : `${family} ${given[0]}`));
  const keepIds = random();
  const damage = random();
  return {
    title,
    authors: damage < 0.03 ? [] : authors,
    // Epub and issue years differ: a copy has the study's year or the next.
    year: damage > 0.97 ? undefined : random() < 0.1 ? study.year + 1 : study.year,
    journal: study.journal,
    doi: keepIds < 0.6 ? study.doi : undefined,
    pmid: keepIds < 0.3 || keepIds > 0.8 ? study.pmid : undefined,
    url: '',
    source: pick(SOURCES),
  };
}

/** A name part unique to the number (letters only: family names fold to letters). */
function syllables(id: number): string {
  let s = '';
  do {
    s += SYLLABLES[id % SYLLABLES.length];
    id = Math.floor(id / SYLLABLES.length);
  } while (id > 0);
  return s;
}
