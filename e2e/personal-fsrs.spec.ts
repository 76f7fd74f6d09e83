import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers/auth";

test("settings: the memory model says how many reviews a fit needs, a fit by keyboard keeps the defaults, and out-of-range weights are refused", async ({ page }) => {
  await signUp(page, uniqueEmail("fsrs"));
  await page.getByRole("link", { name: "Settings" }).click();

  const model = page.getByRole("region", { name: "Your memory model" });
  await expect(model.getByText("Needs 80 more reviews before a fit; until then FSRS's weights stay as they are.")).toBeVisible();
  await expect(model.getByText("No fit yet.")).toBeVisible();

  // A fit asked for by keyboard runs after the response; with no reviews it records why and changes nothing.
  const fit = model.getByRole("button", { name: "Fit my weights now" });
  await fit.focus();
  await page.keyboard.press("Enter");
  await expect(model.getByText("Fitting your weights from your reviews. This page shows the progress.")).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(model.getByText(/^Last fit: .+, from 0 reviews\.$/)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(model.getByText(/a fit needs 80 reviews of cards you had already seen on an earlier day, and you have 0\./)).toBeVisible();
  await expect(page.getByLabel("FSRS parameters (optional)")).toHaveValue("");

  // Weights typed by hand must be within FSRS's ranges.
  const weights = page.getByLabel("FSRS parameters (optional)");
  const defaults = "0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542";
  await weights.fill(`1e308, ${defaults.split(", ").slice(1).join(", ")}`);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("FSRS parameter 1 (w0) is 1e+308, outside FSRS's allowed range 0.001 to 100")).toBeVisible();
  await expect(weights).toHaveAttribute("aria-invalid", "true");
  await weights.fill(defaults);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved. Your next card uses them.")).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
