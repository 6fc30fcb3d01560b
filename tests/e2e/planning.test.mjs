// End-to-end tests of "Planning ahead together": the workbook by touch and by keyboard, skipped
// steps, reload, the "My wishes" sheet on screen and printed, sharing only when chosen, a kiosk
// keeping nothing and handing the answers to a phone, backup out and back, and its look.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { axeViolations, openPage, visit, useApp, APP_READY, startKiosk, readQrCode, printedA4Pages } from './helpers.mjs';

const app = useApp();

const stepHeading = (page) => page.locator('#plan-step-heading');
const sheet = (page) => page.locator('section.plan-sheet');
const stepButton = (page, title) => page.locator('.plan-steps').getByRole('button', { name: new RegExp(`^${title}`) });

/** Writes the open step's answers (label → words) and saves it. */
async function write(page, answers, button = 'Save and go on') {
  for (const [label, words] of Object.entries(answers)) await page.getByLabel(label).fill(words);
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction(() => document.getElementById('announcer')?.textContent.includes('Step saved.'));
}

describe('planning ahead together', () => {
  test('by touch: a step written, one skipped, another written; reload keeps them; the sheet shows blanks', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(app, { context });
    await visit(app, page, '/planning');
    // Honest about what it is, before anything is written.
    await page.getByText('It is not legally binding.').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Read about both in Planning ahead' }).getAttribute('href'), '/guide/planning-ahead');
    assert.equal(await stepHeading(page).textContent(), 'Step 1 of 7: What matters most');
    await page.getByText('0 of 7 steps written').waitFor();

    await page.getByLabel('What matters most to you now?').fill('Being at home with the grandchildren.');
    await page.getByRole('button', { name: 'Save and go on' }).tap();
    await page.getByText('Step 2 of 7: Where to be cared for').waitFor();
    await page.getByRole('button', { name: 'Skip this step' }).tap();
    await page.getByText('Step 3 of 7: Who to involve').waitFor();
    // A step touching the law says what the official sources say, and links to them.
    await page.getByText('A lasting power of attorney for health and welfare lets you choose').waitFor();
    assert.equal(await page.getByRole('link', { name: 'GOV.UK: Make a lasting power of attorney' }).getAttribute('href'), 'https://www.gov.uk/power-of-attorney');
    await page.getByLabel('Who would you like to be involved in decisions about your care?').fill('My daughter Priya.');
    await page.getByRole('button', { name: 'Save and go on' }).tap();
    await page.getByText('Step 4 of 7: If you became more unwell').waitFor();
    await page.getByText('not about treatments').waitFor();

    await page.reload();
    await page.locator(APP_READY).waitFor();
    await page.getByText('2 of 7 steps written').waitFor();
    assert.match(await stepButton(page, 'What matters most').textContent(), /Last changed \d+ \w+ \d{4}/);
    assert.match(await stepButton(page, 'Where to be cared for').textContent(), /Not written yet/);
    await stepButton(page, 'What matters most').tap();
    assert.equal(await page.getByLabel('What matters most to you now?').inputValue(), 'Being at home with the grandchildren.');

    const words = await sheet(page).textContent();
    assert.match(words, /Being at home with the grandchildren\./);
    assert.match(words, /My daughter Priya\./);
    // Every question not answered is a blank line: 14 questions, 2 answered.
    assert.equal(await sheet(page).locator('.sheet-blank').count(), 12);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 390), true, 'no sideways scrolling');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('by keyboard alone: write, save and go on, go back', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/planning');
    await page.getByLabel('What matters most to you now?').focus();
    await page.keyboard.type('Music, and my garden.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Being a burden.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Step 2 of 7: Where to be cared for').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'plan-step-heading', 'focus goes to the new step');
    await page.keyboard.press('Tab');
    await page.keyboard.type('At home.');
    // Back, without saving: what was saved in step 1 is there.
    await page.getByRole('button', { name: 'Back' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Step 1 of 7: What matters most').waitFor();
    assert.equal(await page.getByLabel('What worries you?').inputValue(), 'Being a burden.');
    assert.deepEqual(problems, []);
  });

  test('"My wishes" prints on one or two A4 pages, without the workbook', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/planning');
    await write(page, { 'What matters most to you now?': 'Family.' });
    await stepButton(page, 'After death').click();
    await write(page, { 'What would you like for your funeral?': '"Abide with me", then tea.' }, 'Save');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await stepHeading(page).isVisible(), false, 'the workbook is not printed');
    assert.ok(await sheet(page).getByRole('heading', { name: 'My wishes' }).isVisible());
    assert.match(await sheet(page).textContent(), /"Abide with me", then tea\./);
    assert.match(await sheet(page).textContent(), /It is not legally binding\./);
    const pages = await printedA4Pages(page);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.deepEqual(problems, []);
  });

  test('"Share an update" carries the wishes only when chosen', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/planning');
    await stepButton(page, 'Where to be cared for').click();
    await write(page, { 'Where would you like to be cared for?': 'At home, by the window.' });
    await visit(app, page, '/share');
    const preview = page.locator('.share-preview');
    await page.getByText('Nothing is chosen yet, so there is nothing to share.').waitFor();
    await page.getByLabel(/^My wishes \(planning ahead\)/).check();
    await preview.getByText(/At home, by the window\./).waitFor();
    await page.getByLabel(/^My wishes \(planning ahead\)/).uncheck();
    await page.getByText('Nothing is chosen yet, so there is nothing to share.').waitFor();
    assert.deepEqual(problems, []);
  });

  test('a kiosk keeps nothing, and hands the answers to the family\'s own phone', async () => {
    const { page } = await openPage(app, { viewport: { width: 820, height: 1180 } });
    await startKiosk(app, page);
    await visit(app, page, '/planning');
    await write(page, { 'What matters most to you now?': 'Typed at the clinic.' });
    const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    assert.ok(!stored.includes('Typed at the clinic.'), 'nothing typed is stored');
    const link = await readQrCode(page.locator('#handoff-qr'));
    assert.ok(link?.startsWith(`${app.url}/import#`) && link.includes('plan='), `the hand-off link carries the answers: ${link}`);

    const phone = (await openPage(app)).page;
    await phone.goto(link);
    await phone.locator(APP_READY).waitFor();
    await phone.getByText('What matters most to you now? Typed at the clinic.').waitFor();
    await phone.getByRole('button', { name: 'Add to this phone' }).click();
    await phone.waitForURL('**/planning');
    await sheet(phone).getByText('Typed at the clinic.').waitFor();
    assert.equal(await phone.getByLabel('What matters most to you now?').inputValue(), 'Typed at the clinic.');

    await page.getByRole('button', { name: 'Finish and clear' }).click();
    await page.waitForURL(app.url + '/');
    await visit(app, page, '/planning');
    await page.getByText('0 of 7 steps written').waitFor();
  });

  test('backup out and back on a fresh device', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/planning');
    await stepButton(page, 'Faith, culture and customs').click();
    await write(page, { 'What should happen, by your faith or custom, after you die?': 'Prayers at home first.' });
    await visit(app, page, '/my-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup file' }).click(),
    ]);
    const backupPath = await download.path();
    assert.equal(JSON.parse(await readFile(backupPath, 'utf8')).data.plan[0].answers.after, 'Prayers at home first.');

    const fresh = await openPage(app);
    await visit(app, fresh.page, '/my-data');
    await fresh.page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    assert.match(await fresh.page.locator('#import-preview p').textContent(), /1 step of planning ahead/);
    await fresh.page.getByRole('button', { name: 'Replace what is here' }).click();
    await visit(app, fresh.page, '/planning');
    await sheet(fresh.page).getByText('Prayers at home first.').waitFor();
    assert.deepEqual([...problems, ...fresh.problems], []);
  });

  test('reached from home, Start here and the planning ahead page', async () => {
    const { page, problems } = await openPage(app);
    for (const [from, name] of [['/', 'Planning ahead together'], ['/start', 'Plan ahead together'], ['/guide/planning-ahead', 'Planning ahead together']]) {
      await visit(app, page, from);
      assert.equal(await page.locator('main').getByRole('link', { name: new RegExp(`^${name}`) }).first().getAttribute('href'), '/planning', from);
    }
    assert.deepEqual(problems, []);
  });

  test('at 320 px in the dark theme: no sideways scrolling, large targets, and axe finds nothing', async () => {
    const context = await app.browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
    const { page, problems } = await openPage(app, { context });
    await visit(app, page, '/planning');
    await write(page, { 'What matters most to you now?': 'Family.' });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true, 'no sideways scrolling');
    const small = await page.locator('main .button, main .plan-steps__step').evaluateAll((all) =>
      all.filter((el) => el.offsetParent && el.getBoundingClientRect().height < 44).map((el) => el.textContent.trim()));
    assert.deepEqual(small, [], 'every button is at least 44 px high');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
