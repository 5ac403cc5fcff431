// Drives the page of `somelint serve` in headless Chromium, as a person would: pastes a draft
// with a swear word and an identity code, sees both underlined, applies a fix, sees the count
// change, and checks that the page asked nothing of any other server.
//
// node page.mjs URL [SCREENSHOT.png]; the browser is $SOMELINT_CHROMIUM. tests/serve_page.rs
// runs it. Prints what it saw as JSON; exits non-zero on the first failed expectation.
import { chromium } from "playwright-core";

const [url, screenshot] = process.argv.slice(2);
const HETU = "131052-308T";
const DRAFT = `Tämä on ihan perkeleen hyvä päätös. Henkilötunnukseni on ${HETU}.\n-Maija`;

function expect(ok, what) {
  if (!ok) throw new Error(`expected: ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.SOMELINT_CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu"],
});
const seen = { requests: [], console: [] };
try {
  const context = await browser.newContext({ locale: "fi-FI" });
  const page = await context.newPage();
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") seen.console.push(m.text()); });
  page.on("pageerror", (e) => seen.console.push(String(e)));
  await page.goto(url);

  // Labelled controls, found as a screen reader names them.
  const draft = page.getByLabel("Luonnos");
  await page.getByLabel("Kanava").selectOption("x");
  const xCount = page.locator('#counts [data-platform="x"]');
  await xCount.waitFor();
  await draft.focus();
  await draft.fill(DRAFT); // as a paste: one input event with the whole text

  const profanity = page.locator('#backdrop mark[data-rules~="tone.profanity"]');
  const hetu = page.locator('#backdrop mark[data-rules~="confidential.hetu"]');
  await profanity.waitFor();
  await hetu.waitFor();
  seen.profanity = await profanity.textContent();
  seen.hetu = await hetu.textContent();
  expect(seen.profanity === "perkeleen", `the swear word underlined, got ${seen.profanity}`);
  expect(seen.hetu === HETU, `the identity code underlined, got ${seen.hetu}`);
  seen.summary = await page.locator("#summary").textContent();
  expect(/virhe/.test(seen.summary), `a summary of errors, got ${seen.summary}`);
  expect((await page.locator("#summary").getAttribute("aria-live")) === "polite", "a live region");
  seen.before = await xCount.textContent();
  seen.findings = await page.locator("#findings li").count();
  const listed = await page.locator("#findings").textContent();
  expect(!listed.includes(HETU), "the identity code masked in the list");
  expect(/Ohjeen kohta/.test(listed), "the guideline cited");

  // The fix, by keyboard: focus the button and press Enter.
  const fix = page.locator('#findings li[data-rule="omat.kirosana"] button.apply');
  await fix.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !document.getElementById("draft").value.includes("perkeleen"));
  await profanity.waitFor({ state: "detached" });
  await page.waitForFunction((before) => {
    const el = document.querySelector('#counts [data-platform="x"]');
    return el && el.textContent !== before;
  }, seen.before);
  seen.after = await xCount.textContent();
  seen.text = await draft.inputValue();
  expect(seen.text.includes("todella hyvä"), `the fix applied, got ${seen.text}`);
  await hetu.waitFor();

  // English with the switch.
  await page.getByRole("button", { name: "In English" }).click();
  await page.getByLabel("Draft").waitFor();
  await page.waitForFunction(() => /error/.test(document.getElementById("summary").textContent));
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

  const origin = new URL(url).origin;
  seen.outside = seen.requests.filter((r) => new URL(r).origin !== origin);
  expect(seen.outside.length === 0, `no request outside the server, got ${seen.outside}`);
  expect(seen.console.length === 0, `no errors in the console, got ${seen.console}`);
  console.log(JSON.stringify(seen, null, 1));
} catch (e) {
  console.log(JSON.stringify(seen, null, 1));
  console.error(String(e && e.stack || e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
