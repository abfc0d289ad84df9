// Real captured pages from ../shared/fixtures (not committed: third-party content). Expected
// values were written by reading each page (and Zotero's test cases / the *_Out.json files as a
// second opinion), not copied from the adapters' output. Skipped, visibly, when absent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../../lib/model';
import { extractPage } from '../../lib/sites';
import { expectValid, parse } from './parse';

const ROOT = path.resolve(__dirname, '../../../shared/fixtures');
const exists = existsSync(path.join(ROOT, 'index.json'));
if (!exists) console.warn('real pages suite skipped: ../shared/fixtures not found');

interface IndexPage {
  file: string;
  url: string;
  site: string;
  kind: 'results' | 'article' | 'profile' | 'blocked' | 'none';
}
const index: IndexPage[] = exists ? JSON.parse(readFileSync(path.join(ROOT, 'index.json'), 'utf8')).pages : [];

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type">. */
function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * The page's text. A page is decoded with the charset it declares, except that Scholar pages
 * declaring ISO-8859-1 were saved as UTF-8 by the capturing tool: bytes that are valid UTF-8
 * with multi-byte sequences are read as UTF-8 (reading them as Latin-1 gives "Â " mojibake).
 */
function decodePage(bytes: Uint8Array): { text: string; asDeclared: string } {
  const charset = declaredCharset(bytes);
  const asDeclared = new TextDecoder(charset).decode(bytes);
  if (/^utf-?8$/.test(charset)) return { text: asDeclared, asDeclared };
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: bytes.some((b) => b > 0x7f) ? utf8 : asDeclared, asDeclared };
  } catch {
    return { text: asDeclared, asDeclared };
  }
}

type Fields = { title: string; authors: string[]; year?: number; journal?: string; doi?: string; pmid?: string };
interface Expected {
  count?: number;
  articles?: Record<number, Fields>;
  page?: Partial<PageExtraction>;
}

const fields = (a: PageExtraction['articles'][number]): Fields => ({
  title: a.title,
  authors: a.authors,
  year: a.year,
  journal: a.journal,
  doi: a.doi,
  pmid: a.pmid,
});

const profileRow = (title: string, venue: string, year: number, authors = ['BR Cherukuri']): Fields => ({ title, authors, year, journal: venue });

const EXPECTED: Record<string, Expected> = {
  'pages/google-scholar/geomap_scholar_search_results_2020-11.html': {
    count: 10,
    page: { query: 'Geology of the Olympus Range area,southern Victoria Land, Antarctica. Isaac M.J., Chinn T.J., Edbrooke S.W.,Forsyth P.J. 1996', totalResults: 30, page: 1 },
    articles: {
      0: {
        title: 'Geology of the Olympus Range Area, Southern Victoria Land',
        authors: ['MJ Isaac', 'TJ Chinn', 'SW Edbrooke', 'PJ Forsyth'],
        year: 1996,
        journal: 'Antarctica. Institute of Geological and',
      },
      1: {
        title: 'Plutonic rocks from the Cape Roberts hinterland: Wilson piedmont glacier, southern Victoria land, Antarctica',
        authors: ['PJ Forsyth', 'N Mortimer', 'IM Turnbull'],
        year: 2002,
        journal: 'Terra Antartica',
      },
      2: {
        title: 'Initiation of magmatism during the Cambrian–Ordovician Ross orogeny in southern Victoria Land, Antarctica',
        authors: ['A Allibone', 'R Wysoczanski'],
        year: 2002,
        journal: 'Geological Society of',
      },
      3: {
        title: 'The Southern Hemisphere glacial record-Antarctica and New Zealand',
        authors: ['TJ Chinn'],
        year: 1996,
        journal: 'Papers and Proceedings of the Royal Society of',
      },
      4: {
        title: '… erosion, uplift and unroofing of the Transantarctic Mountains deduced from sandstone detrital modes in CRP-3 drillcore, Victoria Land Basin, Antarctica',
        authors: ['JL Smellie'],
        year: 2001,
        journal: 'Terra Antartica',
      },
      5: {
        title: 'Variations in crustal structure across the transition from West to East Antarctica, Southern Victoria Land',
        authors: ['S Bannister', 'J Yu', 'B Leitner'],
        year: 2003,
        journal: 'Geophysical Journal',
      },
      6: {
        title: 'Glacial Lake Victoria, a high\u2010level Antarctic lake inferred from lacustrine deposits in Victoria Valley',
        authors: ['BL Hall', 'GH Denton', 'B Overturf'],
        year: 2002,
        journal: 'Journal of Quaternary',
      },
      7: {
        title: 'Late Cenozoic paleoenvironment in southern Victoria Land, Antarctica, based on a polar glaciolacustrine deposit in western Victoria Valley',
        authors: ['MA Kelly', 'GH Denton', 'BL Hall'],
        year: 2002,
        journal: 'Geological Society of',
      },
      8: {
        title: 'Age of Sirius Group on Mount Feather, McMurdo Dry Valleys, Antarctica, based on glaciological inferences from the overridden mountain range of Scandinavia',
        authors: ['AP Stroeven', 'J Kleman'],
        year: 1999,
        journal: 'Global and Planetary Change',
      },
      9: { title: 'Surficial geology and geomorphology of the western Olympus Range, Antarctica: Implications for ice-sheet history', authors: ['B VandenHeuvel'], year: 2002 },
    },
  },
  'pages/google-scholar/goscholar_2016_parse_test_case1.html': {
    count: 1,
    page: { query: '"Learning deep architectures for AI"', page: 1 },
    articles: { 0: { title: 'Learning deep architectures for AI', authors: ['Y Bengio'], year: 2009, journal: 'Foundations and trends® in Machine Learning' } },
  },
  'pages/google-scholar/geomap_scholar_captcha_interstitial_2020-11.html': {
    count: 0,
    page: { message: "Please show you're not a robot" },
  },
  'pages/google-scholar/justinzeus_2026-02_citations_profile_amIMrIEAAAAJ.html': {
    count: 20,
    articles: {
      0: profileRow(
        'Optimization of Data Structures and Trade-Offs with Concurrency Control in Multithread Software Structures Using Artificial Intelligence',
        '2024 IEEE International Conference on Computing, Power and Communication',
        2024,
        ['BR Cherukuri', 'V Arulkumar'],
      ),
      1: profileRow(
        'Development of Design Patterns with Adaptive User Interface for Cloud Native Microservice Architecture Using Deep Learning With IoT',
        '2024 IEEE International Conference on Computing, Power and Communication',
        2024,
      ),
      2: profileRow(
        'AI-powered personalization: How machine learning is shaping the future of user experience',
        'International Journal of Science and Research Archive (IJSRA)',
        2024,
      ),
      3: profileRow('Future of cloud computing: Innovations in multi-cloud and hybrid architectures', 'World Journal of Advanced Research and Reviews (WJARR)', 2019),
      4: profileRow('Microservices and containerization: Accelerating web development cycles', 'World Journal of Advanced Research and Reviews (WJARR)', 2020),
      5: profileRow('Ethical AI in cloud: Mitigating risks in machine learning models', 'World Journal of Advanced Engineering Technology and Sciences ((WJAETS) 1', 2020),
      6: profileRow('Quantum machine learning: Transforming cloud-based AI solutions', 'International Journal of Science and Research Archive (IJSRA)', 2020),
      7: profileRow(
        'Enhanced Trimodal Emotion Recognition Using Multibranch Fusion Attention with Epistemic Neural Networks and Fire Hawk Optimization',
        'Journal of Machine and Computing',
        2025,
      ),
      8: profileRow(
        'Containerization in cloud computing: comparing Docker and Kubernetes for scalable web applications',
        'International Journal of Science and Research Archive (IJSRA)',
        2024,
      ),
      9: profileRow(
        'Serverless computing: How to build and deploy applications without managing infrastructure',
        'World Journal of Advanced Engineering Technology and Sciences ((WJAETS) 11',
        2024,
      ),
      10: profileRow(
        'Edge Computing vs. Cloud Computing: A Comparative Analysis for Real-Time AI Applications',
        'International Journal For Multidisciplinary Research (IJFMR)',
        2024,
      ),
      11: profileRow('Serverless revolution: Redefining application scalability and cost efficiency', 'World Journal of Advanced Research and Reviews (WJARR)', 2019),
      12: profileRow('Progressive Web Apps (PWAs): Enhancing User Experience through Modern Web Development', 'International Journal of Science and Research (IJSR)', 2024),
      13: profileRow('Building Scalable Web Applications: Best Practices for Backend Architecture', 'International Journal of Science and Research (IJSR)', 2024),
      14: profileRow(
        'Advanced Multi Class Cyber Security Attack Classification in IoT Based Wireless Sensor Networks Using Context Aware Depthwise Separable Convolutional Neural Network',
        'Journal of Machine and Computing',
        2025,
      ),
      15: profileRow(
        'Maintenance of Web Development Standard for Multiple Devices with Serverless Computing through Cross Browser Affinity Using Hybrid Optimization',
        '2024 IEEE International Conference on Computing, Power and Communication',
        2024,
      ),
      16: profileRow('Developing Intelligent Chatbots for Real-Time Customer Support in E-Commerce', 'International Journal of Science and Research (IJSR)', 2022),
      17: profileRow('Enhancing Web Application Performance with AI - Driven Optimization Techniques', 'International Journal of Science and Research (IJSR)', 2021),
      18: profileRow('Federated Learning: Privacy-Preserving Machine Learning in Cloud Environments', 'International Journal of Science and Research (IJSR)', 2024),
      19: profileRow(
        'Scalable machine learning model deployment using serverless cloud architectures',
        'World Journal of Advanced Engineering Technology and Sciences ((WJAETS) 5 (1',
        2022,
      ),
    },
  },
  'pages/pubmed/scifeed_pubmed_search_results_2items_2023-11.html': {
    count: 2,
    page: { query: 'endometriosis', filters: { sort: 'date' }, page: 1 },
    articles: {
      0: {
        title: "Living With Endometriosis: A Reflexive Thematic Analysis Examining Women's Experiences With the Irish Healthcare Services.",
        authors: ['Lightbourne A', 'Foley S', 'Dempsey M', 'Cronin M'],
        year: 2023,
        journal: 'Qual Health Res',
        doi: '10.1177/10497323231214114',
        pmid: '37988744',
      },
      1: {
        title: 'Pilot study of treatment of patients with deep infiltrative endometriosis with methotrexate carried in lipid nanoparticles.',
        authors: ['Avila-Tavares R', 'Gibran L', 'Brito LGO', 'Tavoni TM', 'Gonçalves MO', 'Baracat EC', 'Maranhão RC', 'Podgaec S'],
        year: 2023,
        journal: 'Arch Gynecol Obstet',
        doi: '10.1007/s00404-023-07246-8',
        pmid: '37987824',
      },
    },
  },
  'pages/sciencedirect/papis_ScienceDirect_S0009261497040141.html': {
    count: 1,
    articles: {
      0: {
        title: 'Epstein-Nesbet second-order perturbation treatment of dynamical electron correlation and ground state potential energy curve of Cr2',
        authors: ['Alexander O. Mitrushenkov', 'Paolo Palmieri'],
        year: 1997,
        journal: 'Chemical Physics Letters',
        doi: '10.1016/s0009-2614(97)04014-1',
      },
    },
  },
  'pages/sciencedirect/papis_ScienceDirect_S146290112300117X.html': {
    count: 1,
    articles: {
      0: {
        title: 'Nature-based solutions through collective actions for spatial justice in urban green commons',
        authors: ['Mahir Yazar', 'Abigail York'],
        year: 2023,
        journal: 'Environmental Science & Policy',
        doi: '10.1016/j.envsci.2023.04.016',
      },
    },
  },
  'pages/garuda/SYNTHETIC_garuda2ris_search_classes.html': {
    count: 4,
    page: { query: 'Smoke-Free Area Policy', filters: { select: 'abstract' }, totalResults: 47, page: 1 },
    articles: {
      0: {
        title: 'Karsinoma Nasofaring dengan Manifestasi Efusi Otitis Media, Emfisema Paru dan Kejang pada Pria Tidak Merokok dengan Pajanan Asap Biomassa',
        authors: ['Adji, Iwan Setiawan', 'Nabilah, Aisyah', 'Alghozi, Muhammad Hilmi'],
        year: 2025,
        journal: 'Jurnal Penelitian Kesehatan SUARA FORIKES',
        doi: '10.33846/sf16430',
      },
      1: {
        title: 'Earmarking Result Of Iease Smoke For The Service Of Health Of Society And Straightening Of Law',
        authors: ['Minollah'],
        year: 2017,
        journal: 'Unram Law Review',
        doi: '10.29303/ulrev.v1i2.15',
      },
      2: {
        title: 'HUBUNGAN LINGKUNGAN TERHADAP IMPLEMENTASI KEBIJAKAN KAWASAN TANPA ROKOK DI SMA RAKSANA MEDAN TAHUN 2018',
        authors: ['Florenly, Florenly'],
        year: 2018,
        journal: 'Jurnal Mutiara Kesehatan Masyarakat',
      },
      3: {
        title: 'HUBUNGAN LINGKUNGAN TERHADAP IMPLEMENTASI KEBIJAKAN KAWASAN TANPA ROKOK DI SMA RAKSANA MEDAN TAHUN 2018',
        authors: ['Florenly Florenly'],
        year: 2018,
        journal: 'Jurnal Mutiara Kesehatan Masyarakat',
      },
    },
  },
  'pages/other/metascraper_journals.plos.org-plosone-pone.0000001.html': {
    count: 1,
    articles: {
      0: {
        title: 'Neural Substrate of Cold-Seeking Behavior in Endotoxin Shock',
        authors: ['Maria C Almeida', 'Alexandre A Steiner', 'Luiz G S Branco', 'Andrej A Romanovsky'],
        year: 2006,
        journal: 'PLOS ONE',
        doi: '10.1371/journal.pone.0000001',
      },
    },
  },
  'pages/other/metascraper_arxiv.org-abs-1706.03762.html': {
    count: 1,
    // arXiv has no journal; its own DOI is linked in the page body.
    articles: {
      0: {
        title: 'Attention Is All You Need',
        authors: ['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki', 'Uszkoreit, Jakob', 'Jones, Llion', 'Gomez, Aidan N.', 'Kaiser, Lukasz', 'Polosukhin, Illia'],
        year: 2017,
        doi: '10.48550/arxiv.1706.03762',
      },
    },
  },
  // 100 authors: checked in their own test below.
  'pages/other/metascraper_www.biorxiv.org-content-10.1101-2020.03.22.002386v3.html': { count: 1 },
  'pages/other/metascraper_semanticscholar_paper_crosswalk.html': {
    count: 1,
    articles: {
      0: {
        title: 'Where the Crosswalk Ends: Mapping Crosswalk Coverage via Satellite Imagery in San Francisco',
        authors: ['Marcel E. Moran'],
        year: 2022,
        journal: 'Environment and Planning B Urban Analytics and City Science',
        doi: '10.1177/23998083221081530',
      },
    },
  },
};

function read(url: string, text: string) {
  const found = extractPage(parse(text), url);
  expectValid(found);
  return found;
}

describe.skipIf(!exists)('real pages (../shared/fixtures)', () => {
  it.each(index.map((p) => [p.file, p] as const))('%s', (file, page) => {
    const bytes = new Uint8Array(readFileSync(path.join(ROOT, file)));
    const { text, asDeclared } = decodePage(bytes);
    const found = read(page.url, text);
    if (page.kind === 'none') {
      expect(found).toBeNull();
      return;
    }
    expect(found?.kind).toBe(page.kind === 'profile' ? 'results' : page.kind);
    expect(found?.site).toBe(page.site);
    const expected = EXPECTED[file];
    expect(expected, `no expectations written for ${file}`).toBeDefined();
    if (expected.count !== undefined) expect(found!.articles).toHaveLength(expected.count);
    if (expected.page) expect(found).toMatchObject(expected.page);
    for (const [i, want] of Object.entries(expected.articles ?? {})) expect(fields(found!.articles[Number(i)])).toEqual(want);
    // Whatever the page declares, reading it as declared gives the same articles.
    if (asDeclared !== text) expect(read(page.url, asDeclared)).toEqual(found);
  });

  it('reads the bioRxiv page: 100 authors in page order, DOI, year, journal', () => {
    const page = index.find((p) => p.file.includes('biorxiv'))!;
    const found = read(page.url, readFileSync(path.join(ROOT, page.file), 'utf8'))!;
    const [a] = found.articles;
    expect(a.title).toBe('A SARS-CoV-2-Human Protein-Protein Interaction Map Reveals Drug Targets and Potential Drug-Repurposing');
    expect(a.authors).toHaveLength(100);
    expect(a.authors.slice(0, 2)).toEqual(['David E. Gordon', 'Gwendolyn M. Jang']);
    expect(a.authors.slice(-2)).toEqual(['Brian K. Shoichet', 'Nevan J. Krogan']);
    expect([a.year, a.journal, a.doi]).toEqual([2020, 'bioRxiv', '10.1101/2020.03.22.002386']);
  });

  it('never takes "Get rights and content" for a ScienceDirect author, nor Highlights for its abstract', () => {
    for (const page of index.filter((p) => p.site === 'sciencedirect')) {
      const found = read(page.url, readFileSync(path.join(ROOT, page.file), 'utf8'))!;
      const out = JSON.parse(readFileSync(path.join(ROOT, page.file.replace(/\.html$/, '_Out.json')), 'utf8'));
      // The other tool's output, as a second opinion: same names, given + family.
      expect(found.articles[0].authors).toEqual(out.author_list.map((x: { given: string; family: string }) => `${x.given} ${x.family}`));
      expect(found.articles[0].authors.join(' ')).not.toMatch(/rights and content/i);
      expect([found.articles[0].volume, found.articles[0].pages]).toEqual([out.volume, out.pages]);
      // The abstract, not the Highlights beside it (the other tool's text, whitespace aside).
      if (out.abstract) expect(found.articles[0].abstract?.replace(/\s+/g, ' ')).toBe(out.abstract.replace(/\s+/g, ' '));
    }
  });
});
