// End-to-end tests of the guide itself: myths game, Start-here progress, referral areas,
// search, glossary links and the help page.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { PHONE, axeViolations, navLink, openPage, visit, useApp, APP_READY, startKiosk, wholeAppOnly } from './helpers.mjs';

const app = useApp();

const announced = (page) => page.locator('#announcer').textContent();
const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent.trim());

describe('myth or fact', () => {
  test('a card can be played with the keyboard alone, and the answer is announced', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/myths');
    const statement = page.locator('.myth-card__statement');
    const first = await statement.textContent();
    assert.match(first, /only for the last days/);

    // Tab from the heading to the first choice, and choose it with the Enter key.
    await page.locator('main h1').focus();
    let guard = 0;
    while ((await focusedText(page)) !== 'Myth' && guard++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.locator('.myth-card__result').waitFor();
    assert.equal(await page.locator('.myth-card__verdict').textContent(), 'You are right. This is a myth.');
    assert.match(await page.locator('.myth-card').textContent(), /It can start when the illness is found/);
    await page.waitForFunction(() => document.querySelector('#announcer').textContent.includes('This is a myth'));
    assert.match(await announced(page), /^You are right\. This is a myth\./);

    // Focus is on "Next statement": Enter moves on to a new card, with its heading focused.
    await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Next statement');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'myth-card-heading');
    assert.match(await page.locator('#myth-card-heading').textContent(), /Statement 2 of \d+/);
    assert.notEqual(await statement.textContent(), first);
    assert.deepEqual(problems, []);
  });

  test('a wrong choice is told kindly, with the truth and its source', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/myths');
    await page.getByRole('button', { name: 'Fact' }).click();
    assert.match(await page.locator('.myth-card__verdict').textContent(), /Not quite/);
    await page.waitForFunction(() => document.querySelector('#announcer').textContent.startsWith('Not quite.'));
    assert.ok(await page.locator('.myth-card .source a').count() >= 1, 'the source is linked');
  });

  test('every statement can also be read as a plain list', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/myths');
    await page.getByText('Read all of them as a list').click();
    const items = page.locator('.myth-list li');
    assert.ok((await items.count()) >= 18, `only ${await items.count()} in the list`);
    assert.ok((await page.locator('.myth-list li', { hasText: /^Myth:/ }).count()) >= 15);
  });
});

describe('start here', () => {
  test('steps marked done are remembered after a reload', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/start');
    // Every step of the walkthrough's content file is listed, and counted.
    const steps = (await readFile('content/start-here.toml', 'utf8')).match(/^\[\[steps\]\]$/gm).length;
    assert.equal(await page.locator('.task__status').count(), steps);
    assert.match(await page.locator('.task-count').textContent(), new RegExp(`^0 of ${steps} steps done`));

    await page.getByRole('link', { name: 'What is palliative care?' }).click();
    await page.waitForURL('**/guide/what-is-palliative-care');
    await page.getByLabel('I have read this step').check();
    await page.getByRole('link', { name: 'Palliative, end of life and hospice care' }).click();
    await page.waitForURL('**/guide/palliative-end-of-life-and-hospice-care');
    assert.match(await page.locator('.step-footer h2').textContent(), new RegExp(`Step 2 of ${steps}`));
    await page.getByLabel('I have read this step').check();

    await visit(app, page, '/myths');
    await page.getByLabel('I have read this step').check();

    await page.reload();
    await page.locator(APP_READY).waitFor();
    assert.equal(await page.getByLabel('I have read this step').isChecked(), true, 'kept after a reload');
    await visit(app, page, '/start');
    assert.match(await page.locator('.task-count').textContent(), new RegExp(`^3 of ${steps} steps done`));
    const statuses = await page.locator('.task__status').allTextContents();
    assert.deepEqual(statuses.slice(0, 4), ['Done', 'Done', 'Not started', 'Done']);

    // Unticking is remembered too.
    await visit(app, page, '/myths');
    await page.getByLabel('I have read this step').uncheck();
    await visit(app, page, '/start');
    assert.match(await page.locator('.task-count').textContent(), new RegExp(`^2 of ${steps} steps done`));
    assert.deepEqual(problems, []);
  });
});

describe('getting a referral', () => {
  test('choosing an area shows its own services, and the choice survives a reload', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/referral');
    assert.equal(await page.locator('.area').count(), 0, 'no area chosen yet');

    await page.getByLabel('Milton Keynes', { exact: true }).check();
    await page.waitForURL('**/referral?area=milton-keynes');
    assert.match(await page.locator('.area__summary').textContent(), /Willen Hospice is the adult hospice for Milton Keynes/);
    assert.equal(await page.getByRole('heading', { name: 'Willen Hospice' }).count(), 1);

    await page.getByLabel('Coventry and Warwickshire', { exact: true }).check();
    await page.waitForURL('**/referral?area=coventry-and-warwickshire');
    assert.equal(await page.getByRole('heading', { name: 'The Myton Hospices' }).count(), 1);
    assert.equal(await page.getByRole('heading', { name: 'Willen Hospice' }).count(), 0);

    await page.reload();
    await page.locator('.area').waitFor();
    assert.equal(await page.getByLabel('Coventry and Warwickshire', { exact: true }).isChecked(), true);

    await page.getByLabel('Elsewhere in England').check();
    assert.equal(await page.getByRole('heading', { name: 'Hospice UK: find a hospice' }).count(), 1);
    // Every service links to its own website for up-to-date numbers.
    for (const href of await page.locator('.service a[href^="https://"]').evaluateAll((as) => as.map((a) => a.href))) {
      assert.match(href, /^https:\/\//);
    }
    assert.deepEqual(problems, []);
  });

  test('the steps can be walked through to a printable checklist', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/referral');
    const heading = page.locator('#walkthrough-heading');
    assert.equal(await heading.textContent(), 'Who can refer you');
    for (const title of ['What to say', 'What to bring', 'What happens next', 'Who pays', 'Your checklist']) {
      await page.getByRole('button', { name: 'Next' }).click();
      assert.equal(await heading.textContent(), title);
      await page.waitForFunction(() => document.activeElement?.id === 'walkthrough-heading');
    }
    assert.ok((await page.locator('.checklist li').count()) >= 5);
    assert.equal(await page.getByRole('button', { name: 'Next' }).count(), 0, 'the checklist is the end');
    await page.getByRole('button', { name: 'Back' }).click();
    assert.equal(await heading.textContent(), 'Who pays');
    assert.equal(await page.getByRole('button', { name: 'Print the checklist' }).count(), 0);
  });
});

describe('search and words explained', () => {
  test('search finds pages despite a typing slip, and opens a result', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/search');
    await page.getByLabel('Search the guide').fill('paliative');
    const results = page.locator('.result__link');
    await results.first().waitFor();
    assert.ok((await results.allTextContents()).includes('What is palliative care?'));
    assert.match(await page.locator('.search-count').textContent(), /^\d+ results$/);

    await page.getByLabel('Search the guide').fill('willen');
    await page.locator('.result__link', { hasText: 'Willen Hospice' }).waitFor();

    await page.getByLabel('Search the guide').fill('xqzw');
    await page.getByText('Nothing found.').waitFor();
    assert.equal(await results.count(), 0);
    // Never a dead end: what was searched, the topics, and who to call.
    await page.getByRole('heading', { name: 'We found nothing for “xqzw”' }).waitFor();
    await page.getByRole('link', { name: 'Planning ahead' }).waitFor();
    await page.getByRole('link', { name: /Call 999/ }).waitFor();
    await page.getByRole('link', { name: /Call 111/ }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel('Search the guide').fill('hospis');
    await page.getByRole('link', { name: 'hospice', exact: true }).click();
    await page.waitForURL('**/search?q=hospice');
    await results.first().waitFor();

    await page.getByLabel('Search the guide').fill('lasting power');
    await page.locator('.result__link', { hasText: 'lasting power of attorney' }).click();
    await page.waitForURL('**/glossary#lpa');
    assert.deepEqual(problems, []);
  });

  test('a family\'s own words find the guide\'s word and land on the right section', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/search');
    await page.getByLabel('Search the guide').fill('DNR');
    await page.getByText('the guide calls this DNACPR').waitFor();
    assert.equal(await page.locator('.result__link').first().textContent(), 'DNACPR');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel('Search the guide').fill('who do we call at night');
    const result = page.locator('.result__link', { hasText: 'Questions families often ask' }).first();
    await result.waitFor();
    // The words that matched are marked in the line shown.
    assert.ok((await page.locator('.result mark').allTextContents()).map((t) => t.toLowerCase()).includes('night'));
    await result.click();
    await page.waitForURL('**/guide/faq#who-do-we-call-at-night');
    await page.waitForFunction(() => document.activeElement?.id === 'who-do-we-call-at-night');
    const top = await page.locator('#who-do-we-call-at-night').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 844, `the section is on screen (top ${top})`);
    assert.deepEqual(problems, []);
  });

  test('the words typed are kept in the address, so Back returns to the results', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/search?q=respite');
    assert.equal(await page.getByLabel('Search the guide').inputValue(), 'respite');
    await page.locator('.result__link').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/search'));
    await page.goBack();
    await page.waitForURL('**/search?q=respite');
    await page.locator('.result__link').first().waitFor();
  });

  test('a term in a guide page links to its explanation', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/guide/planning-ahead');
    await page.locator('main').getByRole('link', { name: 'lasting power of attorney', exact: true }).click();
    await page.waitForURL('**/glossary#lpa');
    // The explanation is focused, so it is read out and shown with a highlight.
    await page.waitForFunction(() => document.activeElement?.id === 'lpa');
    assert.match(await page.locator('#lpa').textContent(), /choose someone they trust/);
  });

  test('a guide page opened from within the app shows its whole text, taken from its pre-rendered page', async () => {
    const { page, problems } = await openPage(app);
    // Myths in the whole app (a kiosk's); its next step is a guide page.
    await wholeAppOnly(page);
    await visit(app, page, '/myths');
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator('.step-footer').getByRole('link', { name: 'The care team' }).click();
    await page.getByRole('heading', { level: 1, name: 'The care team' }).waitFor();
    // Its sections and their words, as drawn for the page itself (with links to words explained).
    const text = await readFile('content/pages/the-care-team.md', 'utf8');
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.ok(sections.length >= 2);
    for (const name of sections) await page.locator('main .prose').getByRole('heading', { level: 2, name }).waitFor();
    assert.ok(fetched.includes('/guide/the-care-team/index.html'), fetched.join(' '));
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the new page\'s heading has focus');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('a guide page that cannot be fetched says so in plain words, and the rest of the app goes on', async () => {
    const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
    const { page } = await openPage(app, { context });
    await wholeAppOnly(page);
    await visit(app, page, '/myths');
    await page.route('**/guide/the-care-team/index.html', (route) => route.abort('internetdisconnected'));
    await page.locator('.step-footer').getByRole('link', { name: 'The care team' }).click();
    await page.getByRole('heading', { level: 1, name: 'The care team' }).waitFor();
    await page.locator('main .prose').getByText('Nothing you have written is lost').waitFor();
    await navLink(page, 'My questions').then((link) => link.click());
    await page.getByRole('heading', { level: 1, name: 'My questions' }).waitFor();
    await context.close();
  });
});

describe('listen to this page', () => {
  // A stand-in for the browser's speech synthesis that records what it is asked to say and
  // "speaks" each part in 150 ms, firing the same events a real voice does.
  const recordingVoice = () => {
    const log = { spoken: [], calls: [] };
    let queue = [];
    let paused = false;
    let timer = null;
    const next = () => {
      if (paused || timer || queue.length === 0) return;
      const utterance = queue[0];
      log.spoken.push(utterance.text);
      utterance.onstart?.(new Event('start'));
      timer = setTimeout(() => {
        timer = null;
        queue.shift();
        utterance.onend?.(new Event('end'));
        next();
      }, 150);
    };
    const synth = {
      speak(utterance) { queue.push(utterance); next(); },
      pause() { log.calls.push('pause'); paused = true; clearTimeout(timer); timer = null; },
      resume() { log.calls.push('resume'); paused = false; next(); },
      cancel() {
        log.calls.push('cancel');
        // Counted across page loads too, for leaving the page.
        sessionStorage.setItem('cancels', Number(sessionStorage.getItem('cancels') ?? 0) + 1);
        queue = []; clearTimeout(timer); timer = null;
      },
      getVoices() { return []; },
      get speaking() { return queue.length > 0; },
      get paused() { return paused; },
    };
    Object.setPrototypeOf(synth, SpeechSynthesis.prototype);
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    window.__voice = log;
  };

  test('reads the page\'s own text in order, pauses, stops, and stops when the reader leaves', async () => {
    const { page, problems } = await openPage(app);
    await page.addInitScript(recordingVoice);
    await visit(app, page, '/guide/symptoms');
    const controls = page.getByRole('group', { name: 'Listen to this page' });
    await controls.getByRole('button', { name: 'Listen to this page' }).click();
    await page.waitForFunction(() => window.__voice.spoken.length >= 3);
    assert.deepEqual(await axeViolations(page), []);
    const spoken = await page.evaluate(() => window.__voice.spoken);
    assert.equal(spoken[0], 'Common symptoms', 'the heading first');
    assert.equal(spoken[1], 'Many symptoms can be eased. Tell the team about anything new or worse.');
    assert.match(spoken[2], /^This page is a guide for families/);
    // The part being read is highlighted.
    assert.equal(await page.locator('[data-reading]').count(), 1);

    await controls.getByRole('button', { name: 'Pause' }).click();
    const held = await page.evaluate(() => window.__voice.spoken.length);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__voice.spoken.length), held, 'nothing more is read while paused');
    await controls.getByRole('button', { name: 'Carry on listening' }).click();
    await page.waitForFunction((n) => window.__voice.spoken.length > n, held);

    await controls.getByRole('button', { name: 'Stop reading' }).click();
    assert.equal(await page.locator('[data-reading]').count(), 0, 'the highlight goes');
    assert.ok(await controls.getByRole('button', { name: 'Listen to this page' }).isEnabled());

    // Start again, then leave the page: speech stops.
    await controls.getByRole('button', { name: 'Listen to this page' }).click();
    const cancels = await page.evaluate(() => Number(sessionStorage.getItem('cancels')));
    const all = await page.evaluate(() => window.__voice.spoken);
    await (await navLink(page, 'Home')).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.waitForFunction((n) => Number(sessionStorage.getItem('cancels')) > n, cancels);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__voice.spoken), [], 'nothing is read after leaving');
    // Nothing the page did not hold was read: no navigation, sources or footer.
    assert.ok(!all.some((t) => /Need help now|Sources|Backup and privacy/.test(t)), all.join(' | '));
    assert.deepEqual(problems, []);
  });

  test('is not offered where the browser cannot speak', async () => {
    const { page } = await openPage(app);
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
    await visit(app, page, '/guide/symptoms');
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole('button', { name: 'Listen to this page' }).count(), 0);
  });
});

describe('need help now', () => {
  test('is one tap away from every page, with numbers that can be dialled', async () => {
    const { page } = await openPage(app);
    for (const route of ['/', '/myths', '/notes']) {
      await visit(app, page, route);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Need help now?' }).click();
      await page.waitForURL('**/help');
    }
    const tel = await page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(tel.includes('tel:999') && tel.includes('tel:111'), tel.join(', '));
  });
});

describe('keyboard only', () => {
  /** Presses Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(page, matches, what) {
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate(matches)) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${what}`);
  }

  test('a question can be added and moved up with the keyboard alone', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/questions');
    for (const question of ['Who do we call at night?', 'Can we have a bed downstairs?']) {
      await page.locator('main h1').focus();
      await tabTo(page, () => document.activeElement.id === 'new-question', 'the question box');
      await page.keyboard.type(question);
      await tabTo(page, () => document.activeElement.textContent === 'Add question', 'Add question');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#announcer').textContent.startsWith('Question added.'));
    }
    await tabTo(page, () => document.activeElement.textContent === 'Move up question 2', 'Move up question 2');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#announcer').textContent.startsWith('Question moved.'));
    assert.deepEqual(await page.locator('.question-list .question__text').allTextContents(), ['Can we have a bed downstairs?', 'Who do we call at night?']);
    assert.deepEqual(problems, []);
  });

  test('an area can be chosen with the arrow keys', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/referral');
    await page.locator('main h1').focus();
    await tabTo(page, () => document.activeElement.name === 'area', 'the area choices');
    await page.keyboard.press('Space');
    await page.waitForURL('**/referral?area=milton-keynes');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL('**/referral?area=coventry-and-warwickshire');
    await page.getByRole('heading', { name: 'The Myton Hospices' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.value), 'coventry-and-warwickshire', 'focus stays on the choice');
  });

  test('body text is at least 16 px on a phone and larger on a kiosk', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/guide/what-is-palliative-care');
    const size = () => page.locator('main .prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const phone = await size();
    assert.ok(phone >= 16, `body text is ${phone}px`);
    await startKiosk(app, page);
    await visit(app, page, '/guide/what-is-palliative-care');
    assert.ok((await size()) > phone, 'kiosk text is larger');
  });
});
