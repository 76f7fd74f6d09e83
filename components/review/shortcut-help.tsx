const SHORTCUTS: [string, string][] = [
  ["Space or Enter", "Show the answer; after it, grade Good"],
  ["1 2 3 4", "Again, Hard, Good, Easy"],
  ["U or Ctrl+Z", "Undo the last review"],
  ["M", "Open the card menu"],
  ["?", "Show or hide these shortcuts"],
];

export function ShortcutHelp() {
  return (
    <section aria-label="Keyboard shortcuts" className="mb-3 rounded-xl border border-stone-200 bg-white p-4 text-sm dark:border-stone-800 dark:bg-stone-900">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 px-1.5 dark:border-stone-700">{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
