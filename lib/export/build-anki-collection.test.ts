import { describe, expect, test } from "vitest";
import { BASIC_NOTE_TYPE_ID, CLOZE_NOTE_TYPE_ID } from "./anki-note-types";
import { buildAnkiCollection, FIELD_SEPARATOR, type ExportCard } from "./build-anki-collection";
import { fieldChecksum } from "./field-checksum";

const NOW = new Date("2024-03-01T12:34:56.789Z");
const ARTICLE = { id: "art1", title: "North Korea–Russia Cooperation" };

const card = (over: Partial<ExportCard> & { id: string }): ExportCard => ({
  prompt: "Who leads Russia?",
  answer: "Vladimir Putin",
  sourceSentence: "Vladimir Putin leads Russia.",
  suspended: false,
  ...over,
});

describe("notes", () => {
  test.each([
    [
      "a cloze card becomes a cloze note with the answer back in place",
      card({ id: "c1", prompt: "Kim met Putin in _____.", answer: "Vostochny", sourceSentence: "Kim met Putin in Vostochny on Wednesday." }),
      CLOZE_NOTE_TYPE_ID,
      ["Kim met Putin in {{c1::Vostochny}}.", "Kim met Putin in Vostochny on Wednesday.", ARTICLE.title],
    ],
    [
      "a question card becomes a basic note",
      card({ id: "c2" }),
      BASIC_NOTE_TYPE_ID,
      ["Who leads Russia?", "Vladimir Putin", "Vladimir Putin leads Russia.", ARTICLE.title],
    ],
    [
      "a prompt with two blanks (a reader's edit) becomes a basic note",
      card({ id: "c3", prompt: "_____ met _____.", answer: "Kim, Putin" }),
      BASIC_NOTE_TYPE_ID,
      ["_____ met _____.", "Kim, Putin", "Vladimir Putin leads Russia.", ARTICLE.title],
    ],
    [
      "markup is escaped in every field",
      card({ id: "c4", prompt: "What does <b> mean?", answer: "bold & strong", sourceSentence: "<script>alert(1)</script>" }),
      BASIC_NOTE_TYPE_ID,
      ["What does &lt;b&gt; mean?", "bold &amp; strong", "&lt;script&gt;alert(1)&lt;/script&gt;", ARTICLE.title],
    ],
  ])("%s", (_name, c, mid, fields) => {
    const { notes } = buildAnkiCollection(ARTICLE, [c], NOW);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.mid).toBe(mid);
    expect(notes[0]!.flds.split(FIELD_SEPARATOR)).toEqual(fields);
  });

  test("tags, sort field, checksum, GUID and times are Anki's", () => {
    const { notes } = buildAnkiCollection(ARTICLE, [card({ id: "c1", prompt: "It cost <_____>.", answer: "$4" })], NOW);
    const n = notes[0]!;
    expect(n.tags).toBe(" newsdeck north-korea-russia-cooperation ");
    // The sort field and checksum are computed from the first field with HTML stripped and entities decoded.
    expect(n.flds.split(FIELD_SEPARATOR)[0]).toBe("It cost &lt;{{c1::$4}}&gt;.");
    expect(n.sfld).toBe("It cost <{{c1::$4}}>.");
    expect(n.csum).toBe(fieldChecksum("It cost <{{c1::$4}}>."));
    expect(n.id).toBe(NOW.getTime());
    expect(n.mod).toBe(Math.floor(NOW.getTime() / 1000));
    expect(n.usn).toBe(-1);
    expect(n.guid).toBe(buildAnkiCollection({ ...ARTICLE, title: "Renamed" }, [card({ id: "c1" })], new Date(0)).notes[0]!.guid);
  });

  test("every note and card id is distinct, in deck order, and each note has one card", () => {
    const cards = Array.from({ length: 50 }, (_, i) => card({ id: `c${i}`, prompt: i % 2 ? `Fact _____ ${i}.` : `Question ${i}?` }));
    const col = buildAnkiCollection(ARTICLE, cards, NOW);
    expect(new Set(col.notes.map((n) => n.id)).size).toBe(50);
    expect(new Set(col.notes.map((n) => n.guid)).size).toBe(50);
    expect(col.cards.map((c) => c.nid)).toEqual(col.notes.map((n) => n.id));
    expect(col.cards.map((c) => c.due)).toEqual(cards.map((_, i) => i + 1));
  });
});

describe("cards", () => {
  test.each([
    [false, 0],
    [true, -1],
  ])("suspended %s → new card in queue %d", (suspended, queue) => {
    const { cards, col } = buildAnkiCollection(ARTICLE, [card({ id: "c1", suspended })], NOW);
    const decks = JSON.parse(col.decks) as Record<string, { name: string }>;
    const deckId = Object.keys(decks).find((id) => id !== "1")!;
    expect(cards[0]).toMatchObject({ ord: 0, type: 0, queue, ivl: 0, reps: 0, lapses: 0, did: Number(deckId), odid: 0 });
  });
});

describe("collection", () => {
  test("schema 11 with both note types, the Default deck and the article's deck", () => {
    const { col, deckName } = buildAnkiCollection(ARTICLE, [card({ id: "c1" })], NOW);
    expect(col.ver).toBe(11);
    expect(col.mod).toBe(NOW.getTime());
    expect(col.crt).toBe(Date.UTC(2024, 2, 1) / 1000);
    const models = JSON.parse(col.models) as Record<string, { type: number; name: string; flds: { name: string; ord: number }[]; tmpls: { qfmt: string }[] }>;
    expect(models[String(CLOZE_NOTE_TYPE_ID)]).toMatchObject({ type: 1, name: "NewsDeck Cloze" });
    expect(models[String(CLOZE_NOTE_TYPE_ID)]!.tmpls[0]!.qfmt).toContain("{{cloze:Text}}");
    expect(models[String(BASIC_NOTE_TYPE_ID)]).toMatchObject({ type: 0, name: "NewsDeck Basic" });
    expect(models[String(BASIC_NOTE_TYPE_ID)]!.flds.map((f) => f.name)).toEqual(["Front", "Back", "Source", "Article"]);
    const decks = JSON.parse(col.decks) as Record<string, { id: number; name: string; dyn: number; conf: number }>;
    expect(Object.values(decks).map((d) => d.name)).toEqual(["Default", "NewsDeck::North Korea–Russia Cooperation"]);
    expect(deckName).toBe("NewsDeck::North Korea–Russia Cooperation");
    for (const [key, d] of Object.entries(decks)) expect(String(d.id)).toBe(key);
    expect(Object.keys(JSON.parse(col.dconf) as object)).toEqual(["1"]);
    expect(JSON.parse(col.tags)).toEqual({ newsdeck: 0, "north-korea-russia-cooperation": 0 });
  });

  test.each([
    ["Part one :: part two", "NewsDeck::Part one : part two"],
    ["Line\nbreak\ttab", "NewsDeck::Line break tab"],
    ["   ", "NewsDeck::Article"],
  ])("title %j → deck %j", (title, name) => {
    expect(buildAnkiCollection({ id: "x", title }, [], NOW).deckName).toBe(name);
  });

  test("the deck id is stable per article, safe as a JavaScript number, and never the Default deck", () => {
    const id = (articleId: string) => Number(Object.keys(JSON.parse(buildAnkiCollection({ id: articleId, title: "T" }, [], NOW).col.decks) as object)[1]);
    expect(id("a")).toBe(id("a"));
    expect(id("a")).not.toBe(id("b"));
    for (const a of ["a", "b", "c", "ckx0000000000000000000000"]) {
      expect(Number.isSafeInteger(id(a)) && id(a) > 1).toBe(true);
    }
  });
});
