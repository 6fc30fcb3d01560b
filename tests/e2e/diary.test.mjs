// End-to-end tests of the symptom diary: check-ins by touch and by keyboard, the chart, table and
// sentence showing the same numbers, the line for a high score, change and undo, reload, two
// tabs, backup and kiosk.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { axeViolations, holdAppCode, openPage, visit, useApp, APP_READY, startKiosk, printedA4Pages } from './helpers.mjs';

const app = useApp();

/** The local date and time `daysAgo` days before now, as a datetime-local field holds it. */
const localTime = (daysAgo, hour = 9) => {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
};

const scale = (page, name) => page.getByRole('group', { name: new RegExp(`^${name}`) });

async function checkIn(page, ratings, { daysAgo = 0, note = '' } = {}) {
  for (const [name, score] of Object.entries(ratings)) {
    await scale(page, name).getByRole('radio', { name: String(score), exact: true }).check();
  }
  await page.getByLabel('Date and time').fill(localTime(daysAgo));
  if (note) await page.getByLabel('A short note (optional)').fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.waitForFunction(() => document.getElementById('announcer')?.textContent.includes('Check-in'));
}

describe('symptom diary', () => {
  test('a check-in by touch; chart, table and sentence show the same numbers; reload keeps it', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const { page, problems } = await openPage(app, { context });
    await visit(app, page, '/diary');
    // Three days ago pain was 3; today it is 6. Tiredness is left not rated.
    await checkIn(page, { Pain: 3 }, { daysAgo: 3 });
    await scale(page, 'Pain').getByRole('radio', { name: '6', exact: true }).tap();
    await scale(page, 'Feeling sick').getByRole('radio', { name: '2', exact: true }).tap();
    await page.getByLabel('A short note (optional)').fill('Better after lunch.');
    await page.getByRole('button', { name: 'Save check-in' }).tap();
    await page.getByText('Better after lunch.').waitFor();

    const chart = page.getByRole('figure', { name: 'Pain' });
    const cells = await chart.locator('tbody td:nth-child(2)').allTextContents();
    assert.deepEqual(cells, ['3', '6'], 'the table holds the ratings, oldest first');
    assert.equal(await chart.locator('circle').count(), 2, 'one point per rating on the chart');
    const tops = await chart.locator('circle').evaluateAll((dots) => dots.map((d) => Number(d.getAttribute('cy'))));
    assert.ok(tops[1] < tops[0], 'the higher score is drawn higher');
    assert.match(await chart.locator('.symptom-chart__change').textContent(), /^Pain: 3 on \w+, 6 today$/);
    // A symptom never rated has no chart: not rated is not 0.
    assert.equal(await page.getByRole('figure', { name: 'Tiredness' }).count(), 0);
    assert.equal(await page.getByRole('figure', { name: 'Feeling sick' }).locator('.symptom-chart__change').count(), 0);

    await page.reload();
    await page.locator(APP_READY).waitFor();
    await page.getByText('Better after lunch.').waitFor();
    assert.deepEqual(await page.getByRole('figure', { name: 'Pain' }).locator('tbody td:nth-child(2)').allTextContents(), ['3', '6']);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 390), true, 'no sideways scrolling');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the diary is adopted part by part: what was chosen and typed before the app started is kept on the same elements, and saved', async () => {
    const { page, problems } = await openPage(app);
    // The app is held back, as on a slow network, while the reader fills in the pre-rendered form.
    const release = await holdAppCode(page);
    await page.goto(app.url + '/diary');
    await scale(page, 'Pain').getByRole('radio', { name: '4', exact: true }).check();
    await page.getByLabel('A short note (optional)').fill('Slept badly.');
    await page.evaluate(() => {
      window.drawn = [document.querySelector('#rate-pain-4'), document.querySelector('#check-in-note'), document.querySelector('#entries-heading')];
    });
    release();
    await page.locator(APP_READY).waitFor();
    assert.equal(
      await page.evaluate(() => window.drawn.every((node) => node.isConnected && document.getElementById(node.id) === node)),
      true,
      'the form and the list are the elements that arrived, adopted rather than drawn again',
    );
    assert.equal(await scale(page, 'Pain').getByRole('radio', { name: '4', exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('A short note (optional)').inputValue(), 'Slept badly.');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Slept badly.').waitFor();
    await page.getByText('Pain 4', { exact: false }).first().waitFor();
    await page.reload();
    await page.locator(APP_READY).waitFor();
    await page.getByText('Slept badly.').waitFor();
    assert.deepEqual(problems, []);
  });

  test('a check-in by keyboard alone, and the high-score line shows at 7 and not at 6', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/diary');
    await scale(page, 'Pain').waitFor();
    // Tab into the pain scale ("Not rated" is chosen), then arrow keys move the choice.
    await scale(page, 'Pain').getByRole('radio', { name: 'Not rated' }).focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    assert.ok(await scale(page, 'Pain').getByRole('radio', { name: '6', exact: true }).isChecked());
    assert.equal(await page.getByText('A score of 7 or more is high').count(), 0, 'nothing at 6');
    await page.keyboard.press('ArrowRight');
    assert.ok(await scale(page, 'Pain').getByRole('radio', { name: '7', exact: true }).isChecked());
    await page.getByText('A score of 7 or more is high').waitFor();
    await page.getByRole('link', { name: 'Call 111' }).waitFor();
    await page.getByRole('link', { name: 'Call 999' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('ArrowLeft');
    await page.getByText('A score of 7 or more is high').waitFor({ state: 'detached' });

    await page.getByLabel('Date and time').focus();
    await page.getByLabel('A short note (optional)').focus();
    await page.keyboard.type('Typed with the keyboard.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Typed with the keyboard.').waitFor();
    assert.match(await page.locator('.entry-list').textContent(), /Pain 6/);
    assert.deepEqual(problems, []);
  });

  test('a check-in can be changed, deleted and put back, and a saved contact is one tap away', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/notes');
    await page.getByLabel('Name').fill('Sam Patel');
    await page.getByLabel('Role (for example: district nurse)').fill('Specialist nurse');
    await page.getByLabel('Phone number').fill('01234 567890');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await visit(app, page, '/diary');
    await checkIn(page, { Pain: 4 }, { note: 'First try.' });
    await page.getByRole('button', { name: /^Change check-in/ }).click();
    await page.getByRole('heading', { name: 'Change this check-in' }).waitFor();
    await scale(page, 'Pain').getByRole('radio', { name: '8', exact: true }).check();
    await page.getByRole('link', { name: 'Call 01234 567890' }).waitFor();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Check-in changed.').waitFor();
    assert.match(await page.locator('.entry-list').textContent(), /Pain 8/);
    assert.equal(await page.locator('.entry-list .entry').count(), 1, 'changed, not added');

    await page.getByRole('button', { name: /^Delete check-in/ }).click();
    await page.getByText('No check-ins yet.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('First try.').waitFor();
    await page.reload();
    await page.locator(APP_READY).waitFor();
    await page.getByText('First try.').waitFor();
    assert.deepEqual(problems, []);
  });

  test('who to call stays with a saved high score until a new check-in begins, and is kept with it in the list', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/notes');
    await page.getByLabel('Name').fill('Ana Silva');
    await page.getByLabel('Phone number').fill('01234 000111');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await visit(app, page, '/diary');
    await checkIn(page, { Pain: 7, 'Shortness of breath': 8 }, { note: 'A bad morning.' });
    // The form is cleared for the next check-in, but what was high, and who to call, stay.
    assert.equal(await scale(page, 'Pain').getByRole('radio', { name: 'Not rated' }).isChecked(), true, 'the form is cleared');
    const form = page.locator('form.check-in');
    await form.getByText('You rated pain 7 and shortness of breath 8 today.').waitFor();
    await form.getByText('A score of 7 or more is high').waitFor();
    await form.getByRole('link', { name: 'Call 01234 000111' }).waitFor();
    await form.getByRole('link', { name: 'Call 111' }).waitFor();
    await form.getByRole('link', { name: 'Call 999' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    // The saved check-in in the list keeps it, folded away.
    const entry = page.locator('.entry-list .entry', { hasText: 'A bad morning.' });
    await entry.getByText('Who to call about a high score').click();
    await entry.getByText('You rated pain 7 and shortness of breath 8 today.').waitFor();
    await entry.getByRole('link', { name: 'Call 01234 000111' }).waitFor();

    // Starting the next check-in is moving on: the saved line goes from the form.
    await scale(page, 'Tiredness').getByRole('radio', { name: '2', exact: true }).check();
    await form.getByText('You rated pain 7').waitFor({ state: 'detached' });
    assert.equal(await form.getByText('A score of 7 or more is high').count(), 0, 'nothing high in the new check-in');

    // A check-in with nothing high has no such line, in the form or the list.
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.entry-list .entry').length === 2);
    assert.equal(await form.getByText('You rated').count(), 0);
    assert.equal(await page.getByText('Who to call about a high score').count(), 1, 'only on the high check-in');

    // After a reload the list still shows it on the high check-in.
    await page.reload();
    await page.locator(APP_READY).waitFor();
    assert.equal(await page.getByText('Who to call about a high score').count(), 1);
    assert.deepEqual(problems, []);
  });

  test('two tabs stay in step, and a backup carries the diary out and back', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page: first } = await openPage(app, { context });
    const { page: second } = await openPage(app, { context });
    await visit(app, first, '/diary');
    await visit(app, second, '/diary');
    await checkIn(first, { Tiredness: 5 }, { note: 'From the first tab.' });
    await second.getByText('From the first tab.').waitFor();
    await checkIn(second, { Tiredness: 2 }, { daysAgo: 1, note: 'From the second tab.' });
    await first.getByText('From the second tab.').waitFor();

    await visit(app, first, '/my-data');
    const [download] = await Promise.all([
      first.waitForEvent('download'),
      first.getByRole('button', { name: 'Download a backup file' }).click(),
    ]);
    const backupPath = await download.path();
    assert.equal(JSON.parse(await readFile(backupPath, 'utf8')).data.check_ins.length, 2);
    await first.getByRole('button', { name: 'Delete all my data' }).click();
    await first.getByRole('button', { name: 'Yes, delete everything' }).click();
    await visit(app, first, '/diary');
    await first.getByText('No check-ins yet.').waitFor();
    await visit(app, first, '/my-data');
    await first.getByLabel('Choose a backup file').setInputFiles(backupPath);
    assert.match(await first.locator('#import-preview p').textContent(), /2 diary entries/);
    await first.getByRole('button', { name: 'Replace what is here' }).click();
    await visit(app, first, '/diary');
    await first.getByText('From the second tab.').waitFor();
    await first.getByText('From the first tab.').waitFor();
    await context.close();
  });

  test('the printed sheet holds two weeks of charts and every number on at most two A4 pages', async () => {
    const { page, problems } = await openPage(app);
    // Two weeks of full twice-daily check-ins, questions and contacts, saved as the app saves them.
    const keys = ['pain', 'tiredness', 'drowsiness', 'nausea', 'appetite', 'breathlessness', 'low-mood', 'anxiety', 'wellbeing', 'other'];
    const check_ins = [];
    for (let day = 0; day < 14; day++) {
      for (const hour of [9, 20]) {
        const ratings = Object.fromEntries(keys.map((k, i) => [k, (day + i + hour) % 11]));
        check_ins.push({ id: `d${day}-${hour}`, at: localTime(day, hour), by: 'carer', ratings, other: 'Constipation', note: 'A short note.', updated: 1 });
      }
    }
    const questions = ['Can the dose be changed at night?', 'Who do we call at the weekend?', 'Is a hospital bed possible?']
      .map((text, i) => ({ id: `q${i}`, text, ask: 'anyone', answered: false, answer: '', order: i, updated: 1 }));
    const contacts = [{ id: 'c1', name: 'Sam Patel', role: 'Specialist nurse', phone: '01234 567890', updated: 1 }];
    const workspace = { version: 4, data: { questions, notes: [], contacts, wishes: { text: 'To be at home.', updated: 1 }, deleted: [], progress: [], check_ins } };
    await page.addInitScript((value) => {
      if (!localStorage.getItem('palliative-guide.workspace')) localStorage.setItem('palliative-guide.workspace', value);
    }, JSON.stringify(workspace));
    await visit(app, page, '/appointment');
    await page.getByRole('heading', { name: 'How things have been: the last 14 days' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.sheet-diary svg').count(), 10, 'a chart for each of the ten things rated');
    assert.equal(await page.locator('.diary-table tbody tr').count(), 28, 'every check-in in the table');
    const pages = await printedA4Pages(page);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
    assert.deepEqual(problems, []);
  });

  test('a kiosk keeps no check-in', async () => {
    const { page } = await openPage(app);
    await startKiosk(app, page);
    await visit(app, page, '/diary');
    await checkIn(page, { Pain: 5 }, { note: 'Typed at the clinic.' });
    const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    assert.ok(!stored.includes('Typed at the clinic.'), 'nothing typed is stored');
    await page.getByRole('button', { name: 'Finish and clear' }).click();
    await page.waitForURL(app.url + '/');
    await visit(app, page, '/diary');
    await page.getByText('No check-ins yet.').waitFor();
  });
});

describe('medicines', () => {
  test('a medicine and a "when needed" dose are added, changed, deleted and put back, and kept after reload', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/medicines');
    await page.getByText('never suggests a medicine, a dose or a time').waitFor();
    // A dose cannot be noted before there is a "when needed" medicine.
    await page.getByText('first add the medicine').waitFor();

    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.getByText('Write the name of the medicine.').waitFor();
    await page.getByLabel('Name of the medicine').fill('Morphine liquid');
    await page.getByLabel('What it is for (optional)').fill('Pain that comes and goes');
    await page.getByLabel('Dose and when (optional)').fill('As the label says');
    await page.getByLabel('Only when needed').check();
    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.getByText('Medicine added.').waitFor();

    await page.getByLabel('When it was given').fill(localTime(0, 2));
    await page.getByLabel('How much was given (optional)').fill('5 ml');
    await page.getByRole('button', { name: 'Save dose' }).click();
    await page.getByText('Dose noted.').waitFor();
    const log = page.locator('#doses-heading ~ ul.entry-list');
    assert.match(await log.textContent(), /Morphine liquid, 5 ml/);
    assert.match(await log.textContent(), /Did it help\? Not sure yet/);

    // Later: it helped.
    await page.getByRole('button', { name: /^Change dose: Morphine liquid/ }).click();
    await page.getByLabel('A little').check();
    await page.getByRole('button', { name: 'Save changes to the dose' }).click();
    await page.getByText('Dose changed.').waitFor();
    assert.match(await log.textContent(), /Did it help\? A little/);
    assert.equal(await log.locator('li').count(), 1, 'changed, not added');

    await page.getByRole('button', { name: /^Delete dose: Morphine liquid/ }).click();
    await page.getByText('No doses noted yet.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await log.locator('li').first().waitFor();

    await page.getByRole('button', { name: 'Change Morphine liquid' }).click();
    await page.getByLabel('Name of the medicine').fill('Oramorph (morphine liquid)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Medicine changed.').waitFor();

    await page.reload();
    await page.locator(APP_READY).waitFor();
    await page.locator('.entry__title', { hasText: 'Oramorph (morphine liquid)' }).waitFor();
    assert.match(await log.textContent(), /Did it help\? A little/);

    // The printed sheet lists the medicine and the dose.
    await visit(app, page, '/appointment');
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.locator('.sheet-medicines').textContent(), /Oramorph \(morphine liquid\)/);
    assert.match(await page.locator('main').textContent(), /When needed" doses in the last 14 days/);
    assert.deepEqual(problems, []);
  });
});
