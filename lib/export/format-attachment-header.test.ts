import { expect, test } from "vitest";
import { formatAttachmentHeader } from "./format-attachment-header";

test.each([
  ["newsdeck-budget.apkg", `attachment; filename="newsdeck-budget.apkg"; filename*=UTF-8''newsdeck-budget.apkg`],
  ["newsdeck-café.csv", `attachment; filename="newsdeck-caf_.csv"; filename*=UTF-8''newsdeck-caf%C3%A9.csv`],
  ["newsdeck-北朝鮮.csv", `attachment; filename="newsdeck-___.csv"; filename*=UTF-8''newsdeck-%E5%8C%97%E6%9C%9D%E9%AE%AE.csv`],
  [`a"b\\c'(d)*.csv`, `attachment; filename="a_b_c'(d)*.csv"; filename*=UTF-8''a%22b%5Cc%27%28d%29%2A.csv`],
  ["line\r\nbreak.csv", `attachment; filename="line__break.csv"; filename*=UTF-8''line%0D%0Abreak.csv`],
])("%j", (filename, header) => {
  expect(formatAttachmentHeader(filename)).toBe(header);
});
