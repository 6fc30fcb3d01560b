// End-to-end tests of the installable, offline app and of kiosk mode.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ROUTES, STAFF_PIN, axeViolations, holdAppCode, navLink, openPage, visit, useApp, APP_READY, startKiosk as startKioskAs, readQrCode, printedA4Pages } from './helpers.mjs';

const app = useApp();

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

async function addQuestion(page, text) {
  await page.getByLabel('Your question', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add question' }).click();
}

const startKiosk = (page, query) => startKioskAs(app, page, query);

async function assertVisitGone(page, typed) {
  await page.waitForURL(app.url + '/');
  await page.locator(APP_READY).waitFor();
  const local = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(local, ['palliative-guide.kiosk'], 'only the kiosk setting is kept');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  const everything = await page.evaluate(() => JSON.stringify(localStorage) + document.documentElement.outerHTML);
  for (const text of typed) assert.ok(!everything.includes(text), `"${text}" is still on the device`);
}

describe('installable app', () => {
  test('saving the guide for offline use waits until the page the family opened has started', async () => {
    const { page, context, problems } = await openPage(app);
    const release = await holdAppCode(page);
    await page.goto(app.url + '/guide/what-is-palliative-care');
    await page.getByRole('heading', { level: 1, name: 'What is palliative care?' }).waitFor();
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined)), true,
      'nothing is copied for offline use while the page\'s own code is still on its way');
    release();
    await page.locator(APP_READY).waitFor();
    await controlled(page);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('has a valid manifest with icons, linked from the page', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(app.url + href);
    assert.equal(response.headers()['content-type'], 'application/manifest+json');
    const manifest = await response.json();
    for (const field of ['name', 'short_name', 'description', 'start_url', 'scope', 'theme_color', 'background_color']) {
      assert.ok(manifest[field], `manifest has ${field}`);
    }
    assert.equal(manifest.display, 'standalone');
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(wanted), wanted);
    for (const icon of [...manifest.icons, { src: await page.locator('link[rel="apple-touch-icon"]').getAttribute('href') }]) {
      const image = await page.request.get(app.url + icon.src);
      assert.equal(image.status(), 200, icon.src);
    }
    assert.deepEqual(problems, []);
  });

  test('sends strict security headers and sets no cookies', async () => {
    const { page } = await openPage(app);
    const response = await page.goto(app.url + '/');
    const headers = response.headers();
    assert.match(headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval';/);
    assert.doesNotMatch(headers['content-security-policy'], /unsafe-inline/);
    assert.equal(headers['referrer-policy'], 'no-referrer');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline scripts');
    await page.locator(APP_READY).waitFor();
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.deepEqual(await page.context().cookies(), []);
  });
});

describe('one round trip', () => {
  test('every page paints with its screen CSS inside it: no screen style sheet is fetched, and it is styled with every file of CSS refused', async () => {
    // No script either: what is on screen is the page as it arrived.
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const sheets = [];
    await page.route('**/*.css', (route) => {
      sheets.push(new URL(route.request().url()).pathname);
      return route.abort();
    });
    for (const route of ROUTES) {
      await page.goto(app.url + route);
      const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.notEqual(header, 'rgba(0, 0, 0, 0)', `${route}: the header has its colour with no style sheet file`);
      const sheets = await page.evaluate(() => [...document.querySelectorAll('style, link[rel="stylesheet"]')].map((el) => `${el.tagName} ${el.media || 'all'}`));
      assert.deepEqual(sheets.filter((sheet) => !sheet.endsWith(' print')), ['STYLE all'], `${route}: one <style> for the screen, and only print CSS linked`);
    }
    assert.ok(sheets.length > 0 && sheets.every((path) => /^\/print-[0-9a-f]{16}\.css$/.test(path)), `only the print style sheet is a file: ${sheets.join(', ')}`);
    await context.close();
  });

  test('the strict policy still blocks an injected inline style and an inline script', async () => {
    // Not through openPage: the violations this test causes on purpose are not leaks.
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url + '/');
    await page.locator(APP_READY).waitFor();
    const result = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const before = getComputedStyle(document.body).backgroundColor;
      const style = document.createElement('style');
      style.textContent = 'body { background-color: rgb(255, 0, 0) !important; }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 200));
      return { before, after: getComputedStyle(document.body).backgroundColor, ran: window.injected === true, violations };
    });
    assert.equal(result.after, result.before, 'the injected style is not applied');
    assert.equal(result.ran, false, 'the injected script does not run');
    assert.ok(result.violations.includes('style-src-elem'), result.violations.join(', '));
    assert.ok(result.violations.includes('script-src-elem'), result.violations.join(', '));
    await context.close();
  });
});

describe('offline', () => {
  test('the service worker controls the page, and every route works with no network', async () => {
    const { page, context, problems } = await openPage(app);
    await visit(app, page, '/');
    await controlled(page);

    await context.setOffline(true);
    const failed = [];
    // The tab's icon is fetched by the browser itself when it chooses, sometimes past the offline
    // copy (which holds it, see sw.js); only the page's own requests are counted.
    page.on('requestfailed', (request) => {
      const path = new URL(request.url()).pathname;
      if (path !== '/icons/icon.svg') failed.push(path);
    });
    const fetched = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop()));
    await page.reload();
    await page.locator(APP_READY).waitFor();
    // Every page starts the program, kept whole at install: a page with a piece of its own starts
    // with it, none starts the whole app, and nothing is missing.
    for (const route of ROUTES) {
      fetched.length = 0;
      await visit(app, page, route);
      assert.ok((await page.locator('main h1').textContent()).length > 0, route);
      // The page's own piece, as it names it (scripts/prerender.mjs).
      const piece = await page.evaluate(() => document.body.dataset.piece);
      if (piece) assert.ok(fetched.includes(`split_${piece}.wasm`), `${route}: ${fetched.join(' ')}`);
      assert.ok(!fetched.includes('split_app.wasm'), `${route} started the whole app`);
    }
    assert.deepEqual(failed, []);
    // A kiosk starts the whole app, kept at install too: moving within it, a guide page's text
    // comes from the offline copy.
    await startKioskAs(app, page);
    await visit(app, page, '/myths');
    await page.locator('.step-footer').getByRole('link', { name: 'The care team' }).click();
    await page.locator('main .prose h2').first().waitFor();
    assert.deepEqual(failed, []);
    await context.setOffline(false);
    assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  });

  test('a new release is offered with a reload, not mixed in', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/');
    await controlled(page);
    const firstWorker = await readFile('dist/sw.js', 'utf8');
    app.overrides.set('/sw.js', firstWorker + '\n// next release\n');
    try {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await page.getByText('A new version of this guide is ready.').waitFor();
      await Promise.all([
        page.waitForEvent('framenavigated'),
        page.getByRole('button', { name: 'Reload to use it' }).click(),
      ]);
      await page.locator(APP_READY).waitFor();
      const script = await page.evaluate(() => fetch('/sw.js').then((r) => r.text()));
      assert.match(script, /next release/);
      assert.equal(await page.getByText('A new version of this guide is ready.').count(), 0);
    } finally {
      app.overrides.delete('/sw.js');
    }
  });
});

describe('kiosk', () => {
  test('after inactivity it asks, then wipes the visit and goes home', async () => {
    const { page, problems } = await openPage(app);
    await startKiosk(page, '?idle=3&warning=2');
    await (await navLink(page, 'My questions')).click();
    await addQuestion(page, 'Kiosk question about the night team');
    await page.getByLabel('Your question', { exact: true }).fill('Half-typed kiosk draft');
    assert.equal(await page.evaluate(() => Object.keys(localStorage).join()), 'palliative-guide.kiosk', 'nothing of the visit stored');

    const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await warning.waitFor({ timeout: 6000 });
    // Focus is moved into the warning, onto its only button, so a keyboard user can answer.
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'I am still here');
    await assertVisitGone(page, ['Kiosk question about the night team', 'Half-typed kiosk draft']);
    assert.deepEqual(problems, []);
  });

  test('a kiosk visit across three pages keeps what was typed, and still stores nothing', async () => {
    const { page, problems } = await openPage(app);
    await startKiosk(page);
    // Set on this page only: still here at the end means no page was loaded anew.
    await page.evaluate(() => { window.sameVisit = true; });
    await (await navLink(page, 'My questions')).click();
    await page.getByRole('heading', { level: 1, name: 'My questions' }).waitFor();
    await addQuestion(page, 'Asked at the clinic tablet');
    await (await navLink(page, 'My notes')).click();
    await page.getByRole('heading', { level: 1, name: 'My notes' }).waitFor();
    await page.getByLabel('What was said').fill('Written at the clinic tablet');
    await page.getByRole('button', { name: 'Add note' }).click();
    await (await navLink(page, 'Appointments')).click();
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor();

    await (await navLink(page, 'My questions')).click();
    await page.getByText('Asked at the clinic tablet').waitFor();
    await (await navLink(page, 'My notes')).click();
    await page.getByText('Written at the clinic tablet').waitFor();
    assert.equal(await page.evaluate(() => window.sameVisit), true, 'moved within the app, never loading a page');

    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['palliative-guide.kiosk'], 'nothing of the visit stored');
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)), []);
    assert.deepEqual(await page.context().cookies(), []);
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    for (const text of ['Asked at the clinic tablet', 'Written at the clinic tablet']) assert.ok(!stored.includes(text), text);
    assert.deepEqual(problems, []);
  });

  test('"Finish and clear" wipes the visit at once', async () => {
    const { page } = await openPage(app);
    await startKiosk(page);
    await visit(app, page, '/notes');
    await page.getByLabel('Name').fill('Kiosk contact name');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'Finish and clear' }).click();
    await assertVisitGone(page, ['Kiosk contact name']);
  });

  test('the QR code carries the questions to a phone', async () => {
    const { page } = await openPage(app, { viewport: { width: 820, height: 1180 } });
    await startKiosk(page);
    await visit(app, page, '/questions');
    const typed = ['Who do we call at night?', 'Can we have a bed downstairs? (Café & 50% off)'];
    for (const text of typed) await addQuestion(page, text);

    const link = await readQrCode(page.locator('#handoff-qr'));
    assert.ok(link, 'the code can be read');
    assert.ok(link.startsWith(`${app.url}/import#questions=`), link);

    // The family's own phone: not a kiosk, empty storage.
    const { page: phone } = await openPage(app);
    await phone.goto(link);
    await phone.getByRole('button', { name: 'Add to this phone' }).click();
    await phone.waitForURL('**/questions');
    await phone.locator('.question-list li').nth(1).waitFor();
    assert.deepEqual(await phone.locator('.question-list .question__text').allTextContents(), typed);
  });

  test('says so when the questions are too long for one code', async () => {
    const { page } = await openPage(app);
    await startKiosk(page);
    await visit(app, page, '/questions');
    for (let i = 0; i < 12; i++) await addQuestion(page, `Question ${i}: ${'a long question that goes on and on '.repeat(3)}`);
    await page.getByText('There is too much to fit in one code.').waitFor();
    assert.equal(await page.locator('#handoff-qr').count(), 0);
  });

  test('links to other websites do not open; the address is shown instead', async () => {
    const { page, problems } = await openPage(app);
    await startKiosk(page);
    await visit(app, page, '/guide/what-is-palliative-care');
    // A guide page on a kiosk starts the whole app, which keeps the visit and has the kiosk's controls.
    await page.getByRole('button', { name: 'Finish and clear' }).waitFor();
    const before = page.url();
    await page.getByRole('link', { name: /^NHS:/ }).click();
    const dialog = page.getByRole('dialog', { name: 'This link goes to another website' });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /https:\/\/www\.nhs\.uk\//);
    assert.equal(page.url(), before);

    // Focus moves into the dialog, and Tab never reaches the page behind it (past the dialog's
    // last control the browser's own controls come next, shown here as focus on <body>).
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('dialog')), 'focus is in the dialog');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return el === document.body || el.closest('dialog') ? 'ok' : `${el.tagName} ${el.textContent.slice(0, 30)}`;
      });
      assert.equal(where, 'ok', `focus reached the page behind after ${i + 1} Tabs`);
    }
    // Escape closes it, and focus goes back to the link.
    await page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 0);
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^NHS:/);

    await page.getByRole('link', { name: /^NHS:/ }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    assert.equal(await dialog.count(), 0);
    assert.deepEqual(problems, []);
  });
});

describe('care staff', () => {
  test('set-up explains a PIN that is too short, has letters or does not match, and starts no kiosk', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/');
    await page.getByRole('link', { name: 'For care staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'For care staff' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Set up this tablet as a kiosk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up a shared tablet' }).waitFor();
    const start = page.getByRole('button', { name: 'Start kiosk mode' });
    for (const [pin, again, message] of [
      ['12', '12', 'The PIN needs at least 4 numbers.'],
      ['12ab', '12ab', 'Use numbers only for the PIN.'],
      ['1357', '1375', 'The two PINs are not the same.'],
    ]) {
      await page.getByLabel('Staff PIN').fill(pin);
      await page.getByLabel('Type the PIN again').fill(again);
      await start.click();
      await page.getByText(message).waitFor();
    }
    assert.equal(await page.evaluate(() => localStorage.getItem('palliative-guide.kiosk')), null, 'no kiosk started');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('leaving kiosk mode needs the PIN, which is stored nowhere as typed; wrong tries are slowed', async () => {
    const { page, problems } = await openPage(app);
    await startKiosk(page);
    // Everything both storages hold, with the random salt and hash and the time of the next
    // allowed try taken out (their digits could contain any four numbers by chance).
    const storedText = () => page.evaluate(() => {
      const kiosk = JSON.parse(localStorage.getItem('palliative-guide.kiosk'));
      const all = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      return { pin: kiosk.pin, rest: all.replace(kiosk.pin.salt, '').replace(kiosk.pin.hash, '').replace(/wait_until[^0-9]*[0-9.]+/, '') };
    });
    const { pin: kept, rest } = await storedText();
    assert.deepEqual(Object.keys(kept).sort(), ['hash', 'iterations', 'salt']);
    assert.equal(kept.iterations, 600000);
    assert.match(kept.hash, /^[0-9a-f]{64}$/);
    assert.ok(!rest.includes(STAFF_PIN), 'the PIN is kept only as a hash');

    // A visitor who finds the address still cannot leave.
    await visit(app, page, '/kiosk/stop');
    await page.getByRole('button', { name: 'Turn kiosk mode off' }).click();
    await page.getByText('That PIN is not right. Kiosk mode is still on.').waitFor();
    // Nor change the settings by starting again.
    await visit(app, page, '/kiosk/start');
    await page.getByText('Kiosk mode is already on.').waitFor();
    assert.equal(await page.getByLabel('Staff PIN').count(), 0);

    await visit(app, page, '/staff');
    const pin = page.getByLabel('Staff PIN');
    for (let i = 2; i <= 4; i++) {
      await pin.fill('9753');
      await page.getByRole('button', { name: 'Turn kiosk mode off' }).click();
      await page.waitForFunction((n) => JSON.parse(localStorage.getItem('palliative-guide.kiosk')).failed === n, i);
    }
    await pin.fill('9753');
    await page.getByRole('button', { name: 'Turn kiosk mode off' }).click();
    await page.getByText('You can try again in 30 seconds.').waitFor();
    // During the wait even the right PIN is not checked.
    await pin.fill(STAFF_PIN);
    await page.getByRole('button', { name: 'Turn kiosk mode off' }).click();
    await page.waitForFunction(() => document.querySelector('#kiosk-unlock-error')?.textContent.includes('You can try again in'));
    assert.ok(await page.evaluate(() => localStorage.getItem('palliative-guide.kiosk') !== null), 'still a kiosk');
    await page.getByRole('button', { name: 'Finish and clear' }).waitFor();
    const { rest: afterTries } = await storedText();
    assert.ok(!afterTries.includes(STAFF_PIN) && !afterTries.includes('9753'), 'no typed PIN is kept');
    assert.deepEqual(problems, []);
  });

  test('with the PIN, kiosk mode goes off and the device keeps things again', async () => {
    const { page, problems } = await openPage(app);
    await startKiosk(page);
    await visit(app, page, '/staff');
    await page.getByLabel('Staff PIN').fill(STAFF_PIN);
    await page.getByRole('button', { name: 'Turn kiosk mode off' }).click();
    await page.waitForURL(app.url + '/');
    await page.locator(APP_READY).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Finish and clear' }).count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('palliative-guide.kiosk')), null);
    assert.deepEqual(problems, []);
  });

  test('the waiting-room poster is one A4 page whose code opens the guide', async () => {
    const { page, problems } = await openPage(app, { viewport: { width: 820, height: 1180 } });
    await visit(app, page, '/staff');
    await page.getByRole('link', { name: 'A poster for the waiting room' }).click();
    await page.locator('#poster-qr svg').waitFor();
    assert.equal(await readQrCode(page.locator('#poster-qr')), `${app.url}/`);
    await page.emulateMedia({ media: 'print' });
    const pages = await printedA4Pages(page);
    assert.equal(pages, 1, `${pages} pages`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });
});

describe('the guide as a booklet', () => {
  test('opened directly, its cover and contents are there before the app starts, and the parts follow below them', async () => {
    const { page, problems } = await openPage(app);
    const release = await holdAppCode(page);
    await page.goto(`${app.url}/booklet`);
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
    const cover = await page.getByRole('heading', { level: 1 }).elementHandle();
    assert.equal(await page.locator('article.booklet-page').count(), 0, 'the parts are not in the file');
    release();
    await page.locator(APP_READY).waitFor();
    await page.getByRole('heading', { name: 'Words explained', level: 2 }).waitFor();
    assert.ok(await cover.evaluate((h1) => h1.isConnected), 'the cover was adopted, not drawn again');
    const contents = await page.locator('.booklet-contents li').count();
    assert.equal(await page.locator('article.booklet-page').count(), contents - 2, 'every guide page, after the contents');
    // Printing waits for every part; then it can be done.
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isEnabled(), true);
    assert.deepEqual(problems, []);
  });

  test('printed from the browser\'s own menu the moment the app starts, the booklet still has every part', async () => {
    const { page, problems } = await openPage(app);
    const release = await holdAppCode(page);
    await page.goto(`${app.url}/booklet`);
    const printed = page.evaluate(() => new Promise((done) => {
      const root = document.documentElement;
      // The moment the app has started, before it has drawn its parts, the browser is asked to
      // print (as Ctrl+P would); what is there one task later is what the printout would hold.
      new MutationObserver((_, observer) => {
        if (!root.hasAttribute('data-ready')) return;
        observer.disconnect();
        const before = document.querySelectorAll('.booklet-page').length;
        dispatchEvent(new Event('beforeprint'));
        setTimeout(() => done({ before, after: document.querySelectorAll('.booklet-page').length }));
      }).observe(root, { attributes: true, attributeFilter: ['data-ready'] });
    }));
    release();
    const parts = await printed;
    const contents = await page.locator('.booklet-contents li').count();
    assert.ok(parts.before < 3, `${parts.before} parts drawn when printing was asked for`);
    assert.equal(parts.after, contents, 'every guide page, the myths and the glossary');
    assert.deepEqual(problems, []);
  });

  test('prints to PDF with a cover, the contents, every page in order with its sources, and page numbers', async () => {
    const { page, problems } = await openPage(app, { viewport: { width: 1280, height: 800 } });
    await visit(app, page, '/staff');
    await page.getByRole('link', { name: 'The whole guide as a booklet' }).click();
    await page.getByRole('heading', { name: 'Contents' }).waitFor();
    // The parts come once the app has started, after the cover and contents.
    await page.getByRole('heading', { name: 'Words explained', level: 2 }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    const contents = await page.locator('.booklet-contents li').allTextContents();
    assert.ok(contents.length >= 16, `${contents.length} entries`);
    assert.deepEqual(contents.slice(-2), ['Myth or fact?', 'Words explained']);

    await page.emulateMedia({ media: 'print' });
    const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
    const texts = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const items = (await (await doc.getPage(n)).getTextContent()).items.map((item) => item.str.trim()).filter(Boolean);
      texts.push(items);
    }
    assert.equal(texts[0][1], 'Palliative Care Guide', 'the cover comes first');
    assert.equal(texts[1][1], 'Contents');
    texts.forEach((items, i) => assert.ok(items.includes(`Page ${i + 1} of ${doc.numPages}`), `page ${i + 1} is numbered`));
    // Every part starts a new page, in the order of the contents.
    const starts = texts.slice(2).map((items) => items[1]);
    assert.deepEqual(starts.filter((first) => contents.includes(first)), contents);
    const all = texts.flat().join(' ');
    assert.ok(all.includes('Where this information comes from') && all.includes('Next review due:'));
    console.log(`booklet: ${doc.numPages} A4 pages`);
    assert.deepEqual(problems, []);
  });

  test('a part chosen in the contents comes to the top of the screen, though parts out of sight wait to be laid out', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/booklet');
    await page.getByRole('heading', { name: 'Words explained', level: 2 }).waitFor();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const names = await contents.getByRole('listitem').allTextContents();
    // One from the middle, the last guide page, and the last part, each from the top of the booklet.
    for (const name of [names[Math.floor(names.length / 2)], names.at(-3), names.at(-1)]) {
      await page.evaluate(() => scrollTo(0, 0));
      await contents.getByRole('link', { name, exact: true }).click();
      const heading = page.getByRole('heading', { name, level: 2, exact: true });
      await page.waitForFunction((h) => h.getBoundingClientRect().top < 60, await heading.elementHandle());
      // And it stays there once the parts around it are laid out.
      await page.waitForTimeout(500);
      const settled = await heading.evaluate((h) => h.getBoundingClientRect().top);
      assert.ok(settled >= 0 && settled < 60, `${name}: its heading is ${settled} px from the top`);
    }
    assert.deepEqual(problems, []);
  });
});
