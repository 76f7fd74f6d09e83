import "server-only";

import { after } from "next/server";
import { refitIfDue } from "@/server/services/refit-if-due";

/**
 * After the response is sent, checks whether the reader's weights are due for a fit and runs it if so.
 * Called from the signed-in layout, so weights follow the reader's reviews without a button.
 */
export function refitInBackground(userId: string): void {
  after(async () => {
    const runs: Promise<unknown>[] = [];
    try {
      await refitIfDue(userId, new Date(), (task) => void runs.push(task()));
      await Promise.all(runs);
    } catch (error) {
      console.error(error);
    }
  });
}
