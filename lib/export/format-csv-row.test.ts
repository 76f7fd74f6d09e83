import { expect, test } from "vitest";
import { formatCsvRow, type CsvValue } from "./format-csv-row";

test.each<[string, CsvValue[], string]>([
  ["plain fields", ["a", "b", "c"], "a,b,c\r\n"],
  ["numbers", [1, 0, -2.5, 1_700_000_000_000], "1,0,-2.5,1700000000000\r\n"],
  ["empty and missing", ["", null, undefined, "x"], ",,,x\r\n"],
  ["a comma", ["Paris, France"], '"Paris, France"\r\n'],
  ["double quotes are doubled", ['He said "no"'], '"He said ""no"""\r\n'],
  ["a line feed", ["line 1\nline 2"], '"line 1\nline 2"\r\n'],
  ["a carriage return", ["a\rb"], '"a\rb"\r\n'],
  ["spaces are kept, unquoted", ["  padded  "], "  padded  \r\n"],
  ["a lone quote", ['"'], '""""\r\n'],
  ["unicode as is", ["Komsomolsk-on-Amur – 北朝鮮 😀"], "Komsomolsk-on-Amur – 北朝鮮 😀\r\n"],
  ["a formula-looking cell is data", ["=1+1"], "=1+1\r\n"],
])("%s", (_name, values, row) => {
  expect(formatCsvRow(values)).toBe(row);
});

test("a single empty field is an empty line", () => {
  expect(formatCsvRow([""])).toBe("\r\n");
});

test("a number that is not finite is refused", () => {
  expect(() => formatCsvRow([Number.NaN])).toThrow(RangeError);
});
