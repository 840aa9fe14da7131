// Browser check of the consent page `whatsapp-kontakt.html`, run by `.ci/browser-check`.
//
// Usage: node check.mjs SCREENSHOT_DIR NAME=PAGE.html [NAME=PAGE.html …]
//
// For every page, in headless Chromium at phone size (390×844), with JavaScript on and off:
// - the page loads from file:// and requests nothing else (every request is recorded; any
//   request other than the page itself is blocked and fails the check);
// - before the first box is ticked no chat link can be seen, focused or clicked, and the
//   stand-in button is disabled;
// - after ticking it (with the keyboard), exactly one https://wa.me/ link is visible, enabled
//   and on top; its prefilled text follows the optional boxes;
// - clicking it asks for exactly one navigation, to wa.me (intercepted, nothing leaves);
// - no horizontal scrolling, every checkbox labelled, lang="de", no console errors.
// Screenshots of each page (top, and the choice after ticking) go to SCREENSHOT_DIR.

import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [shotDir, ...pages] = process.argv.slice(2);
if (!shotDir || pages.length === 0) {
  console.error('usage: node check.mjs SCREENSHOT_DIR NAME=PAGE.html …');
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CHAT = 'https://wa.me/';

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) {
    passed += 1;
    console.log(`  ok   ${what}`);
  } else {
    failed += 1;
    console.log(`  FAIL ${what}`);
  }
}

// Visible links to the chat, with whether each is the topmost element at its centre.
async function visibleChatLinks(page) {
  const links = page.locator(`a[href^="${CHAT}"]`);
  const out = [];
  for (let i = 0; i < (await links.count()); i += 1) {
    const link = links.nth(i);
    if (!(await link.isVisible())) continue;
    const box = await link.boundingBox();
    out.push({ href: await link.getAttribute('href'), link, box });
  }
  return out;
}

async function checkPage(name, file, javaScript) {
  const label = `${name} (JavaScript ${javaScript ? 'an' : 'aus'})`;
  console.log(label);
  const userData = mkdtempSync(join(tmpdir(), 'dsgvo-gen-chromium-'));
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: javaScript,
    locale: 'de-DE',
  });
  const pageUrl = pathToFileURL(resolve(file)).href;
  // Every request the browser makes, once each (route handler and request event both see it).
  const requests = [];
  const seen = new WeakSet();
  const record = (request) => {
    if (!seen.has(request)) {
      seen.add(request);
      requests.push(request.url());
    }
  };
  const problems = [];
  try {
    // Record every request; only the page itself may load. Anything else is blocked.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      record(route.request());
      if (url === pageUrl) return route.continue();
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(5000);
    page.on('request', record);
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));

    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const other = requests.filter((u) => u !== pageUrl);
    check(other.length === 0, `loads nothing besides the page (${other.join(', ') || 'keine Anfragen'})`);
    check((await page.locator('html').getAttribute('lang')) === 'de', 'lang="de"');

    // Accessibility basics: every checkbox has exactly one label, none pre-ticked.
    const boxes = page.locator('input[type="checkbox"]');
    const count = await boxes.count();
    let labelled = true;
    let unticked = true;
    for (let i = 0; i < count; i += 1) {
      const id = await boxes.nth(i).getAttribute('id');
      labelled &&= (await page.locator(`label[for="${id}"]`).count()) === 1;
      unticked &&= !(await boxes.nth(i).isChecked());
    }
    check(count >= 1 && labelled, `${count} Kästchen, jedes mit Beschriftung`);
    check(unticked, 'kein Kästchen vorausgewählt');
    const width = await page.evaluate(() => document.documentElement.scrollWidth).catch(() => null);
    if (width !== null) check(width <= 390, `keine waagerechte Scrollleiste (${width}px)`);

    await page.screenshot({ path: join(shotDir, `${name}-390-oben${javaScript ? '' : '-ohne-js'}.png`) });

    // Before the first box: no chat link to see, focus or click.
    check((await visibleChatLinks(page)).length === 0, 'vor dem Ankreuzen: kein Chat-Link sichtbar');
    const button = page.getByRole('button', { name: 'WhatsApp-Chat öffnen' });
    check(await button.isVisible(), 'vor dem Ankreuzen: Platzhalter-Schaltfläche sichtbar');
    check(await button.isDisabled(), 'vor dem Ankreuzen: Schaltfläche deaktiviert');
    await button.click({ force: true });
    await page.waitForTimeout(200);
    check(requests.filter((u) => u !== pageUrl).length === 0, 'Klick auf die Schaltfläche löst nichts aus');
    // Keyboard: walk the whole tab order; no stop may be a chat link.
    const reached = [];
    await page.locator('body').focus();
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
      if (href) reached.push(href);
    }
    check(!reached.some((h) => h.startsWith(CHAT)), 'vor dem Ankreuzen: kein Chat-Link per Tastatur erreichbar');

    // Tick the first box with the keyboard.
    const gate = page.locator('#k-chat');
    await gate.focus();
    await page.keyboard.press('Space');
    check(await gate.isChecked(), 'erstes Kästchen per Tastatur angekreuzt');
    let links = await visibleChatLinks(page);
    check(links.length === 1, `nach dem Ankreuzen: genau ein Chat-Link sichtbar (${links.length})`);
    check(!(await button.isVisible()), 'nach dem Ankreuzen: Platzhalter verschwunden');
    if (links.length === 1) {
      const { href, link } = links[0];
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      check(href.startsWith(CHAT) && href.includes('?text=Hallo'), `Link ${href.slice(0, 60)}…`);
      check(!/EW-/.test(decodeURIComponent(href)), 'ohne weitere Kästchen: keine Einwilligung im Text');
      check(await link.isEnabled(), 'Link ist bedienbar');
      const onTop = await page
        .evaluate(({ x, y }) => {
          const el = document.elementFromPoint(x, y);
          return Boolean(el && el.closest('a') && el.closest('a').href.startsWith('https://wa.me/'));
        }, { x: box.x + box.width / 2, y: box.y + box.height / 2 })
        .catch(() => null);
      if (onTop !== null) check(onTop, 'Link liegt oben und ist anklickbar');
    }

    // Optional boxes change the prefilled text to name exactly the ticked consents.
    const options = await page.locator('input[type="checkbox"]:not(#k-chat)').all();
    for (const option of options) {
      const id = await option.getAttribute('id');
      await page.locator(`label[for="${id}"]`).click();
      links = await visibleChatLinks(page);
      const text = links.length === 1 ? decodeURIComponent(links[0].href) : '';
      const code = id.replace('k-', '').toUpperCase();
      check(links.length === 1 && text.includes(`EW-${code}-`), `mit „${id}“: Text nennt EW-${code}`);
      await page.locator(`label[for="${id}"]`).click();
      links = await visibleChatLinks(page);
      const back = links.length === 1 ? decodeURIComponent(links[0].href) : '';
      check(links.length === 1 && !back.includes(`EW-${code}-`), `ohne „${id}“: Text nennt EW-${code} nicht`);
    }
    if (options.length > 0) {
      await page.locator(`label[for="${await options[options.length - 1].getAttribute('id')}"]`).click();
    }

    const suffix = javaScript ? '' : '-ohne-js';
    await page.locator('fieldset').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(shotDir, `${name}-390-auswahl${suffix}.png`) });
    await page.screenshot({ path: join(shotDir, `${name}-390-ganz${suffix}.png`), fullPage: true });

    // The user's own click: exactly one navigation, to wa.me, intercepted here.
    links = await visibleChatLinks(page);
    if (links.length === 1) {
      const before = requests.length;
      const asked = page.waitForRequest((r) => r.url().startsWith(CHAT), { timeout: 5000 });
      await links[0].link.click({ noWaitAfter: true }).catch(() => {});
      const request = await asked.catch(() => null);
      await page.waitForTimeout(200);
      const after = requests.slice(before);
      check(
        request !== null && after.length === 1 && after[0] === links[0].href,
        `Klick auf den Link: genau eine Anfrage, an diesen wa.me-Link (${after.length})`,
      );
    }

    // Unticking the first box takes the link away again.
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.locator('label[for="k-chat"]').click();
    await page.locator('label[for="k-chat"]').click();
    check((await visibleChatLinks(page)).length === 0, 'nach dem Abwählen: kein Chat-Link mehr');

    check(problems.length === 0, `keine Fehler in der Konsole${problems.length ? `: ${problems.join(' | ')}` : ''}`);
  } finally {
    await context.close();
    rmSync(userData, { recursive: true, force: true });
  }
}

for (const spec of pages) {
  const [name, file] = spec.split('=');
  for (const javaScript of [true, false]) {
    await checkPage(name, file, javaScript);
  }
}
console.log(`screenshots: ${resolve(shotDir)}`);
console.log(`browser-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
