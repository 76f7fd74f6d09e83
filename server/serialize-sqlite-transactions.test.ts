import { expect, test } from "vitest";
import { db } from "@/server/db";
import { makeUser } from "@/server/test/fixtures";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("a write made while another request's transaction is open is neither read by it early nor undone by its rollback", async () => {
  const user = await makeUser("tx");
  await db.user.update({ where: { id: user.id }, data: { name: "before" } });
  const seen: (string | null)[] = [];
  const failing = db
    .$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "uncommitted" } });
      await sleep(150);
      throw new Error("refused: rolled back");
    })
    .catch((e: Error) => e.message);
  await sleep(30);
  // Another request, meanwhile: a read, then a write that is acknowledged.
  seen.push((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name);
  await db.user.update({ where: { id: user.id }, data: { name: "outside" } });
  expect(await failing).toBe("refused: rolled back");
  expect(seen).toEqual(["before"]);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("outside");
});
