export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-2xl border border-dashed border-stone-300 bg-white p-8 text-center dark:border-stone-700 dark:bg-stone-900">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children ? <div className="mt-2 text-stone-600 dark:text-stone-400">{children}</div> : null}
    </div>
  );
}
