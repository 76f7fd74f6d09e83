import { expect, test } from "vitest";
import { textField } from "./anki-field";
import { makeClozeField } from "./make-cloze-field";

test.each([
  ["the generator's blank", "Russia fired _____ missiles on Monday.", "12", "Russia fired {{c1::12}} missiles on Monday."],
  ["a blank at the start", "_____ won the election.", "Hun Sen", "{{c1::Hun Sen}} won the election."],
  ["a blank at the end", "The summit was held in _____", "Vladivostok", "The summit was held in {{c1::Vladivostok}}"],
  ["a reader's shorter blank", "It cost ___ dollars.", "4 million", "It cost {{c1::4 million}} dollars."],
  ["a longer blank", "It cost ________ dollars.", "4 million", "It cost {{c1::4 million}} dollars."],
  ["markup in the text is escaped", "The <b> tag & _____", "AT&T", "The &lt;b&gt; tag &amp; {{c1::AT&amp;T}}"],
  ["a colon in the answer cannot start a hint", "The time was _____.", "3:30 p.m.", "The time was {{c1::3&#58;30 p.m.}}."],
  ["a double colon in the answer", "Namespace _____ is used.", "std::vector", "Namespace {{c1::std&#58;&#58;vector}} is used."],
  ["braces in the answer cannot end the cloze", "Write _____ here.", "}}x{{c2::y", "Write {{c1::&#125;&#125;x&#123;&#123;c2&#58;&#58;y}} here."],
  ["braces in the text cannot open a cloze", "{{c2::trap}} and _____.", "this", "&#123;&#123;c2::trap&#125;&#125; and {{c1::this}}."],
])("%s", (_name, prompt, answer, html) => {
  expect(makeClozeField(prompt, answer)?.html).toBe(html);
});

test("the text form is what Anki reads back: the cloze markup with the plain answer", () => {
  expect(makeClozeField("A <b> _____ c", "x:y & z")?.text).toBe("A <b> {{c1::x:y & z}} c");
});

test.each([
  ["no blank", "Who is Catherine Colonna?"],
  ["two blanks", "_____ said _____ would help."],
  ["two underscores are not a blank", "snake__case _ here"],
])("%s: not a cloze", (_name, prompt) => {
  expect(makeClozeField(prompt, "x")).toBeNull();
});

test.each([
  ["plain", "plain", "plain"],
  ["markup", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
  ["an ampersand entity stays text", "&amp;", "&amp;amp;"],
  ["quotes need no escaping in text", `"quoted" it's`, `"quoted" it's`],
])("textField: %s", (_name, text, html) => {
  expect(textField(text)).toEqual({ html, text });
});
