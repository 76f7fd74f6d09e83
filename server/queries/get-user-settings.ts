import "server-only";

import type { TUserSettings } from "@/lib/validations/settings";
import { db } from "@/server/db";
import { toUserSettings } from "@/server/mappers/user-settings";

/** The reader's settings, validated (a row that fails validation, e.g. edited by hand, gives the defaults). */
export async function getUserSettings(userId: string): Promise<TUserSettings> {
  return toUserSettings(await db.userSettings.findUnique({ where: { userId } }));
}
