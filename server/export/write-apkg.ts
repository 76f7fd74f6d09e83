import "server-only";

import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { AnkiCollection } from "@/lib/export/build-anki-collection";
import { ANKI_SCHEMA_11 } from "@/server/export/anki-schema";

/**
 * An Anki package (.apkg) of a collection: a zip holding `collection.anki2`, the collection as a SQLite
 * file in Anki's schema 11, and `media`, the (empty) JSON map of media files. The database is built in
 * memory and serialized, so no temporary file is left behind; the serialized file is in rollback-journal
 * mode, as a file Anki opens must be.
 */
export function writeApkg(collection: AnkiCollection): Uint8Array<ArrayBuffer> {
  const sqlite = new Database(":memory:");
  let file: Buffer;
  try {
    sqlite.exec(ANKI_SCHEMA_11);
    const insertCol = sqlite.prepare(
      "INSERT INTO col VALUES (@id, @crt, @mod, @scm, @ver, @dty, @usn, @ls, @conf, @models, @decks, @dconf, @tags)",
    );
    const insertNote = sqlite.prepare(
      "INSERT INTO notes VALUES (@id, @guid, @mid, @mod, @usn, @tags, @flds, @sfld, @csum, @flags, @data)",
    );
    const insertCard = sqlite.prepare(
      "INSERT INTO cards VALUES (@id, @nid, @did, @ord, @mod, @usn, @type, @queue, @due, @ivl, @factor, @reps, @lapses, @left, @odue, @odid, @flags, @data)",
    );
    sqlite.transaction(() => {
      insertCol.run(collection.col);
      for (const note of collection.notes) insertNote.run(note);
      for (const card of collection.cards) insertCard.run(card);
    })();
    file = sqlite.serialize();
  } finally {
    sqlite.close();
  }
  const zip = zipSync({ "collection.anki2": new Uint8Array(file.buffer, file.byteOffset, file.byteLength), media: strToU8("{}") }, { level: 6 });
  return zip as Uint8Array<ArrayBuffer>; // fflate allocates its output as a plain ArrayBuffer
}
