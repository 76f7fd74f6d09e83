"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { ZUserSettingsFormSchema } from "@/lib/validations/settings";
import { authedFormAction } from "@/server/safe-action";
import { startFsrsFit } from "@/server/services/start-fsrs-fit";
import { updateSettings } from "@/server/services/update-settings";

export const updateSettingsAction = authedFormAction(ZUserSettingsFormSchema, async (user, input) => {
  await updateSettings(user.id, input);
  revalidatePath("/study");
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved. Your next card uses them." };
});

/** Fits the reader's FSRS weights now, after the response (one fit per reader at a time). */
export const fitWeightsAction = authedFormAction(z.object({}), async (user) => {
  const started = await startFsrsFit(user.id, new Date(), after);
  revalidatePath("/settings");
  return started
    ? { ok: true, message: "Fitting your weights from your reviews. This page shows the progress." }
    : { ok: false, message: "A fit of your weights is already running; this page shows its progress." };
});
