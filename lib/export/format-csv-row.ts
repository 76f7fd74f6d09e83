/** A value of one CSV cell: text or a number; null and undefined are written as an empty cell. */
export type CsvValue = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV record as RFC 4180 writes it, ending in CRLF: a field holding a comma, a double quote or a line
 * break is enclosed in double quotes, and its double quotes are doubled. Other fields are written as they
 * are (spaces kept), so a reader of the file gets back exactly the text it was given.
 *
 * @example
 * formatCsvRow(["a", 'say "hi"', 3]) // 'a,"say ""hi""",3\r\n'
 */
export function formatCsvRow(values: readonly CsvValue[]): string {
  return `${values.map(formatCell).join(",")}\r\n`;
}

function formatCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? formatNumber(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`A CSV number must be finite, not ${n}.`);
  return String(n);
}
