// n-record EndNote XML and PubMed XML files for load tests: each record numbered in its title,
// every field an importer reads filled, written as EndNote (one line, <style> runs) and efetch
// (indented, one element a line) write them.
const style = (text: string) => `<style face="normal" font="default" size="100%">${text}</style>`;

export function generateEndnoteXml(n: number): string {
  const records: string[] = [];
  for (let i = 1; i <= n; i++) {
    records.push(
      `<record><rec-number>${i}</rec-number><ref-type name="Journal Article">17</ref-type>` +
        `<contributors><authors><author>${style(`Santoso, B${i % 26 === 0 ? '' : String.fromCharCode(64 + (i % 26))}.`)}</author><author>${style('Lestari, Dewi')}</author></authors></contributors>` +
        `<titles><title>${style(`Oxytocin massage and breast milk supply &amp; infant growth: record ${i}`)}</title><secondary-title>${style('Midwifery')}</secondary-title></titles>` +
        `<periodical><full-title>${style('Midwifery')}</full-title></periodical><pages>${style(`${i}-${i + 9}`)}</pages><volume>${style(String(i % 90))}</volume>` +
        `<keywords><keyword>${style('Breast Feeding')}</keyword><keyword>${style('Oxytocin')}</keyword></keywords><dates><year>${style(String(1990 + (i % 35)))}</year></dates>` +
        `<accession-num>${style(String(30000000 + i))}</accession-num><abstract>${style(`Background: record ${i}.&#xD;Methods: a trial of 60 mothers (p &lt; 0.05).`)}</abstract>` +
        `<electronic-resource-num>${style(`10.1016/j.midw.2020.${100000 + i}`)}</electronic-resource-num><remote-database-name>${style('PubMed')}</remote-database-name></record>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8" ?><xml><records>${records.join('')}</records></xml>`;
}

export function generatePubmedXml(n: number): string {
  const out = [
    '<?xml version="1.0" ?>',
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">',
    '<PubmedArticleSet>',
  ];
  for (let i = 1; i <= n; i++) {
    out.push(
      '<PubmedArticle>',
      '  <MedlineCitation Status="MEDLINE" Owner="NLM">',
      `    <PMID Version="1">${30000000 + i}</PMID>`,
      '    <Article PubModel="Print">',
      `      <Journal><JournalIssue CitedMedium="Print"><Volume>${i % 90}</Volume><Issue>2</Issue><PubDate><Year>${1990 + (i % 35)}</Year></PubDate></JournalIssue><Title>Midwifery</Title></Journal>`,
      `      <ArticleTitle>Oxytocin massage and <i>breast milk</i> supply: record ${i}.</ArticleTitle>`,
      `      <Pagination><MedlinePgn>${i}-9</MedlinePgn></Pagination>`,
      `      <ELocationID EIdType="doi" ValidYN="Y">10.1016/j.midw.2020.${100000 + i}</ELocationID>`,
      `      <Abstract><AbstractText Label="BACKGROUND">Record ${i}.</AbstractText><AbstractText Label="METHODS">A trial of 60 mothers (p &lt; 0.05).</AbstractText></Abstract>`,
      '      <AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Santoso</LastName><ForeName>Budi</ForeName></Author></AuthorList>',
      '      <Language>eng</Language>',
      '    </Article>',
      '  </MedlineCitation>',
      `  <PubmedData><ArticleIdList><ArticleId IdType="pubmed">${30000000 + i}</ArticleId></ArticleIdList></PubmedData>`,
      '</PubmedArticle>',
    );
  }
  out.push('</PubmedArticleSet>', '');
  return out.join('\n');
}
