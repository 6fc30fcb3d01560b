// End-to-end tests of the family's own workspace: questions, answers, notes, backup, clearing,
// two tabs at once, and the printable sheet.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { openPage, visit, useApp, printedA4Pages } from './helpers.mjs';

const app = useApp();

const questionTexts = (page) => page.locator('.question-list .question__text').allTextContents();

async function addQuestion(page, text) {
  await page.getByLabel('Your question').fill(text);
  await page.getByRole('button', { name: 'Add question' }).click();
}

async function addFromLibrary(page, topic, question) {
  await page.locator('summary', { hasText: topic }).click();
  await page.getByRole('button', { name: `Add ${question}` }).click();
}

describe('questions', () => {
  test('added from the library, answered, reordered, deleted with undo, and kept after reload', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/questions');
    await addFromLibrary(page, 'The care team', 'Who should we contact first if we are worried?');
    await addFromLibrary(page, 'Symptoms and comfort', 'What can be done to ease the pain?');
    await addQuestion(page, 'Can the dog visit?');
    assert.equal((await page.locator('#announcer').textContent()).trim(), 'Question added.');
    // A library question already in the list is shown as added, not offered again.
    assert.equal(await page.getByRole('button', { name: 'Add What can be done to ease the pain?' }).count(), 0);

    await page.getByRole('button', { name: 'Write the answer question 2' }).click();
    await page.getByLabel('What did they say?').fill('A syringe driver can help. The nurse will explain.');
    await page.getByRole('button', { name: 'Save answer' }).click();

    await page.getByRole('button', { name: 'Move up question 3' }).click();
    await page.getByRole('button', { name: 'Delete question 1' }).click();
    assert.deepEqual(await questionTexts(page), ['Can the dog visit?', 'What can be done to ease the pain?']);
    await page.getByRole('button', { name: 'Undo' }).click();

    await page.reload();
    await page.locator('.question-list li').first().waitFor();
    assert.deepEqual(await questionTexts(page), [
      'Who should we contact first if we are worried?',
      'Can the dog visit?',
      'What can be done to ease the pain?',
    ]);
    assert.match(await page.locator('.question-list').textContent(), /Answered: A syringe driver can help/);
    assert.match(await page.locator('.question-list').textContent(), /Ask: GP/);
    assert.deepEqual(problems, []);
  });
});

describe('lists', () => {
  test('keep the rows that did not change, and draw again the ones that did or moved', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/questions');
    for (const question of ['First?', 'Second?', 'Third?']) await addQuestion(page, question);
    const rows = page.locator('.question-list li');
    // Each row is marked; a row drawn again is a new element and has lost its mark.
    const mark = () => rows.evaluateAll((all) => all.forEach((row) => { row.dataset.seen = row.querySelector('.question__text').textContent; }));
    const marks = () => rows.evaluateAll((all) => all.map((row) => row.dataset.seen ?? null));

    await mark();
    await page.getByRole('button', { name: 'Write the answer question 3' }).click();
    await page.getByLabel('What did they say?').fill('Yes.');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('Answered: Yes.').waitFor();
    assert.deepEqual(await marks(), ['First?', 'Second?', null], 'only the answered question is drawn again');

    await mark();
    await page.getByRole('button', { name: 'Move up question 3' }).click();
    assert.deepEqual(await questionTexts(page), ['First?', 'Third?', 'Second?']);
    // The two that swapped show new numbers, so both are drawn again; the first is kept.
    assert.deepEqual(await marks(), ['First?', null, null]);
    assert.deepEqual(problems, []);
  });
});

describe('backup', () => {
  test('export, clear and import bring everything back', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/questions');
    await addQuestion(page, 'Who pays for the hospital bed?');
    await addQuestion(page, 'Can we have a break next month?');
    await visit(app, page, '/notes');
    await page.getByLabel('Wishes and preferences, in your own words').fill('To stay at home with the garden view.');
    await page.getByRole('button', { name: 'Save what matters to me' }).click();
    await page.getByLabel('Who said it (optional)').fill('District nurse');
    await page.getByLabel('What was said').fill('She will come on Tuesdays and Fridays.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByLabel('Name').fill('Jo Smith');
    await page.getByLabel('Role (for example: district nurse)').fill('Specialist nurse');
    await page.getByLabel('Phone number').fill('01234 000000');
    await page.getByRole('button', { name: 'Add contact' }).click();

    await visit(app, page, '/my-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup file' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^palliative-care-guide-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = await download.path();
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    assert.equal(backup.app, 'palliative-care-guide');
    assert.equal(backup.data.questions.length, 2);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is left in storage');
    await visit(app, page, '/questions');
    assert.equal(await page.locator('.question-list').count(), 0);

    await visit(app, page, '/my-data');
    await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
    await page.locator('#import-preview').waitFor();
    assert.equal(
      await page.locator('#import-preview p').textContent(),
      "This backup has 2 questions, 1 note, 1 contact, 0 diary entries, 0 medicines, 0 doses given, 0 appointments, 0 carer's check-ins and 0 steps of planning ahead, and what matters to you.",
    );
    await page.getByRole('button', { name: 'Replace what is here' }).click();

    await page.reload();
    await visit(app, page, '/questions');
    await page.locator('.question-list li').first().waitFor();
    assert.deepEqual(await questionTexts(page), ['Who pays for the hospital bed?', 'Can we have a break next month?']);
    await visit(app, page, '/notes');
    assert.equal(await page.getByLabel('Wishes and preferences, in your own words').inputValue(), 'To stay at home with the garden view.');
    assert.match(await page.locator('main').textContent(), /She will come on Tuesdays and Fridays\./);
    assert.match(await page.locator('main').textContent(), /Jo Smith/);
    assert.deepEqual(problems, []);
  });

  test('a file that is not a backup is refused and changes nothing', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/questions');
    await addQuestion(page, 'Stays after a bad import');
    await visit(app, page, '/my-data');
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const files = [
      ['photo.json', 'not json at all', /not a backup from this guide/],
      ['other.json', '{"app":"another-app","version":1,"data":{}}', /not a backup from this guide/],
      ['newer.json', '{"app":"palliative-care-guide","version":99,"data":{}}', /newer version of this guide/],
    ];
    for (const [name, content, message] of files) {
      await page.getByLabel('Choose a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.locator('.notice').waitFor();
      assert.match(await page.locator('.notice').textContent(), message);
      assert.equal(await page.locator('#import-preview').count(), 0);
    }
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);
  });
});

describe('two tabs', () => {
  test('stay in step when either one changes', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page: first } = await openPage(app, { context });
    const { page: second } = await openPage(app, { context });
    await visit(app, first, '/questions');
    await visit(app, second, '/questions');

    await addQuestion(first, 'Typed in the first tab');
    await second.locator('.question__text', { hasText: 'Typed in the first tab' }).waitFor();
    await addQuestion(second, 'Typed in the second tab');
    await first.locator('.question__text', { hasText: 'Typed in the second tab' }).waitFor();

    await second.getByRole('button', { name: 'Delete question 1' }).click();
    await first.waitForFunction(() => document.querySelectorAll('.question-list .question__text').length === 1);
    assert.deepEqual(await questionTexts(first), ['Typed in the second tab']);
    assert.deepEqual(await questionTexts(second), ['Typed in the second tab']);
    await context.close();
  });

  test('a step ticked on a guide page keeps what another tab added meanwhile', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page: guide } = await openPage(app, { context });
    const { page: questions } = await openPage(app, { context });
    // The guide page runs the program's core, not the whole app (src/bin/site.rs).
    await visit(app, guide, '/guide/what-is-palliative-care');
    await visit(app, questions, '/questions');
    await addQuestion(questions, 'Added while the guide page was open');
    await questions.locator('.question__text', { hasText: 'Added while the guide page was open' }).waitFor();
    await guide.getByLabel('I have read this step').check();
    await guide.getByRole('status').filter({ hasText: 'Step marked as done.' }).waitFor();
    await questions.reload();
    await questions.locator('.question__text', { hasText: 'Added while the guide page was open' }).waitFor();
    await visit(app, questions, '/start');
    assert.match(await questions.locator('.task-count').textContent(), /^1 of/);
    await context.close();
  });
});

describe('appointment sheet', () => {
  test('prints the open questions on one or two A4 pages, without the navigation', async () => {
    const { page } = await openPage(app);
    await visit(app, page, '/questions');
    await addQuestion(page, 'What happens if the pain gets worse at night?');
    await addQuestion(page, 'Can we have a hospital bed at home?');
    await page.getByRole('button', { name: 'Write the answer question 2' }).click();
    await page.getByLabel('What did they say?').fill('Yes, the district nurse will arrange it.');
    await page.getByRole('button', { name: 'Save answer' }).click();

    await visit(app, page, '/appointment');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    const sheet = await page.locator('.sheet-list').textContent();
    assert.match(sheet, /What happens if the pain gets worse at night\?/);
    assert.doesNotMatch(sheet, /hospital bed/, 'answered questions are not in the list to ask');

    const pages = await printedA4Pages(page);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  });
});
