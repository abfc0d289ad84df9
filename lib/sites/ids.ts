// The sites Saring reads, by id, with the name reviewers know each by: the one list. The
// adapter registry (registry.ts) is built from it in this order (most specific first, the
// embedded-metadata reader that accepts any page last), and the model takes its article
// sources from it (lib/model/article.ts). Data only, so that the model pulls in no page code.
export const SITES = {
  'google-scholar': 'Google Scholar',
  pubmed: 'PubMed',
  sciencedirect: 'ScienceDirect',
  garuda: 'Garuda',
  web: 'Web page',
} as const;

export type SiteId = keyof typeof SITES;
export const SITE_IDS = /* @__PURE__ */ Object.keys(SITES) as SiteId[];
