// End-to-end tests of the release build in headless Chromium.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repeatedFunctions } from '../../scripts/one-copy.mjs';
import { ROUTES, APP_READY, BLOCKED_OFFLINE_COPY, PHONE, axeViolations, holdAppCode, navLink, openPage, openWithoutOfflineCopy, visit, useApp, wholeAppOnly } from './helpers.mjs';

const app = useApp();

const heading = (page) => page.locator('main h1');
/**
 * The files of code a family's page shares with other pages: one for each set of groups of pages
 * that need it (the family's, the guide's tools, the clinic's; scripts/merge-pieces.mjs).
 */
const FAMILY_SHARED = ['shared_clinic_family.wasm', 'shared_clinic_family_tools.wasm', 'shared_family.wasm', 'shared_family_tools.wasm'];
/**
 * A page's own files: its piece and, where there are any, the file of code it and one other page
 * alone need, and the file of its code that the lock or the whole app needs too, which the page
 * fetches first (scripts/merge-pieces.mjs).
 */
const SITE = join('dist', readdirSync('dist').find((file) => /^site-[0-9a-f]{16}$/.test(file)));
const pairs = readdirSync(SITE).filter((file) => file.startsWith('shared_pair_') && file.endsWith('.wasm')).sort();
const own = (piece) => [
  ...pairs.filter((file) => file.slice('shared_pair_'.length, -'.wasm'.length).split('-').includes(piece)),
  ...[`shared_page_${piece}.wasm`, `split_${piece}.wasm`].filter((file) => existsSync(join(SITE, file))),
];

describe('navigation', () => {
  test('moves between routes by clicking links', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/');
    assert.equal(await heading(page).textContent(), 'Palliative care: a guide for families');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.getByRole('link', { name: /^What is palliative care\?/ }).click();
    await page.waitForURL('**/guide/what-is-palliative-care');
    assert.equal(await heading(page).textContent(), 'What is palliative care?');
    assert.match(await page.locator('main').textContent(), /Page last reviewed:/);

    await (await navLink(page, 'My questions')).click();
    await page.waitForURL('**/questions');
    assert.equal(await nav.locator('details').evaluate((d) => d.open), false, 'the menu closes once a link is chosen');
    assert.equal(await heading(page).textContent(), 'My questions');
    // The menu says which page this is, and only that one.
    const current = await nav.locator('.nav-wide [aria-current="page"]').allTextContents();
    assert.deepEqual(current, ['My questions']);

    await page.getByRole('link', { name: 'Palliative Care Guide' }).click();
    await page.waitForURL(app.url + '/');
    assert.equal(await heading(page).textContent(), 'Palliative care: a guide for families');
    assert.deepEqual(problems, []);
  });

  test('on a phone the header is two short rows and the page\'s heading and first lines are on the first screen', async () => {
    const { page, problems } = await openPage(app);
    for (const route of ['/', '/guide/what-is-palliative-care', '/questions', '/appointments']) {
      await visit(app, page, route);
      const header = await page.locator('header.site-header').boundingBox();
      assert.ok(header.height <= 130, `${route}: the header is ${header.height}px high`);
      const lead = await page.locator('main h1 ~ p').first().boundingBox();
      assert.ok(lead.y + lead.height <= 844, `${route}: the first lines end at ${lead.y + lead.height}px`);
    }
    // "Menu" opens and closes from the keyboard; "Need help now?" is outside it, always one tap away.
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.ok(await nav.getByRole('link', { name: 'Need help now?' }).isVisible());
    assert.equal(await nav.getByRole('link', { name: 'Backup and privacy' }).isVisible(), false);
    await nav.getByText('Menu', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Backup and privacy' }).waitFor();
    await page.keyboard.press('Enter');
    await nav.getByRole('link', { name: 'Backup and privacy' }).waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
  });

  test('focus moves to the new page\'s main heading after a link is clicked within the app', async () => {
    const { page } = await openPage(app);
    // The whole app (a kiosk's) moves to the next page itself.
    await wholeAppOnly(page);
    await visit(app, page, '/myths');
    await (await navLink(page, 'My notes')).click();
    await page.waitForFunction(() => document.activeElement?.matches('main h1'));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'My notes');
  });

  test('a visit downloads the code of the page it opens, not of every page', async () => {
    // No offline copy, which would fetch the family's pages' code when the guide is installed.
    const { page, context, problems } = await openWithoutOfflineCopy(app);
    const fetched = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) fetched.push(new URL(request.url()).pathname.split('/').pop());
    });
    // A guide page starts the program's core alone, not the whole app.
    await visit(app, page, '/guide/what-is-palliative-care');
    assert.deepEqual(fetched, ['site_bg.wasm']);
    // A family's page starts the same program: the core, kept from the guide page, the code it
    // shares with other pages, and its own piece.
    const asked = [];
    const ask = (request) => asked.push(request.url);
    app.server.on('request', ask);
    await (await navLink(page, 'My questions')).click();
    await page.getByRole('heading', { level: 1, name: 'My questions' }).waitFor();
    await page.locator(APP_READY).waitFor();
    assert.deepEqual([...new Set(fetched)], ['site_bg.wasm', ...FAMILY_SHARED, ...own('questions')]);
    assert.ok(!asked.some((path) => path.endsWith('/site_bg.wasm')), asked.join(' '));
    asked.length = 0;
    // The next family page has only its own piece to fetch: the browser kept the shared code.
    await (await navLink(page, 'My notes')).click();
    await page.getByRole('heading', { level: 1, name: 'My notes' }).waitFor();
    await page.locator(APP_READY).waitFor();
    assert.deepEqual([...new Set(fetched)], ['site_bg.wasm', ...FAMILY_SHARED, ...own('questions'), ...own('notes')]);
    // Only its own files reached the server: the rest came from what the browser kept.
    assert.deepEqual(asked.filter((path) => path.endsWith('.wasm')).map((path) => path.split('/').pop()), own('notes'));
    app.server.off('request', ask);
    // A page of the guide's tools fetches only what the family's pages did not: the code only
    // tools (and the clinic's) pages share, and its own piece.
    await (await navLink(page, 'Search')).click();
    await page.getByRole('heading', { level: 1, name: 'Search', exact: true }).waitFor();
    await page.locator(APP_READY).waitFor();
    assert.deepEqual([...new Set(fetched)], ['site_bg.wasm', ...FAMILY_SHARED, ...own('questions'), ...own('notes'), 'shared_clinic_tools.wasm', 'shared_tools.wasm', ...own('search')]);
    assert.deepEqual(problems.filter((problem) => problem !== BLOCKED_OFFLINE_COPY), []);
    await context.close();
  });

  test("a family's first visit through ten pages downloads at most 400 KB", async () => {
    // A fresh browser with no offline copy, as on a first visit; every byte that reaches it is
    // counted, headers included. Files named by their contents are kept by the browser from one
    // page to the next (scripts/server.mjs), as a host serves them.
    const { page, context, problems } = await openWithoutOfflineCopy(app);
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    let bytes = 0;
    let wasm = 0;
    devtools.on('Network.responseReceived', ({ response }) => {
      if (response.url.endsWith('.wasm') && !response.fromDiskCache) wasm += 1;
    });
    devtools.on('Network.loadingFinished', ({ encodedDataLength }) => {
      bytes += encodedDataLength;
    });
    const VISIT = ['/', '/guide/what-is-palliative-care', '/guide/planning-ahead', '/questions', '/diary', '/medicines', '/appointments', '/share', '/appointment', '/notes'];
    for (const path of VISIT) {
      await page.goto(app.url + path, { waitUntil: 'networkidle' });
      await page.locator(APP_READY).waitFor();
    }
    // The core, the code the family's pages share with other pages, and the own files of each
    // of the seven, each once.
    assert.equal(wasm, 1 + FAMILY_SHARED.length + new Set(['questions', 'diary', 'medicines', 'appointments', 'share', 'appointment', 'notes'].flatMap(own)).size);
    assert.ok(bytes <= 400 * 1024, `the visit downloaded ${bytes} bytes`);
    assert.deepEqual(problems.filter((problem) => problem !== BLOCKED_OFFLINE_COPY), []);
    await context.close();
  });

  test('every function over 1 KB is in one file of code only', async () => {
    // The pages, the whole app and the lock are one program, cut once: each page's code is in its
    // piece, code pages share in one shared file, and what the lock or the whole app shares with a
    // page is fetched from that page's files (scripts/merge-pieces.mjs).
    const files = (await readdir('dist', { recursive: true })).filter((file) => file.endsWith('.wasm')).map((file) => join('dist', file));
    assert.ok(files.length >= 20, files.join(' '));
    assert.deepEqual(await repeatedFunctions(files), []);
  });

  test('the whole app (a kiosk\'s) downloads its own piece and the code of the page it shows, not of every page', async () => {
    const { page, problems } = await openPage(app);
    await wholeAppOnly(page);
    const fetched = [];
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.wasm')) fetched.push(new URL(request.url()).pathname.split('/').pop());
    });
    await visit(app, page, '/search');
    assert.ok(fetched.includes('site_bg.wasm'), fetched.join(' '));
    // The app's own piece, and the page's.
    for (const file of ['split_app.wasm', 'split_search.wasm']) assert.ok(fetched.includes(file), `${file}: ${fetched.join(' ')}`);
    assert.ok(!fetched.some((file) => /^split_(notes|questions|diary|medicines|app_reading)\.wasm$/.test(file)), `search fetched other pages: ${fetched.join(' ')}`);
    // Moving within the app to a family's page fetches that page's code.
    await (await navLink(page, 'My notes')).click();
    await page.getByRole('heading', { level: 1, name: 'My notes' }).waitFor();
    assert.ok(fetched.includes('split_notes.wasm'), fetched.join(' '));
    assert.ok(!fetched.includes('split_lock.wasm'), fetched.join(' '));
    assert.deepEqual(problems, []);
  });

  test('a page whose code cannot be fetched says so in plain words, and can be tried again', async () => {
    // No service worker, so the page's code has to come from the network, which fails.
    const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    const { page } = await openPage(app, { context });
    await wholeAppOnly(page);
    await visit(app, page, '/myths');
    await page.route('**/split_questions.wasm', (route) => route.abort('internetdisconnected'));
    await (await navLink(page, 'My questions')).click();
    await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();
    await page.getByText('Nothing you have written is lost').waitFor();
    assert.equal(new URL(page.url()).pathname, '/questions', 'the address is the page asked for, so reloading opens it');
    await page.unroute('**/split_questions.wasm');
    await page.getByRole('link', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'My questions' }).waitFor();
    await page.locator(APP_READY).waitFor();
    await context.close();
  });

  test('every route has its own title', async () => {
    const { page } = await openPage(app);
    const titles = [];
    for (const route of ROUTES) {
      await visit(app, page, route);
      titles.push(await page.title());
    }
    assert.equal(new Set(titles).size, ROUTES.length, titles.join(' | '));
    for (const title of titles) assert.match(title, / – Palliative Care Guide$/);
  });

  test('an unknown address shows the page-not-found page', async () => {
    const { page, problems } = await openPage(app);
    const routes = ['/no-such-page', '/guide/no-such-page'];
    for (const route of routes) {
      const response = await page.goto(app.url + route);
      // Sent with the status a static host sends it with (which the browser notes in its console).
      assert.equal(response.status(), 404, route);
      await page.locator(APP_READY).waitFor();
      assert.equal(await heading(page).textContent(), 'Page not found');
    }
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL(app.url + '/');
    await page.locator(APP_READY).waitFor();
    const notFound = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';
    assert.deepEqual(problems, routes.map(() => notFound));
  });
});

describe('my questions', () => {
  test('added, edited and deleted questions survive a reload', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/questions');
    const box = page.getByLabel('Your question');
    const list = page.locator('.question-list');

    for (const text of ['What does the hospice offer?', 'Who do we call at night?', 'Can I stay with him?']) {
      await box.fill(text);
      await page.getByRole('button', { name: 'Add question' }).click();
    }
    assert.equal(await box.inputValue(), '', 'the box is cleared after adding');

    await page.getByRole('button', { name: 'Edit question 2' }).click();
    await page.getByLabel('Change your question').fill('Who do we call out of hours?');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Delete question 3' }).click();

    await page.reload();
    await list.locator('li').first().waitFor();
    assert.deepEqual(await list.locator('.question__text').allTextContents(), [
      'What does the hospice offer?',
      'Who do we call out of hours?',
    ]);
    assert.deepEqual(problems, []);
  });

  test('an empty question is not added and the reason is given', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/questions');
    await page.getByRole('button', { name: 'Add question' }).click();
    assert.equal(await page.locator('#new-question-error').textContent(), 'Type your question first.');
    assert.equal(await page.locator('.question-list').count(), 0);
  });

  test('text that looks like HTML is shown as typed, never run', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/questions');
    const nasty = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await page.getByLabel('Your question').fill(nasty);
    await page.getByRole('button', { name: 'Add question' }).click();
    const shown = page.locator('.question__text');
    assert.equal(await shown.textContent(), nasty);
    assert.equal(await shown.locator('img, script').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(problems, []);
  });
});

describe('every route', () => {
  test('passes an axe accessibility scan', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/questions');
    await page.getByLabel('Your question').fill('Is there a car park?');
    await page.getByRole('button', { name: 'Add question' }).click();
    for (const route of ROUTES) {
      await visit(app, page, route);
      assert.deepEqual(await axeViolations(page), [], `axe on ${route}`);
    }
  });

  test('fits a 390×844 phone screen with no sideways scrolling', async () => {
    const { page } = await openPage(app);
    for (const route of ROUTES) {
      await visit(app, page, route);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${route} scrolls sideways by ${overflow}px`);
    }
  });

  test('passes an axe scan in the dark theme too', async () => {
    const { page } = await openPage(app);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const route of ROUTES) {
      await visit(app, page, route);
      assert.deepEqual(await axeViolations(page), [], `axe (dark) on ${route}`);
    }
  });

  test('reflows at 320 CSS pixels wide (400% zoom) with no sideways scrolling', async () => {
    const { page } = await openPage(app, { viewport: { width: 320, height: 640 } });
    for (const route of ROUTES) {
      await visit(app, page, route);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${route} scrolls sideways by ${overflow}px at 320 wide`);
    }
  });

  test('every control is at least 44×44 on a phone (links in running text excepted)', async () => {
    const { page } = await openPage(app);
    const small = [];
    for (const route of ROUTES) {
      await visit(app, page, route);
      const found = await page.evaluate(() => {
        const inText = (el) => el.matches('a') && el.closest('p, li') && !el.closest('nav, .card-list');
        return [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
          .filter((el) => !inText(el) && !el.matches('.skip-link'))
          // A check box or radio button is used through its whole label, so the label is the target.
          .map((el) => ({ el, box: (el.matches('input[type=checkbox], input[type=radio]') && el.closest('label') || el).getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
          .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      });
      small.push(...found.map((f) => `${route}: ${f}`));
    }
    assert.deepEqual(small, []);
  });

  test('makes no request to any other site and logs no errors', async () => {
    const { page, problems } = await openPage(app);
    for (const route of ROUTES) await visit(app, page, route);
    assert.deepEqual(problems, []);
  });
});

describe('pages behave like real pages', () => {
  test('Back returns to the same place on the previous page', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/');
    const card = page.getByRole('link', { name: /^Words explained/ });
    await card.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(y > 300, `the card should be well down the page, was at ${y}`);
    await card.click();
    await page.waitForURL('**/glossary');
    await page.waitForFunction(() => window.scrollY === 0);
    await page.goBack();
    await page.waitForURL(app.url + '/');
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, y, { timeout: 5000 });
    assert.deepEqual(problems, []);
  });

  test('landmarks and heading levels are in order on every route', async () => {
    const { page } = await openPage(app);
    const problems = [];
    for (const route of ROUTES) {
      await visit(app, page, route);
      problems.push(...(await page.evaluate((route) => {
        const found = [];
        const count = (selector) => document.querySelectorAll(selector).length;
        if (count('main') !== 1) found.push(`${route}: ${count('main')} main landmarks`);
        if (count('body > header, body > * > header.site-header') < 1) found.push(`${route}: no banner`);
        if (count('footer.site-footer') !== 1) found.push(`${route}: no page footer`);
        if (count('nav[aria-label="Main"]') !== 1) found.push(`${route}: no main navigation`);
        if (count('h1') !== 1 || !document.querySelector('main h1')) found.push(`${route}: ${count('h1')} h1, it must be one, in main`);
        let level = 0;
        for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
          const next = Number(h.tagName[1]);
          if (next > level + 1) found.push(`${route}: "${h.textContent.trim()}" jumps from h${level} to h${next}`);
          level = next;
        }
        return found;
      }, route)));
    }
    assert.deepEqual(problems, []);
  });

  test('nothing moves when reduced motion is asked for', async () => {
    const context = await app.browser.newContext({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const { page } = await openPage(app, { context });
    const moving = [];
    for (const route of ROUTES) {
      await visit(app, page, route);
      moving.push(...(await page.evaluate((route) => {
        const seconds = (value) => Math.max(...value.split(',').map((v) => parseFloat(v) || 0));
        return [...document.querySelectorAll('*')]
          .flatMap((el) => [el, ...['::before', '::after'].map((pseudo) => [el, pseudo])])
          .map((item) => {
            const [el, pseudo] = Array.isArray(item) ? item : [item, null];
            const style = getComputedStyle(el, pseudo);
            return { el, pseudo, t: seconds(style.transitionDuration), a: seconds(style.animationDuration) };
          })
          .filter(({ t, a }) => t > 0 || a > 0)
          .map(({ el, pseudo, t, a }) => `${route}: ${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ''} transition ${t}s animation ${a}s`);
      }, route)));
    }
    assert.deepEqual(moving, []);
    await context.close();
  });
});

describe('pre-rendered pages', () => {
  test('content pages can be read before the app starts, even with JavaScript off', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page } = await openPage(app, { context });
    await page.goto(app.url + '/myths');
    assert.equal(await page.locator('main h1').textContent(), 'Myth or fact?');
    assert.equal(await page.title(), 'Myth or fact? – Palliative Care Guide');
    assert.match(await page.locator('main').textContent(), /only for the last days of life/);
    await page.goto(app.url + '/guide/planning-ahead');
    assert.equal(await page.locator('main h1').textContent(), 'Planning ahead');
    await page.goto(app.url + '/start');
    assert.equal(await page.locator('main h1').textContent(), 'Start here');
    assert.match(await page.locator('main').textContent(), /What is palliative care\?/);
    await context.close();
  });

  test('each page of the family\'s own data shows its heading and form before the app starts, and never a false "nothing yet"', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page } = await openPage(app, { context });
    const shells = [
      ['/questions', 'My questions', 'Your question'],
      ['/notes', 'My notes', 'Name'],
      ['/diary', 'Symptom diary', 'A short note (optional)'],
      ['/carer', 'How am I doing?', 'Anything else on your mind (optional)'],
      ['/planning', 'Planning ahead together', 'What matters most to you now?'],
      ['/medicines', 'Medicines', 'Name of the medicine'],
      ['/appointments', 'Appointments', 'Who is it with?'],
      ['/my-data', 'Backup and privacy', null],
    ];
    for (const [path, heading, field] of shells) {
      await page.goto(app.url + path);
      assert.equal(await page.locator('main h1').textContent(), heading, path);
      if (field) assert.equal(await page.getByLabel(field, { exact: true }).count(), 1, `${path}: the form is there`);
      // What is shown (a "nothing yet" message may wait there unseen, holding its place).
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /No questions|No notes|No contacts|No check-ins|No medicines|No doses|No appointments|You have no|Not written yet|0 of 7 steps/, path);
    }
    await context.close();
  });

  test('the new pages (the hardest days, talking with children, checking a service, your language) are reachable from home and Start here, and readable before the app starts', async () => {
    const pages = [
      ['The last days and hours', '/guide/the-last-days', /Changes you may see/],
      ['When someone dies', '/guide/when-someone-dies', /Cruse Bereavement Support has a free helpline: 0808 808 1677/],
      ['Checking a care service', '/guide/checking-a-care-service', /Requires improvement/],
      ['Talking with children and teenagers', '/guide/talking-with-children', /Cruse Bereavement Support helps children and young people/],
      ['Help in your language', '/guide/help-in-your-language', /Macmillan Cancer Support has fact sheets in many languages/],
    ];
    const { page, problems } = await openPage(app);
    for (const [title, path] of pages) {
      await visit(app, page, '/');
      await page.locator('main').getByRole('link', { name: new RegExp(`^${title}`) }).click();
      await page.waitForURL(`**${path}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await visit(app, page, '/start');
      await page.locator('main').getByRole('link', { name: title, exact: true }).click();
      await page.waitForURL(`**${path}`);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    assert.deepEqual(problems, []);
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const { page: still } = await openPage(app, { context });
    for (const [title, path, text] of pages) {
      await still.goto(app.url + path);
      assert.equal(await still.locator('main h1').textContent(), title);
      assert.match(await still.locator('main').textContent(), text);
    }
    await context.close();
  });

  test('every pre-rendered page is at its conventional path, served by a static server with no rules', async () => {
    // The simplest static host: a path is a file, or a folder's index.html, or else 404.html.
    const server = createServer(async (req, res) => {
      const path = join('dist', decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
      const file = (await stat(path).catch(() => null))?.isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file).catch(() => null);
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(body ?? (await readFile('dist/404.html')));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    const plain = `http://127.0.0.1:${server.address().port}`;
    const heading = (html) => html.match(/<h1[^>]*>([^<]*)/)?.[1];
    try {
      for (const [path, title] of [
        ['/', 'Palliative care: a guide for families'],
        ['/guide/what-is-palliative-care', 'What is palliative care?'],
        ['/guide/when-someone-dies', 'When someone dies'],
        ['/myths', 'Myth or fact?'],
        ['/glossary', 'Words explained'],
        ['/questions', 'My questions'],
        ['/appointments', 'Appointments'],
        ['/staff', 'For care staff'],
        ['/poster', 'Palliative Care Guide'],
        ['/kiosk/start', 'Set up a shared tablet'],
        ['/import', 'From the clinic tablet'],
        ['/booklet', 'Palliative Care Guide'],
      ]) {
        const response = await fetch(plain + path);
        assert.equal(response.status, 200, path);
        assert.equal(heading(await response.text()), title, path);
      }
      // An address with no page of its own gets the page-not-found page, which starts the
      // program's core (on a kiosk, the whole app, which draws it).
      const other = await fetch(`${plain}/no-such-page`);
      assert.equal(other.status, 404);
      const missing = await other.text();
      assert.equal(heading(missing), 'Page not found');
      assert.match(missing, /<script type="module" src="\/start-site-[0-9a-f]+\.js">/);
    } finally {
      server.close();
    }
    // Pages keep their names from one release to the next: asked for again each time.
    assert.equal((await fetch(`${app.url}/questions`)).headers.get('cache-control'), 'no-cache');
    // The app's own server sends the build's brotli copies, as a CDN would.
    const built = await readdir('dist', { recursive: true });
    const wasm = built.filter((name) => name.endsWith('.wasm'));
    assert.ok(wasm.length > 1, 'the app shell and the pages\' code, each a file of its own');
    for (const file of wasm) {
      const response = await fetch(`${app.url}/${file}`, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(response.headers.get('content-encoding'), 'br');
      assert.equal(response.headers.get('content-type'), 'application/wasm');
      // Named by its contents, so kept by the browser, as a host is asked to say (README).
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal((await response.arrayBuffer()).byteLength, (await stat(`dist/${file}`)).size, 'the same file, decoded');
      assert.ok(built.includes(`${file}.gz`), 'gzip copies too');
    }
  });

  test('what the reader did before the app started survives its start: a typed search, focus, an open list, the scroll', async () => {
    const { page, problems } = await openPage(app);
    // The app is held back, as on a slow network, while the reader uses the pre-rendered page.
    const release = await holdAppCode(page);
    await page.goto(app.url + '/search');
    assert.equal(await page.getByText('Finding results for your words…').isVisible(), false, 'opened with no words, the page is not finding any');
    const field = page.getByLabel('Search the guide');
    await field.fill('hospis');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-ready')), false, 'the app has not started');
    assert.equal(await page.getByText('Finding results for your words…').isVisible(), true, 'typed words are being looked for');
    release();
    await page.locator(APP_READY).waitFor();
    assert.equal(await field.inputValue(), 'hospis');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', 'focus stays in the field');
    await page.waitForURL('**/search?q=hospis');
    await page.getByText('hospice', { exact: false }).first().waitFor();
    assert.equal(await page.getByText('Finding results for your words…').count(), 0, 'the line goes once the results are shown');

    // Opened with words in its address, the page shows them before the app starts, then finds them.
    const { page: found, problems: foundProblems } = await openPage(app);
    const letIn = await holdAppCode(found);
    await found.goto(app.url + '/search?q=dnr');
    assert.equal(await found.getByLabel('Search the guide').inputValue(), 'dnr');
    const waiting = found.getByText('Finding results for your words…');
    assert.equal(await waiting.isVisible(), true, 'the page says it is finding results while the code arrives');
    letIn();
    await found.locator(APP_READY).waitFor();
    await found.getByText('the guide calls this').waitFor();
    assert.equal(await waiting.count(), 0, 'the line goes once the results are shown');
    assert.equal(await found.getByLabel('Search the guide').inputValue(), 'dnr');
    assert.match(found.url(), /\/search\?q=dnr$/);
    assert.deepEqual(foundProblems, []);

    const { page: myths } = await openPage(app);
    const letGo = await holdAppCode(myths);
    await myths.goto(app.url + '/myths');
    await myths.getByText('Read all of them as a list').click();
    await myths.evaluate(() => window.scrollTo(0, 600));
    letGo();
    await myths.locator(APP_READY).waitFor();
    assert.equal(await myths.locator('details.myth-list').evaluate((d) => d.open), true, 'the list stays open');
    assert.equal(await myths.evaluate(() => Math.round(window.scrollY)), 600, 'the page stays where it was');
    assert.deepEqual(problems, []);
  });

  test('a reading page keeps the page as it arrived, its live parts work, and its links load the next page', async () => {
    const { page, problems } = await openPage(app);
    const release = await holdAppCode(page);
    await page.goto(app.url + '/guide/what-is-palliative-care');
    await page.evaluate(() => { window.heading = document.querySelector('main h1'); window.prose = document.querySelector('main .prose'); });
    // Ticked before the program has started: kept, and saved once it has; the focus stays on it.
    await page.getByLabel('I have read this step').check();
    release();
    await page.locator(APP_READY).waitFor();
    assert.equal(await page.evaluate(() => window.heading === document.querySelector('main h1') && window.prose === document.querySelector('main .prose')), true, 'the same heading and text');
    assert.equal(await page.locator('main').count(), 1);
    // Its live parts are drawn by the app's components: the tick is the live one, told and saved.
    assert.equal(await page.getByLabel('I have read this step').isChecked(), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-done', 'the focus stays on the tick');
    await page.getByRole('status').filter({ hasText: 'Step marked as done.' }).waitFor();
    await page.getByRole('group', { name: 'Listen to this page' }).getByRole('button', { name: 'Listen to this page' }).waitFor();
    await page.evaluate(() => { window.stillHere = true; });
    await page.locator('.step-footer').getByRole('link', { name: 'See all steps' }).click();
    await page.getByRole('heading', { level: 1, name: 'Start here' }).waitFor();
    await page.locator(APP_READY).waitFor();
    assert.equal(await page.evaluate(() => window.stillHere), undefined, 'the next page was loaded as a page');
    assert.match(await page.locator('.task-count').textContent(), /^1 of/);
    assert.deepEqual(problems, []);
  });

  test('the app adopts a pre-rendered page as it is, drawing nothing again, and the page then works', async () => {
    // The whole app, as a kiosk starts it.
    for (const route of ['/myths', '/questions', '/search?q=hospice', '/referral?area=milton-keynes']) {
      const { page, problems } = await openPage(app);
      await wholeAppOnly(page);
      const release = await holdAppCode(page);
      await page.goto(app.url + route);
      await page.evaluate(() => { window.heading = document.querySelector('main h1'); window.homeLink = document.querySelector('header a[href="/"]'); });
      release();
      await page.locator(APP_READY).waitFor();
      assert.equal(await page.evaluate(() => window.heading === document.querySelector('main h1') && window.heading.isConnected), true, `${route}: the same heading element`);
      assert.equal(await page.evaluate(() => window.homeLink === document.querySelector('header a[href="/"]')), true, `${route}: the same header`);
      // What the address's query asks for is shown once the app has started.
      if (route.startsWith('/search')) await page.locator('.result').first().waitFor();
      if (route.startsWith('/referral')) assert.equal(await page.getByRole('radio', { name: 'Milton Keynes' }).isChecked(), true);
      // Adopted, not just left there: the page's links are the app's, so no page is loaded afresh.
      await page.evaluate(() => { window.stillHere = true; });
      await page.locator('header').getByRole('link', { name: 'Palliative Care Guide' }).click();
      await page.getByRole('heading', { level: 1, name: 'Palliative care: a guide for families' }).waitFor();
      assert.equal(await page.evaluate(() => window.stillHere), true, `${route}: moved within the app`);
      assert.deepEqual(problems, []);
    }
  });

  test('a family\'s page starts its program with its own piece: it adopts the page as drawn, and its links load the next page', async () => {
    const family = (piece) => ['site_bg.wasm', ...FAMILY_SHARED, ...own(piece)];
    for (const [route, wasm] of [['/questions', family('questions')], ['/notes', family('notes')], ['/diary', family('diary')], ['/carer', family('carer')], ['/planning', family('planning')], ['/medicines', family('medicines')], ['/appointments', family('appointments')], ['/share', family('share')], ['/my-data', family('my_data')], ['/appointment', family('appointment')]]) {
      const { page, problems } = await openPage(app);
      const fetched = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.wasm')) fetched.push(new URL(request.url()).pathname.split('/').pop());
      });
      const release = await holdAppCode(page);
      await page.goto(app.url + route);
      await page.evaluate(() => { window.heading = document.querySelector('main h1'); window.form = document.querySelector('main form'); });
      release();
      await page.locator(APP_READY).waitFor();
      assert.deepEqual([...new Set(fetched)], wasm, route);
      assert.equal(await page.evaluate(() => window.heading === document.querySelector('main h1') && window.heading.isConnected), true, `${route}: the same heading element`);
      assert.equal(await page.evaluate(() => window.form === document.querySelector('main form')), true, `${route}: the same form`);
      await page.evaluate(() => { window.stillHere = true; });
      await page.locator('header').getByRole('link', { name: 'Palliative Care Guide' }).click();
      await page.getByRole('heading', { level: 1, name: 'Palliative care: a guide for families' }).waitFor();
      await page.locator(APP_READY).waitFor();
      assert.equal(await page.evaluate(() => window.stillHere), undefined, `${route}: the next page was loaded as a page`);
      assert.deepEqual(problems, []);
    }
  });

  test('the guide\'s tools, the staff tools and bringing in what was shared start the same program, each with its own piece and only the shared code it needs', async () => {
    const tools = (piece) => ['site_bg.wasm', 'shared_clinic_family_tools.wasm', 'shared_clinic_tools.wasm', 'shared_family_tools.wasm', 'shared_tools.wasm', ...own(piece)];
    const clinic = (piece) => ['site_bg.wasm', 'shared_clinic.wasm', 'shared_clinic_family.wasm', 'shared_clinic_family_tools.wasm', 'shared_clinic_tools.wasm', ...own(piece)];
    for (const [route, wasm] of [['/myths', tools('myths')], ['/referral', tools('referral')], ['/search', tools('search')], ['/staff', clinic('staff')], ['/poster', clinic('poster')], ['/booklet', clinic('booklet')], ['/kiosk/start', clinic('kiosk_start')], ['/kiosk/stop', clinic('kiosk_stop')], ['/import', clinic('import')]]) {
      const { page, problems } = await openPage(app);
      const fetched = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.wasm')) fetched.push(new URL(request.url()).pathname.split('/').pop());
      });
      await visit(app, page, route);
      assert.deepEqual([...new Set(fetched)], wasm, route);
      assert.deepEqual(problems, [], route);
    }
  });

  test('nothing on a pre-rendered page moves when the app starts', async () => {
    for (const route of ['/guide/what-is-palliative-care', '/questions', '/notes', '/diary', '/carer', '/planning', '/medicines', '/appointments', '/appointment', '/search?q=hospice', '/booklet', '/poster', '/staff']) {
      const { page, problems } = await openPage(app);
      await page.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.shifts.push(entry.sources.map((s) => s.node?.textContent?.slice(0, 40)).join(' | '));
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // The app is held back until the pre-rendered page has been painted, as on a slow network.
      const release = await holdAppCode(page);
      await page.goto(app.url + route);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      release();
      await page.locator(APP_READY).waitFor();
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.shifts), [], `${route}: what moved`);
      assert.deepEqual(problems, []);
    }
  });

  test('the app takes over a pre-rendered page without doubling it', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/guide/what-is-palliative-care');
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('header.site-header').count(), 1);
    await page.getByLabel('I have read this step').check();
    await visit(app, page, '/start');
    assert.match(await page.locator('.task-count').textContent(), /^1 of/);
    assert.deepEqual(problems, []);
  });
});
