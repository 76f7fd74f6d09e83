"use client";

import { Fragment, useEffect, useRef, useState } from "react";
import type { TMemoryBand } from "@/lib/progress/describe-memory-mark";
import type { TMemoryCardView, TMemoryMapView, TMemorySegmentView } from "@/lib/progress/present-memory-map";

type Mark = Extract<TMemorySegmentView, { kind: "mark" }>;

/** Tint and underline style per band: the underline differs too, so colour is never the only cue. */
const BAND_CLASSES: Record<TMemoryBand, string> = {
  strong: "bg-emerald-100 text-emerald-950 decoration-solid decoration-emerald-800 dark:bg-emerald-900 dark:text-emerald-50 dark:decoration-emerald-200",
  fading: "bg-amber-100 text-amber-950 decoration-dashed decoration-amber-800 dark:bg-amber-900 dark:text-amber-50 dark:decoration-amber-200",
  weak: "bg-rose-100 text-rose-950 decoration-wavy decoration-rose-800 dark:bg-rose-900 dark:text-rose-50 dark:decoration-rose-200",
  new: "bg-stone-200 text-stone-900 decoration-dotted decoration-stone-700 dark:bg-stone-700 dark:text-stone-50 dark:decoration-stone-300",
  suspended: "bg-transparent text-stone-700 decoration-double decoration-stone-500 dark:text-stone-300 dark:decoration-stone-400",
};

const LEGEND: { band: TMemoryBand; name: string; meaning: string }[] = [
  { band: "strong", name: "Strong", meaning: "recall 90 % or more (solid underline)" },
  { band: "fading", name: "Fading", meaning: "recall 70–89 % (dashed underline)" },
  { band: "weak", name: "Weak", meaning: "recall below 70 % (wavy underline)" },
  { band: "new", name: "New", meaning: "cards not yet studied (dotted underline)" },
  { band: "suspended", name: "Suspended", meaning: "only suspended cards (double underline, no tint)" },
];

const MARK_CLASS = "rounded-sm px-0.5 underline decoration-2 underline-offset-4 box-decoration-clone";
const PANEL_ID = "memory-map-panel";
/** The element holding the article text; its segments carry `data-start` (their offset in the text) for "Make a card". */
export const ARTICLE_TEXT_ID = "article-text";

/**
 * The article text as a memory map: sentences with cards are <mark>s tinted by the reader's recall; each
 * holds a keyboard-reachable button (its name ends with the recall) that opens the sentence's cards in a panel
 * after its paragraph. The button is a span with the button role: a <button> is laid out as an inline block
 * and would not wrap with the text.
 */
export function MemoryMap({ map }: { map: TMemoryMapView }) {
  const [open, setOpen] = useState<string | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (open) panelHeading.current?.focus();
  }, [open]);

  function toggle(key: string, mark: HTMLElement) {
    returnTo.current = mark;
    setOpen(open === key ? null : key);
  }

  function close() {
    setOpen(null);
    returnTo.current?.focus();
  }

  const hasMarks = map.paragraphs.some((p) => p.some((s) => s.kind === "mark"));
  return (
    <div className="space-y-3">
      {hasMarks ? <Legend /> : null}
      <div id={ARTICLE_TEXT_ID} className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 leading-loose dark:border-stone-800 dark:bg-stone-900">
        {map.paragraphs.map((segments, i) => {
          const openMark = segments.find((s): s is Mark => s.kind === "mark" && s.key === open);
          return (
            <Fragment key={i}>
              <p>
                {segments.map((s, j) =>
                  s.kind === "text" ? (
                    <span key={j} data-start={s.start}>
                      {s.text}
                    </span>
                  ) : (
                    <mark key={s.key} className={`${MARK_CLASS} ${BAND_CLASSES[s.band]}`}>
                      <span
                        role="button"
                        tabIndex={0}
                        className="cursor-pointer"
                        data-start={s.start}
                        aria-expanded={open === s.key}
                        aria-controls={open === s.key ? PANEL_ID : undefined}
                        onClick={(e) => toggle(s.key, e.currentTarget)}
                        onKeyDown={(e) => {
                          if (e.key !== "Enter" && e.key !== " ") return;
                          e.preventDefault();
                          toggle(s.key, e.currentTarget);
                        }}
                      >
                        {s.text}
                        <span className="sr-only" data-skip="">
                          {" "}
                          ({s.label})
                        </span>
                      </span>
                    </mark>
                  ),
                )}
              </p>
              {openMark ? <CardsPanel mark={openMark} headingRef={panelHeading} onClose={close} /> : null}
            </Fragment>
          );
        })}
      </div>
      {map.unplaced.length > 0 ? (
        <section aria-labelledby="unplaced-heading" className="text-sm">
          <h3 id="unplaced-heading" className="font-medium">
            Not found in the text (cards whose sentence the text no longer has)
          </h3>
          <CardList cards={map.unplaced} />
        </section>
      ) : null}
    </div>
  );
}

function Legend() {
  return (
    <div className="text-sm">
      <p id="memory-legend" className="font-medium">
        Memory map: sentences with cards, tinted by how well you would recall their cards now (the weakest card counts). Select one to see its cards.
      </p>
      <ul aria-labelledby="memory-legend" className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        {LEGEND.map((l) => (
          <li key={l.band}>
            <span className={`${MARK_CLASS} ${BAND_CLASSES[l.band]}`}>{l.name}</span>{" "}
            <span className="text-stone-700 dark:text-stone-300">{l.meaning}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CardsPanel({ mark, headingRef, onClose }: { mark: Mark; headingRef: React.RefObject<HTMLHeadingElement | null>; onClose: () => void }) {
  const panel = useRef<HTMLElement>(null);
  // Escape anywhere in the panel closes it (a listener, since the panel itself is not a control).
  useEffect(() => {
    const node = panel.current;
    if (!node) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    node.addEventListener("keydown", onKey);
    return () => node.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <section
      id={PANEL_ID}
      aria-labelledby={`${PANEL_ID}-heading`}
      className="rounded-lg border border-stone-300 bg-stone-50 p-3 text-sm leading-normal dark:border-stone-700 dark:bg-stone-950"
      ref={panel}
    >
      <div className="flex items-start justify-between gap-3">
        <h3 id={`${PANEL_ID}-heading`} ref={headingRef} tabIndex={-1} className="font-medium">
          This sentence’s cards: {mark.label}
        </h3>
        <button type="button" onClick={onClose} className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
          Close
        </button>
      </div>
      <CardList cards={mark.cards} />
    </section>
  );
}

function CardList({ cards }: { cards: TMemoryCardView[] }) {
  return (
    <ul className="mt-2 space-y-2">
      {cards.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 bg-white p-2 dark:border-stone-800 dark:bg-stone-900">
          <p className="font-medium">{c.prompt}</p>
          <p className="text-brand-700 dark:text-brand-100">{c.answer}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-stone-700 dark:text-stone-300">
            <dt>State</dt>
            <dd>{c.state}</dd>
            <dt>Due</dt>
            <dd>{c.due === "—" ? c.due : <time dateTime={c.dueIso}>{c.due}</time>}</dd>
            <dt>Recall</dt>
            <dd>{c.recall}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
