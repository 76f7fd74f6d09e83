/**
 * NewsDeck's two Anki note types, in Anki's schema 11 JSON (the `models` column of `col`). Their ids are
 * fixed, so every export names the same note types and Anki, importing a second deck, reuses them instead
 * of adding "NewsDeck Cloze-1a2b3".
 */
export const CLOZE_NOTE_TYPE_ID = 1_733_140_800_001;
export const BASIC_NOTE_TYPE_ID = 1_733_140_800_002;

/** Field names, in the order of a note's `flds`. */
export const CLOZE_FIELDS = ["Text", "Source", "Article"] as const;
export const BASIC_FIELDS = ["Front", "Back", "Source", "Article"] as const;

const CSS = `.card {
 font-family: arial;
 font-size: 20px;
 text-align: center;
 color: black;
 background-color: white;
}
.cloze {
 font-weight: bold;
 color: blue;
}
.nightMode .cloze {
 color: lightblue;
}
.article {
 font-size: 14px;
 color: #57534e;
 margin-bottom: 12px;
}
.source {
 font-size: 16px;
 margin-top: 12px;
 font-style: italic;
}
`;

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

type Template = { name: string; qfmt: string; afmt: string };

function noteType(id: number, name: string, kind: 0 | 1, fields: readonly string[], template: Template, required: number[], deckId: number, mod: number) {
  return {
    id,
    name,
    type: kind,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ ...template, ord: 0, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 }],
    flds: fields.map((f, ord) => ({ name: f, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    latexsvg: false,
    req: [[0, "any", required]],
    tags: [],
    vers: [],
  };
}

/**
 * The `models` JSON of an exported collection: a cloze type (the article title above the cloze, the source
 * sentence on the back) and a basic type (Front, Back, the same two fields). `mod` is in seconds.
 */
export function makeNoteTypes(deckId: number, modSeconds: number) {
  const article = `<div class="article">{{Article}}</div>\n`;
  const source = `\n<div class="source">{{Source}}</div>`;
  const cloze = noteType(
    CLOZE_NOTE_TYPE_ID,
    "NewsDeck Cloze",
    1,
    CLOZE_FIELDS,
    { name: "Cloze", qfmt: `${article}{{cloze:Text}}`, afmt: `${article}{{cloze:Text}}\n<hr id=answer>${source}` },
    [0],
    deckId,
    modSeconds,
  );
  const basic = noteType(
    BASIC_NOTE_TYPE_ID,
    "NewsDeck Basic",
    0,
    BASIC_FIELDS,
    // The card shows when Front or Article has text (what Anki's "req" says of this front template).
    { name: "Card 1", qfmt: `${article}{{Front}}`, afmt: `{{FrontSide}}\n<hr id=answer>\n{{Back}}${source}` },
    [0, 3],
    deckId,
    modSeconds,
  );
  return { [String(CLOZE_NOTE_TYPE_ID)]: cloze, [String(BASIC_NOTE_TYPE_ID)]: basic };
}
