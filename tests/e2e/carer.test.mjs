// End-to-end tests of "How am I doing?", the carer's own check-in: by touch and by keyboard, the
// help that fits "I need more help", reload, the printed note for a carer's assessment, sharing
// only when chosen, a kiosk keeping nothing (and handing it to the carer's phone), backup out and
// back, "Delete all my data", and its look at 320 px in the dark theme.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { axeViolations, openPage, visit, useApp, APP_READY, startKiosk, readQrCode, printedA4Pages } from './helpers.mjs';

const app = useApp();

const area = (page, name) => page.getByRole('group', { name });

/** Answers areas (name → the words of the choice), adds a note and saves. */
async function checkIn(page, answers, note = '') {
  for (const [name, choice] of Object.entries(answers)) {
    await area(page, name).getByRole('radio', { name: choice }).check();
  }
  if (note) await page.getByLabel('Anything else on your mind (optional)').fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForFunction(() => document.getElementById('announcer')?.textContent.includes('Check-in saved.'));
}

const noneYet = (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Your check-ins' }) }).getByText('No check-ins yet.');

const help = (page) => page.locator('section', { has: page.getByRole('heading', { name: 'Help for what you said' }) });

describe('how am I doing?', () => {
  test('a check-in by touch shows the help that fits "I need more help", and a reload keeps it', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(app, { context });
    await visit(app, page, '/carer');
    await page.getByText('No check-ins yet.').first().waitFor();
    await area(page, 'Time for a break').getByRole('radio', { name: 'I need more help' }).tap();
    await area(page, 'Money and work').getByRole('radio', { name: 'I could do with some help' }).tap();
    await area(page, 'Understanding the illness').getByRole('radio', { name: "I'm managing" }).tap();
    await page.getByLabel('Anything else on your mind (optional)').fill('No night off since May.');
    await page.getByRole('button', { name: 'Save check-in' }).tap();
    await page.getByText('No night off since May.').waitFor();

    const section = help(page);
    // Each area asked about comes with the places in the guide that help with it.
    const breakHelp = section.locator('li.entry', { has: page.getByRole('heading', { name: 'Time for a break' }) });
    assert.equal(await breakHelp.getByRole('link', { name: 'A break from caring' }).getAttribute('href'), '/guide/support-for-carers#a-break-from-caring');
    assert.equal(await breakHelp.getByRole('link', { name: 'Respite care' }).getAttribute('href'), '/guide/where-care-happens#respite-care');
    const moneyHelp = section.locator('li.entry', { has: page.getByRole('heading', { name: 'Money and work' }) });
    await moneyHelp.getByRole('link', { name: 'Money for carers' }).waitFor();
    // Managing needs no help; "I need more help" brings the people to call.
    assert.equal(await section.getByRole('heading', { name: 'Understanding the illness' }).count(), 0);
    await section.getByRole('heading', { name: 'People you can call' }).waitFor();
    assert.equal(await section.getByRole('link', { name: /Call 0800 090 2309/ }).count(), 1, 'the Marie Curie Support Line');
    // The symptom diary is about the person who is ill: nothing of this goes in it.
    assert.ok(!(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace'))).includes('"check_ins":[{'));

    await page.reload();
    await page.locator(APP_READY).waitFor();
    const list = page.locator('section', { has: page.getByRole('heading', { name: 'Your check-ins' }) });
    await list.getByText('No night off since May.').waitFor();
    assert.match(await list.textContent(), /I need more help: Time for a break/);
    assert.match(await list.textContent(), /I could do with some help: Money and work/);
    assert.match(await list.textContent(), /I'm managing: Understanding the illness/);
    await help(page).getByRole('link', { name: 'A break from caring' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a check-in by keyboard alone, then changed, deleted and put back', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/carer');
    // Into the first group of choices, then arrow keys choose within a group and Tab moves on.
    await area(page, 'Understanding the illness').getByRole('radio', { name: "I'm managing" }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await area(page, 'Knowing who to call').getByRole('radio', { name: 'I need more help' }).isChecked(), true);
    await page.getByLabel('Anything else on your mind (optional)').focus();
    await page.keyboard.type('Who do I ring at 3am?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('announcer')?.textContent.includes('Check-in saved.'));
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Help for what you said', 'focus goes to the help');
    const contacts = help(page).locator('li.entry', { has: page.getByRole('heading', { name: 'Knowing who to call' }) });
    await contacts.getByRole('link', { name: 'Who do we call at night?' }).waitFor();

    const when = await page.locator('#carer-entries-heading ~ ul .entry__title').first().textContent();
    await page.getByRole('button', { name: `Change check-in: ${when}` }).click();
    await page.getByRole('heading', { name: 'Change this check-in' }).waitFor();
    await area(page, 'Knowing who to call').getByRole('radio', { name: "I'm managing" }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('In your last check-in you said you are managing.').waitFor();
    assert.equal(await page.locator('#carer-entries-heading ~ ul li.entry').count(), 1, 'changed, not added');

    await page.getByRole('button', { name: `Delete check-in: ${when}` }).click();
    await noneYet(page).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('#carer-entries-heading ~ ul').getByText('Who do I ring at 3am?').waitFor();
    assert.deepEqual(problems, []);
  });

  test('nothing is saved without an answer or a note', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/carer');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('alert').getByText('Answer at least one, or write a note, before saving.').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace')), null);
    assert.deepEqual(problems, []);
  });

  test('the note for a carer\'s assessment prints on one or two A4 pages, with the check-in only when chosen', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/carer');
    await checkIn(page, { 'Time for a break': 'I need more help', 'Your own health': 'I could do with some help' }, 'My back hurts from lifting.');
    const note = page.locator('section.carer-note');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('heading', { name: 'Help for what you said' }).isVisible(), false, 'only the note is printed');
    assert.equal(await page.getByRole('heading', { name: 'How am I doing?', level: 1 }).isVisible(), false);
    assert.ok(await note.getByRole('heading', { name: "My note for a carer's assessment" }).isVisible());
    assert.doesNotMatch(await note.textContent(), /Time for a break/, 'not chosen yet: left blank to write in');
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Put what I said in my last check-in on the note').check();
    await page.emulateMedia({ media: 'print' });
    assert.match(await note.textContent(), /I need more help: Time for a break/);
    assert.match(await note.textContent(), /I could do with some help: Your own health/);
    assert.match(await note.textContent(), /My back hurts from lifting\./);
    const pages = await printedA4Pages(page);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.deepEqual(problems, []);
  });

  test('"Share an update" carries it only when chosen', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/carer');
    await checkIn(page, { 'Time for a break': 'I need more help' }, 'No night off since May.');
    await visit(app, page, '/questions');
    await page.getByLabel('Your question').fill('Can Mum have a hospital bed?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await visit(app, page, '/share');
    const preview = page.locator('.share-preview');
    await page.getByLabel(/^Questions and answers/).check();
    await preview.getByText('Can Mum have a hospital bed?').waitFor();
    assert.doesNotMatch(await preview.textContent(), /night off|as the carer/);
    await page.getByLabel(/^How I am doing, as the carer/).check();
    await preview.getByText(/I need more help: Time for a break/).waitFor();
    assert.match(await preview.textContent(), /Note: No night off since May\./);
    assert.deepEqual(problems, []);
  });

  test('a kiosk keeps nothing, and hands the check-in to the carer\'s own phone', async () => {
    const { page } = await openPage(app, { viewport: { width: 820, height: 1180 } });
    await startKiosk(app, page);
    await visit(app, page, '/carer');
    await checkIn(page, { 'Time for a break': 'I need more help' }, 'Typed at the clinic.');
    const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    assert.ok(!stored.includes('Typed at the clinic.'), 'nothing typed is stored');
    // The code to take it home holds the check-in, read from the code as a phone's camera would.
    const link = await readQrCode(page.locator('#handoff-qr'));
    assert.ok(link?.startsWith(`${app.url}/import#`) && link.includes('carer='), `the hand-off link carries the check-in: ${link}`);

    const phone = (await openPage(app)).page;
    await phone.goto(link);
    await phone.locator(APP_READY).waitFor();
    await phone.getByText('Typed at the clinic.').waitFor();
    await phone.getByRole('button', { name: 'Add to this phone' }).click();
    await phone.waitForURL('**/carer');
    await phone.locator('#carer-entries-heading ~ ul').getByText('Typed at the clinic.').waitFor();

    await page.getByRole('button', { name: 'Finish and clear' }).click();
    await page.waitForURL(app.url + '/');
    await visit(app, page, '/carer');
    await noneYet(page).waitFor();
  });

  test('backup out and back on a fresh device; "Delete all my data" removes it', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/carer');
    await checkIn(page, { 'Money and work': 'I need more help' }, 'Bills since I stopped work.');
    await visit(app, page, '/my-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup file' }).click(),
    ]);
    const backupPath = await download.path();
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    assert.equal(backup.data.carer_check_ins.length, 1);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is left in storage');
    await visit(app, page, '/carer');
    await noneYet(page).waitFor();

    const fresh = await openPage(app);
    await visit(app, fresh.page, '/my-data');
    await fresh.page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    await fresh.page.locator('#import-preview').waitFor();
    assert.match(await fresh.page.locator('#import-preview p').textContent(), /1 carer's check-in/);
    await fresh.page.getByRole('button', { name: 'Replace what is here' }).click();
    await visit(app, fresh.page, '/carer');
    await fresh.page.locator('#carer-entries-heading ~ ul').getByText('Bills since I stopped work.').waitFor();
    assert.deepEqual([...problems, ...fresh.problems], []);
  });

  test('at 320 px in the dark theme: no sideways scrolling, large targets, and axe finds nothing', async () => {
    const context = await app.browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
    const { page, problems } = await openPage(app, { context });
    await visit(app, page, '/carer');
    await checkIn(page, { 'Time for a break': 'I need more help', 'Faith and beliefs': 'I could do with some help' }, 'A hard week.');
    await help(page).getByRole('heading', { name: 'People you can call' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true, 'no sideways scrolling');
    const small = await page.locator('main label.check, main .button').evaluateAll((all) =>
      all.filter((el) => el.offsetParent && el.getBoundingClientRect().height < 44).map((el) => el.textContent.trim()));
    assert.deepEqual(small, [], 'every choice and button is at least 44 px high');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
