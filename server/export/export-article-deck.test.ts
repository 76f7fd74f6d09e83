import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, test } from "vitest";
import { BASIC_NOTE_TYPE_ID, CLOZE_NOTE_TYPE_ID } from "@/lib/export/anki-note-types";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/server/db";
import { exportArticleDeck } from "@/server/export/export-article-deck";
import { enrollArticle } from "@/server/services/enroll-article";
import { addSuggestedCard } from "@/server/services/add-suggested-card";
import { syncArticleCards, type CardInput } from "@/server/services/sync-article-cards";
import { makeBareArticle, makeUser, seedBuiltins } from "@/server/test/fixtures";

const NOW = new Date("2024-03-01T12:00:00Z");
const TITLE = "Kim & Putin: A Summit <Report>";

const card = (factKey: string, kind: "cloze" | "question", prompt: string, answer: string, sentence: string, suggested = false): CardInput => ({
  kind,
  prompt,
  answer,
  aliases: [],
  distractors: [],
  source: { sentence, start: 0, end: sentence.length },
  factKey,
  score: 1,
  suggested,
});

const DECK = [
  card("place", "cloze", "Kim met Putin at the _____ cosmodrome.", "Vostochny", "Kim met Putin at the Vostochny cosmodrome on Wednesday."),
  card("who", "question", "Who is Sergei Shoigu (as of September 2023)?", "Russia's defence minister", "Defence Minister Sergei Shoigu visited Pyongyang."),
  card("time", "cloze", "The talks lasted _____.", "4:30 hours", "The talks lasted 4:30 hours, officials said."),
  card("suspended", "question", "Where is Vladivostok?", "Russia's Pacific coast", "Vladivostok lies on Russia's Pacific coast."),
  card("added", "cloze", "Kim travelled by _____.", "armoured train", "Kim travelled by armoured train.", true),
  card("offered", "cloze", "The train crossed the _____ River.", "Tumen", "The train crossed the Tumen River.", true),
];

/** A reader's article with the deck above: one suggestion added, one not, one card suspended, one reworded, one retired. */
async function makeReaderDeck() {
  const alice = await makeUser("alice");
  const { id: articleId } = await makeBareArticle(alice.id, TITLE);
  await syncArticleCards(db, articleId, [...DECK, card("gone", "question", "Retired?", "yes", "Gone.")], NOW);
  await syncArticleCards(db, articleId, DECK, NOW); // "gone" is retired now
  await enrollArticle(db, alice.id, articleId, NOW);
  const byKey = async (factKey: string) => db.card.findFirstOrThrow({ where: { articleId, factKey } });
  await addSuggestedCard(alice.id, (await byKey("added")).id, NOW);
  await db.cardState.updateMany({ where: { userId: alice.id, cardId: (await byKey("suspended")).id }, data: { suspended: true } });
  await db.cardOverride.create({ data: { userId: alice.id, cardId: (await byKey("who")).id, answer: "the defence minister of Russia" } });
  return { alice, articleId };
}

function openApkg(body: Uint8Array) {
  const entries = unzipSync(body);
  const sqlite = new Database(Buffer.from(entries["collection.anki2"]!), { readonly: true });
  return { entries, sqlite };
}

type NoteRow = { id: number; guid: string; mid: number; mod: number; usn: number; tags: string; flds: string; sfld: string; csum: number; flags: number; data: string };

describe("the Anki package", () => {
  let pkg: ReturnType<typeof openApkg>;
  let notes: NoteRow[];
  beforeAll(async () => {
    const { alice, articleId } = await makeReaderDeck();
    const file = await exportArticleDeck(alice.id, { articleId, format: "apkg" }, NOW);
    expect(file.contentType).toBe("application/apkg");
    expect(file.filename).toBe("newsdeck-kim-putin-a-summit-report.apkg");
    pkg = openApkg(file.body);
    notes = pkg.sqlite.prepare("SELECT * FROM notes ORDER BY id").all() as NoteRow[];
  });

  test("is a zip of collection.anki2 (a sound SQLite file, not in WAL mode) and an empty media map", () => {
    expect(Object.keys(pkg.entries).sort()).toEqual(["collection.anki2", "media"]);
    expect(strFromU8(pkg.entries.media!)).toBe("{}");
    const file = pkg.entries["collection.anki2"]!;
    expect(strFromU8(file.subarray(0, 16))).toBe("SQLite format 3\0");
    expect([file[18], file[19]]).toEqual([1, 1]); // rollback journal, readable by any SQLite
    expect(pkg.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const tables = pkg.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(["cards", "col", "graves", "notes", "revlog"]);
  });

  test("holds the reader's cards only: no retired card, no suggestion they did not add", () => {
    expect(notes).toHaveLength(5);
    const sorts = notes.map((n) => n.sfld);
    expect(sorts.some((s) => String(s).includes("Tumen"))).toBe(false);
    expect(sorts.some((s) => String(s).includes("Retired"))).toBe(false);
    expect(sorts).toContain("Kim travelled by {{c1::armoured train}}.");
  });

  test("cloze cards are cloze notes with the answer put back; question cards basic notes, in the reader's wording", () => {
    const flds = notes.map((n) => ({ mid: n.mid, fields: n.flds.split("\x1f") }));
    expect(flds).toEqual([
      { mid: CLOZE_NOTE_TYPE_ID, fields: ["Kim met Putin at the {{c1::Vostochny}} cosmodrome.", "Kim met Putin at the Vostochny cosmodrome on Wednesday.", "Kim &amp; Putin: A Summit &lt;Report&gt;"] },
      { mid: BASIC_NOTE_TYPE_ID, fields: ["Who is Sergei Shoigu (as of September 2023)?", "the defence minister of Russia", "Defence Minister Sergei Shoigu visited Pyongyang.", "Kim &amp; Putin: A Summit &lt;Report&gt;"] },
      { mid: CLOZE_NOTE_TYPE_ID, fields: ["The talks lasted {{c1::4&#58;30 hours}}.", "The talks lasted 4:30 hours, officials said.", "Kim &amp; Putin: A Summit &lt;Report&gt;"] },
      { mid: BASIC_NOTE_TYPE_ID, fields: ["Where is Vladivostok?", "Russia's Pacific coast", "Vladivostok lies on Russia's Pacific coast.", "Kim &amp; Putin: A Summit &lt;Report&gt;"] },
      { mid: CLOZE_NOTE_TYPE_ID, fields: ["Kim travelled by {{c1::armoured train}}.", "Kim travelled by armoured train.", "Kim &amp; Putin: A Summit &lt;Report&gt;"] },
    ]);
  });

  test("every note has the tags, Anki's checksum of its first field, a GUID and Anki's timestamps", () => {
    for (const n of notes) {
      expect(n.tags).toBe(" newsdeck kim-putin-a-summit-report ");
      const first = String(n.sfld);
      expect(n.csum).toBe(Number.parseInt(createHash("sha1").update(first).digest("hex").slice(0, 8), 16));
      expect(n.guid).toMatch(/^\S{1,10}$/);
      expect(n).toMatchObject({ mod: NOW.getTime() / 1000, usn: -1, flags: 0, data: "" });
    }
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
  });

  test("one new card per note, in deck order, in the article's deck; the suspended card stays suspended", () => {
    const cards = pkg.sqlite.prepare("SELECT * FROM cards ORDER BY due").all() as { nid: number; did: number; ord: number; type: number; queue: number; due: number }[];
    expect(cards.map((c) => c.nid)).toEqual(notes.map((n) => n.id));
    expect(cards.map((c) => [c.ord, c.type, c.queue, c.due])).toEqual([
      [0, 0, 0, 1],
      [0, 0, 0, 2],
      [0, 0, 0, 3],
      [0, 0, -1, 4],
      [0, 0, 0, 5],
    ]);
    const col = pkg.sqlite.prepare("SELECT * FROM col").get() as { ver: number; models: string; decks: string; tags: string };
    expect(col.ver).toBe(11);
    const decks = JSON.parse(col.decks) as Record<string, { name: string }>;
    expect(decks[String(cards[0]!.did)]!.name).toBe("NewsDeck::Kim & Putin: A Summit <Report>");
    const models = JSON.parse(col.models) as Record<string, { type: number; flds: { name: string }[] }>;
    expect(models[String(CLOZE_NOTE_TYPE_ID)]!.type).toBe(1);
    expect(models[String(CLOZE_NOTE_TYPE_ID)]!.flds.map((f) => f.name)).toEqual(["Text", "Source", "Article"]);
    expect(models[String(BASIC_NOTE_TYPE_ID)]!.type).toBe(0);
    expect(pkg.sqlite.prepare("SELECT count(*) FROM revlog").pluck().get()).toBe(0);
  });
});

describe("the CSV", () => {
  test("has the header and the reader's cards in the reader's wording", async () => {
    const { alice, articleId } = await makeReaderDeck();
    const file = await exportArticleDeck(alice.id, { articleId, format: "csv" }, NOW);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toBe("newsdeck-kim-putin-a-summit-report.csv");
    const lines = new TextDecoder().decode(file.body).split("\r\n");
    expect(lines[0]).toBe("prompt,answer,source_sentence,article_title,tags");
    expect(lines[1]).toBe("Kim met Putin at the _____ cosmodrome.,Vostochny,Kim met Putin at the Vostochny cosmodrome on Wednesday.,Kim & Putin: A Summit <Report>,newsdeck kim-putin-a-summit-report");
    expect(lines[2]).toContain(",the defence minister of Russia,");
    expect(lines[3]).toBe('The talks lasted _____.,4:30 hours,"The talks lasted 4:30 hours, officials said.",Kim & Putin: A Summit <Report>,newsdeck kim-putin-a-summit-report');
    expect(lines).toHaveLength(7); // header, 5 cards, and the empty string after the last CRLF
  });
});

describe("who may export", () => {
  test("another reader's article is not found, as is a missing one", async () => {
    const { articleId } = await makeReaderDeck();
    const bob = await makeUser("bob");
    for (const format of ["apkg", "csv"] as const) {
      await expect(exportArticleDeck(bob.id, { articleId, format }, NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
      await expect(exportArticleDeck(bob.id, { articleId: "no-such-article", format }, NOW)).rejects.toSatisfy((e) => AppError.is(e, AppErrorCode.NOT_FOUND));
    }
  });

  test("a built-in article is exported with each reader's own cards", async () => {
    await seedBuiltins();
    const bob = await makeUser("bob");
    const builtin = await db.article.findFirstOrThrow({ where: { ownerId: null } });
    const expected = await db.card.count({ where: { articleId: builtin.id, ownerId: null, retiredAt: null, suggested: false } });
    const { sqlite } = openApkg((await exportArticleDeck(bob.id, { articleId: builtin.id, format: "apkg" }, NOW)).body);
    expect(expected).toBeGreaterThan(0);
    expect(sqlite.prepare("SELECT count(*) FROM notes").pluck().get()).toBe(expected);
    expect(sqlite.prepare("SELECT count(*) FROM cards").pluck().get()).toBe(expected);
  });
});
