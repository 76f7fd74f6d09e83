import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { textField, type AnkiField } from "./anki-field";
import { BASIC_NOTE_TYPE_ID, CLOZE_NOTE_TYPE_ID, makeNoteTypes } from "./anki-note-types";
import { fieldChecksum } from "./field-checksum";
import { makeClozeField } from "./make-cloze-field";
import { makeGuid } from "./make-guid";
import { makeSlug } from "./make-slug";

/** One card of a reader's deck, worded as that reader sees it. */
export type ExportCard = { id: string; prompt: string; answer: string; sourceSentence: string; suspended: boolean };
export type ExportArticle = { id: string; title: string };

/** Anki separates a note's fields with the ASCII unit separator. */
export const FIELD_SEPARATOR = "\u001f";

/** A row of Anki's `notes` table. */
export type AnkiNoteRow = {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
};

/** A row of Anki's `cards` table. */
export type AnkiCardRow = {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  usn: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  odue: number;
  odid: number;
  flags: number;
  data: string;
};

/** The one row of Anki's `col` table (JSON columns as text). */
export type AnkiColRow = {
  id: number;
  crt: number;
  mod: number;
  scm: number;
  ver: number;
  dty: number;
  usn: number;
  ls: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
};

export type AnkiCollection = { col: AnkiColRow; notes: AnkiNoteRow[]; cards: AnkiCardRow[]; deckName: string; slug: string };

/** Anki's schema version of a collection.anki2 that every Anki release since 2.0 imports. */
const SCHEMA_VERSION = 11;
/** Anki's queue numbers: 0 new, -1 suspended. Card type 0 is new. */
const QUEUE_NEW = 0;
const QUEUE_SUSPENDED = -1;
const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

/**
 * Everything an Anki package's collection holds for one article's deck, as the rows of Anki's schema 11
 * tables: a note per card (a cloze note when the prompt has one blank, else a basic note), each with its
 * source sentence and the article's title in fields and the tags `newsdeck` and the article's slug, in a
 * deck "NewsDeck::<title>". Cards are exported as new cards (Anki schedules them afresh; a card suspended
 * here stays suspended), in the deck's order. Ids are epoch milliseconds from `now`, as Anki makes them;
 * note GUIDs and the deck id derive from our ids, so exporting again and importing updates, not duplicates.
 *
 * @example
 * buildAnkiCollection({ id: "a1", title: "Budget" }, [{ id: "c1", prompt: "It cost _____.", answer: "$4", sourceSentence: "It cost $4.", suspended: false }], now)
 *   .notes[0].flds // "It cost {{c1::$4}}.\x1fIt cost $4.\x1fBudget"
 */
export function buildAnkiCollection(article: ExportArticle, cards: readonly ExportCard[], now: Date): AnkiCollection {
  const nowMs = now.getTime();
  const nowSec = Math.floor(nowMs / 1000);
  const slug = makeSlug(article.title);
  const deckId = makeDeckId(article.id);
  const deckName = `NewsDeck::${deckTitle(article.title)}`;
  const tags = ["newsdeck", slug];
  const titleField = textField(article.title);

  const notes: AnkiNoteRow[] = [];
  const rows: AnkiCardRow[] = [];
  cards.forEach((card, i) => {
    const cloze = makeClozeField(card.prompt, card.answer);
    const source = textField(card.sourceSentence);
    const fields: AnkiField[] = cloze ? [cloze, source, titleField] : [textField(card.prompt), textField(card.answer), source, titleField];
    const noteId = nowMs + i;
    notes.push({
      id: noteId,
      guid: makeGuid(`newsdeck:card:${card.id}`),
      mid: cloze ? CLOZE_NOTE_TYPE_ID : BASIC_NOTE_TYPE_ID,
      mod: nowSec,
      usn: -1,
      tags: ` ${tags.join(" ")} `,
      flds: fields.map((f) => f.html).join(FIELD_SEPARATOR),
      sfld: fields[0]!.text,
      csum: fieldChecksum(fields[0]!.text),
      flags: 0,
      data: "",
    });
    rows.push({
      id: nowMs + i,
      nid: noteId,
      did: deckId,
      ord: 0, // c1 of a cloze note, the one template of a basic note
      mod: nowSec,
      usn: -1,
      type: 0,
      queue: card.suspended ? QUEUE_SUSPENDED : QUEUE_NEW,
      due: i + 1, // a new card's position in the new queue
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      odue: 0,
      odid: 0,
      flags: 0,
      data: "",
    });
  });

  const deck = (id: number, name: string, desc: string) => ({
    id,
    mod: nowSec,
    name,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc,
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    extendNew: 0,
    extendRev: 0,
  });
  const conf = {
    activeDecks: [DEFAULT_DECK_ID],
    curDeck: DEFAULT_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(CLOZE_NOTE_TYPE_ID),
    nextPos: cards.length + 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    schedVer: 2,
  };
  return {
    col: {
      id: 1,
      crt: startOfUtcDay(nowSec),
      mod: nowMs,
      scm: nowMs,
      ver: SCHEMA_VERSION,
      dty: 0,
      usn: 0,
      ls: 0,
      conf: JSON.stringify(conf),
      models: JSON.stringify(makeNoteTypes(deckId, nowSec)),
      decks: JSON.stringify({
        [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, "Default", ""),
        [deckId]: deck(deckId, deckName, `Cards from “${titleField.html}”, made with NewsDeck.`),
      }),
      dconf: JSON.stringify({ [DEFAULT_CONF_ID]: defaultDeckOptions(nowSec) }),
      tags: JSON.stringify(Object.fromEntries(tags.map((t) => [t, 0]))),
    },
    notes,
    cards: rows,
    deckName,
    slug,
  };
}

/** A stable deck id for an article (a positive integer below 2^48, never Anki's Default deck 1). */
function makeDeckId(articleId: string): number {
  const digest = sha256(utf8ToBytes(`newsdeck:deck:${articleId}`));
  let n = 0;
  for (const byte of digest.subarray(0, 6)) n = n * 256 + byte;
  return Math.max(n, DEFAULT_DECK_ID + 1);
}

/** The title as one level of a deck name: "::" would nest decks, and line breaks have no place in a name. */
function deckTitle(title: string): string {
  const name = title.replace(/\s+/g, " ").replaceAll("::", ":").trim();
  return name || "Article";
}

function startOfUtcDay(seconds: number): number {
  return seconds - (seconds % 86_400);
}

/** Anki's default deck options, in schema 11 form. */
function defaultDeckOptions(modSeconds: number) {
  return {
    id: DEFAULT_CONF_ID,
    mod: modSeconds,
    name: "Default",
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}
