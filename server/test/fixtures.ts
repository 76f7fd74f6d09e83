import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { createUser } from "@/server/services/create-user";
import { seed } from "@/prisma/seed";

/** A fresh account, created through the same service as sign-up. */
export async function makeUser(prefix = "u") {
  return createUser({ email: `${prefix}-${randomUUID()}@example.com`, password: "password123", name: "" });
}

/** The built-in articles, seeded through the same code as `npm run db:seed`. */
export async function seedBuiltins() {
  return seed(db, new Date("2024-01-01T00:00:00Z"));
}
