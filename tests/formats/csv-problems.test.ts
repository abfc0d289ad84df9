// papaparse names a CSV's problems in its own English ("Unable to auto-detect delimiting
// character; defaulted to ','"): each of its codes becomes a message of ours, with a code the
// dashboard says in the reviewer's language, placed on the line it was found on.
import { describe, expect, it } from 'vitest';
import { parseCsvWithMapping } from '../../lib/formats';
import { csvProblem } from '../../lib/formats/csv-import';

describe("papaparse's problems as Saring's messages", () => {
  it("a CSV of one column (a list of titles mapped by hand) is read, with our note on line 1, not papaparse's words", () => {
    const { records, warnings, messages } = parseCsvWithMapping('Judul\nPijat oksitosin dan produksi ASI\nSenam hamil\n', { title: 'Judul' });
    expect(records.map((r) => r.title)).toEqual(['Pijat oksitosin dan produksi ASI', 'Senam hamil']);
    expect(messages).toEqual([{ code: 'csvNoDelimiter', args: [','], line: 1 }]);
    expect(warnings).toEqual(['line 1: the column separator (comma, semicolon or tab) could not be told from the file: it was read with ","']);
  });

  it('each papaparse code has a code of ours; the field counts keep their numbers', () => {
    const said = (code: Parameters<typeof csvProblem>[0]['code'], message: string) => csvProblem({ code, message });
    expect(said('InvalidQuotes', 'Trailing quote on quoted field is malformed')).toEqual({ code: 'badQuote' });
    expect(said('MissingQuotes', 'Quoted field unterminated')).toEqual({ code: 'openQuote' });
    expect(said('UndetectableDelimiter', "Unable to auto-detect delimiting character; defaulted to ','")).toEqual({ code: 'csvNoDelimiter', args: [','] });
    expect(said('TooFewFields', 'Too few fields: expected 3 fields but parsed 2')).toEqual({ code: 'csvCellCount', args: [2, 3] });
    expect(said('TooManyFields', 'Too many fields: expected 3 fields but parsed 5')).toEqual({ code: 'csvCellCount', args: [5, 3] });
  });
});
