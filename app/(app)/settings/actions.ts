"use server";

import { revalidatePath } from "next/cache";
import { ZUserSettingsFormSchema } from "@/lib/validations/settings";
import { authedFormAction } from "@/server/safe-action";
import { updateSettings } from "@/server/services/update-settings";

export const updateSettingsAction = authedFormAction(ZUserSettingsFormSchema, async (user, input) => {
  await updateSettings(user.id, input);
  revalidatePath("/study");
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved. Your next card uses them." };
});
