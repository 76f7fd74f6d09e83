"use client";

import { useActionState, useId, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { createArticleAction, readFileAction, readLinkAction } from "@/app/(app)/articles/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { detectTextMeta } from "@/lib/articles/detect-text-meta";
import { initialFormState } from "@/lib/forms/form-state";
import { ARTICLE_FILE_EXTENSIONS, MAX_ARTICLE_FILE_BYTES, type ArticleDraft } from "@/lib/validations/article";

type Source = "link" | "file" | "paste";
const SOURCES: { id: Source; label: string }[] = [
  { id: "link", label: "Link" },
  { id: "file", label: "File" },
  { id: "paste", label: "Paste" },
];

/**
 * Three ways in (a link, a file, a paste), one way to save: a link or a file is read on the server into a
 * draft that fills the fields below; a paste fills them itself, its title and date detected from its first
 * lines until the reader edits them. The reader checks everything, then "Add article" saves through
 * createArticleAction.
 */
export function AddArticleForm() {
  const [state, saveAction, saving] = useActionState(createArticleAction, initialFormState);
  const [source, setSource] = useState<Source>("link");
  const [title, setTitle] = useState(state.values?.title ?? "");
  const [publishedAt, setPublishedAt] = useState(state.values?.publishedAt ?? "");
  const [sourceUrl, setSourceUrl] = useState(state.values?.sourceUrl ?? "");
  const [text, setText] = useState(state.values?.text ?? "");
  const [edited, setEdited] = useState({ title: false, publishedAt: false });
  const [detected, setDetected] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [readError, setReadError] = useState<string>();
  const [reading, startReading] = useTransition();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  function fillFrom(draft: ArticleDraft, from: string) {
    setTitle(draft.title);
    setPublishedAt(draft.publishedAt);
    setSourceUrl(draft.sourceUrl);
    setText(draft.text);
    setEdited({ title: true, publishedAt: true });
    setDetected(false);
    setReadError(undefined);
    const byline = draft.byline ? ` Byline: ${draft.byline}.` : "";
    setNotice(`Read ${draft.title ? `“${draft.title}”` : "the article"} from ${from}.${byline} Check the title, date and text below, then add the article.`);
    document.getElementById(`${id}-title`)?.focus();
  }

  function onReadLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get("url") ?? "");
    setNotice(undefined);
    startReading(async () => {
      const result = await readLinkAction({ url });
      if (result.ok) fillFrom(result.data, new URL(result.data.sourceUrl || url).host);
      else setReadError(result.message);
    });
  }

  function onReadFile(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    setNotice(undefined);
    if (!(file instanceof File) || file.size === 0) return setReadError(file instanceof File && file.name ? "The file is empty." : "Choose a file to read.");
    if (file.size > MAX_ARTICLE_FILE_BYTES) return setReadError("The file is larger than 10 MB, the limit for a file.");
    startReading(async () => {
      const result = await readFileAction({ file });
      if (result.ok) fillFrom(result.data, file.name);
      else setReadError(result.message);
    });
  }

  /** A paste (or typing) fills title and date from the text's first lines until the reader edits them. */
  function onTextChange(value: string) {
    setText(value);
    if (edited.title && edited.publishedAt) return;
    const meta = detectTextMeta(value, new Date());
    if (!edited.title) setTitle(meta.title ?? "");
    if (!edited.publishedAt) setPublishedAt(meta.publishedAt ?? "");
    setDetected(Boolean(meta.title || meta.publishedAt));
  }

  function selectSource(next: Source, focus = false) {
    setSource(next);
    setReadError(undefined);
    if (focus) tabs.current[SOURCES.findIndex((s) => s.id === next)]?.focus();
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = SOURCES.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    selectSource(SOURCES[target].id, true);
  }

  return (
    <div className="space-y-5">
      <div role="tablist" aria-label="Add the article from" className="inline-flex rounded-lg border border-stone-300 bg-stone-100 p-1 dark:border-stone-700 dark:bg-stone-800">
        {SOURCES.map((s, index) => (
          <button
            key={s.id}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${s.id}`}
            aria-controls={`${id}-panel-${s.id}`}
            aria-selected={source === s.id}
            tabIndex={source === s.id ? 0 : -1}
            onClick={() => selectSource(s.id)}
            onKeyDown={(e) => onTabKey(e, index)}
            className={`min-h-9 rounded-md px-4 text-sm font-medium ${
              source === s.id ? "bg-white text-stone-900 shadow-sm dark:bg-stone-950 dark:text-stone-100" : "text-stone-700 hover:bg-stone-200 dark:text-stone-300 dark:hover:bg-stone-700"
            }`}
          >
            {s.label}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={`${id}-panel-link`} aria-labelledby={`${id}-tab-link`} hidden={source !== "link"}>
        <form onSubmit={onReadLink} noValidate aria-label="Read an article from a link" className="space-y-3">
          <TextField
            label="Link to the article"
            name="url"
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            hint="The page is fetched by the server (web pages and plain text, up to 5 MB, 10 seconds)."
            error={source === "link" ? readError : undefined}
          />
          <Button type="submit" variant="secondary" disabled={reading}>
            {reading ? "Fetching…" : "Fetch article"}
          </Button>
        </form>
      </div>

      <div role="tabpanel" id={`${id}-panel-file`} aria-labelledby={`${id}-tab-file`} hidden={source !== "file"}>
        <form onSubmit={onReadFile} noValidate aria-label="Read an article from a file" className="space-y-3">
          <TextField
            label="Article file"
            name="file"
            id={`${id}-file`}
            type="file"
            accept={[...ARTICLE_FILE_EXTENSIONS, "text/plain", "text/markdown", "text/html", "application/pdf"].join(",")}
            hint="A .txt, .md, .html or .pdf file (PDFs with selectable text), up to 10 MB."
            error={source === "file" ? readError : undefined}
          />
          <Button type="submit" variant="secondary" disabled={reading}>
            {reading ? "Reading…" : "Read file"}
          </Button>
        </form>
      </div>

      <div role="tabpanel" id={`${id}-panel-paste`} aria-labelledby={`${id}-tab-paste`} hidden={source !== "paste"}>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Paste the article into “Article text” below. A title line and a date line (or a dateline such as “WASHINGTON, Dec. 18 (Reuters) -”) fill in the title and date until you edit them.
        </p>
      </div>

      {notice ? (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          {notice}
        </p>
      ) : null}

      <form action={saveAction} className="space-y-4" noValidate aria-label="Add an article">
        <FormMessage message={state.message} />
        <TextField
          id={`${id}-title`}
          label="Title"
          name="title"
          required
          maxLength={300}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setEdited((s) => ({ ...s, title: true }));
          }}
          hint={detected && !edited.title && title ? "Detected from the text: edit it if it is wrong." : undefined}
          error={state.errors?.title}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Link (optional)" name="sourceUrl" type="url" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} error={state.errors?.sourceUrl} />
          <TextField
            label="Published on (optional)"
            name="publishedAt"
            type="date"
            hint="Used to resolve “on Monday” and similar dates."
            value={publishedAt}
            onChange={(e) => {
              setPublishedAt(e.target.value);
              setEdited((s) => ({ ...s, publishedAt: true }));
            }}
            error={state.errors?.publishedAt}
          />
        </div>
        <TextAreaField
          label="Article text"
          name="text"
          rows={10}
          required
          hint="The article's text (or its HTML), up to 200,000 characters: read from a link or a file, or pasted."
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          error={state.errors?.text}
        />
        <Button type="submit" disabled={saving || reading}>
          {saving ? "Making cards…" : "Add article"}
        </Button>
      </form>
    </div>
  );
}
