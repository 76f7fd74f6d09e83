import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">That page does not exist, or it is not yours to see.</p>
      <Link href="/study" className="mt-6 inline-block text-brand-700 underline dark:text-brand-100">
        Back to your deck
      </Link>
    </main>
  );
}
