// End-to-end tests of appointments and sharing: an appointment added by keyboard alone, its
// calendar file read by a real iCalendar parser on both sides of a clock change, questions asked
// and answered at it, reload, two tabs, backup, the kiosk, and an update shared through the share
// sheet, the clipboard or a file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { axeViolations, openPage, visit, useApp, APP_READY, startKiosk, readQrCode } from './helpers.mjs';

const app = useApp();

const pad = (n) => String(n).padStart(2, '0');
/** The local date `days` days from now, as a date field holds it. */
const day = (days) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

async function addAppointment(page, { date, time, end = '', withWhom, place = '', whatFor = '', note = '', questions = [] }) {
  await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Start time').fill(time);
  await page.getByLabel('End time (if you know it)').fill(end);
  await page.getByLabel('Who is it with?').fill(withWhom);
  await page.getByLabel('Where? (optional)').fill(place);
  await page.getByLabel('What is it for? (optional)').fill(whatFor);
  await page.getByLabel('Note (optional)').fill(note);
  for (const question of questions) await page.getByLabel(question).check();
  await page.getByRole('button', { name: 'Add appointment' }).click();
  await page.waitForFunction(() => document.getElementById('announcer')?.textContent.includes('Appointment added.'));
}

async function addQuestion(page, text) {
  await visit(app, page, '/questions');
  await page.getByLabel('Your question', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.locator('.question__text', { hasText: text }).waitFor();
}

/** The appointment's calendar file, as downloaded by the button a person presses. */
async function calendarFile(page, title) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Add to my calendar (${title})` }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^appointment-\d{4}-\d{2}-\d{2}\.ics$/);
  return readFile(await download.path(), 'utf8');
}

/** Reads a calendar file with ical.js; the file's own time zone is registered as a calendar app would. */
function parseEvent(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
}

describe('appointments', () => {
  test('added with the keyboard; wrong input is explained; kept after reload', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, problems } = await openPage(app, { context });
    await visit(app, page, '/appointments');
    await page.getByText('No appointments coming up.').waitFor();

    // Nothing filled in: the date is asked for first.
    await page.getByRole('button', { name: 'Add appointment' }).press('Enter');
    await page.getByText('Enter a date that exists').waitFor();
    assert.equal(await page.getByLabel('Date', { exact: true }).getAttribute('aria-invalid'), 'true');

    // Date and time are set as the browser's own pickers set them (their segments follow the
    // device's language); everything else is typed, and the form is sent with Enter.
    await page.getByLabel('Date', { exact: true }).fill(day(3));
    await page.getByLabel('Start time').fill('14:30');
    await page.getByLabel('End time (if you know it)').fill('14:00');
    await page.getByLabel('Who is it with?').focus();
    await page.keyboard.type('Hospice nurse');
    await page.keyboard.press('Enter');
    await page.getByText('The end time must be after the start time.').waitFor();
    assert.equal(await page.getByLabel('End time (if you know it)').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('End time (if you know it)').fill('15:15');
    // Tab from the last field reaches the button, which Enter presses.
    await page.getByLabel('Note (optional)').focus();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.textContent)) !== 'Add appointment'; i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByText('Appointment added.').waitFor();

    const coming = page.locator('#appointments-coming-heading ~ ul.entry-list');
    assert.match(await coming.textContent(), /14:30 until 15:15/);
    assert.match(await coming.textContent(), /Hospice nurse/);
    await page.reload();
    await page.locator(APP_READY).waitFor();
    await coming.getByText('Hospice nurse', { exact: true }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 390), true, 'no sideways scrolling');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the calendar file gives the right time on both sides of a clock change, with every character kept', async () => {
    const { page, problems } = await openPage(app);
    await visit(app, page, '/appointments');
    const awkward = 'Dr Shah, GP; room 2\\3 😊';
    await addAppointment(page, { date: '2027-07-15', time: '10:30', end: '11:15', withWhom: awkward, whatFor: 'Pain review', place: 'Surgery, Milton Road', note: 'Bring the medicines.\nAsk about nights.' });
    await addAppointment(page, { date: '2027-01-15', time: '10:30', withWhom: 'District nurse', note: 'x'.repeat(3000) });

    const summer = await calendarFile(page, `${awkward}: Pain review`);
    assert.ok(summer.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
    const event = parseEvent(summer);
    assert.equal(event.startDate.toJSDate().toISOString(), '2027-07-15T09:30:00.000Z', 'British Summer Time is UTC+1');
    assert.equal(event.endDate.toJSDate().toISOString(), '2027-07-15T10:15:00.000Z');
    assert.equal(event.summary, `${awkward}: Pain review`);
    assert.equal(event.location, 'Surgery, Milton Road');
    assert.equal(event.description, 'Pain review\n\nBring the medicines.\nAsk about nights.');

    const winter = parseEvent(await calendarFile(page, 'District nurse'));
    assert.equal(winter.startDate.toJSDate().toISOString(), '2027-01-15T10:30:00.000Z', 'Greenwich Mean Time is UTC');
    assert.equal(winter.description, 'x'.repeat(3000), 'a long note arrives whole');

    // Changed later, the file keeps the same UID, so the calendar updates the event it has.
    const uid = event.uid;
    await page.getByRole('button', { name: `Change (${awkward}: Pain review)` }).click();
    await page.getByLabel('Start time').fill('16:00');
    await page.getByLabel('End time (if you know it)').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Appointment changed.').waitFor();
    const moved = parseEvent(await calendarFile(page, `${awkward}: Pain review`));
    assert.equal(moved.uid, uid);
    assert.equal(moved.startDate.toJSDate().toISOString(), '2027-07-15T15:00:00.000Z');
    assert.deepEqual(problems, []);
  });

  test('questions chosen for an appointment are printed for it and answered after it', async () => {
    const { page, problems } = await openPage(app);
    await addQuestion(page, 'Can the tablets be liquid?');
    await addQuestion(page, 'Who do we call at the weekend?');
    await visit(app, page, '/appointments');
    await addAppointment(page, { date: day(-1), time: '09:00', withWhom: 'Dr Okafor', whatFor: 'Swallowing', questions: ['Can the tablets be liquid?'] });

    // Yesterday's appointment is in the past, with a place for the answer next to its question.
    const past = page.locator('#appointments-past-heading ~ ul.entry-list');
    await past.getByText('Write down the answers').waitFor();
    await past.getByLabel('Can the tablets be liquid?').fill('Yes, the pharmacy can make it up.');
    await past.getByRole('button', { name: 'Save answer (Can the tablets be liquid?)' }).click();
    await page.getByText('Answer saved.').waitFor();
    await visit(app, page, '/questions');
    await page.getByText('Yes, the pharmacy can make it up.').waitFor();

    await addQuestion(page, 'Is a hospital bed possible?');
    await visit(app, page, '/appointments');
    await addAppointment(page, { date: day(2), time: '11:00', withWhom: 'Occupational therapist', questions: ['Is a hospital bed possible?'] });
    await page.getByRole('link', { name: 'Print for this appointment (Occupational therapist)' }).click();
    await page.getByRole('heading', { name: 'For this appointment' }).waitFor();
    const questions = await page.locator('.sheet-list .question__text').allTextContents();
    assert.deepEqual(questions, ['Is a hospital bed possible?'], 'only the questions chosen for it');
    assert.match(await page.locator('.sheet-appointment').textContent(), /Occupational therapist/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('a saved contact is one tap away; two tabs stay in step; a backup carries appointments out and back', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page: first, problems } = await openPage(app, { context });
    const { page: second } = await openPage(app, { context });
    await visit(app, first, '/notes');
    await first.getByLabel('Name').fill('Sam Patel');
    await first.getByLabel('Phone number').fill('01234 567890');
    await first.getByRole('button', { name: 'Add contact' }).click();
    await visit(app, first, '/appointments');
    await visit(app, second, '/appointments');
    await first.getByLabel('Who to call about it (optional)').selectOption({ label: 'Sam Patel' });
    await addAppointment(first, { date: day(5), time: '10:00', withWhom: 'Specialist nurse' });
    const call = first.getByRole('link', { name: 'Call Sam Patel: 01234 567890' });
    assert.equal(await call.getAttribute('href'), 'tel:01234567890');
    await second.getByText('Specialist nurse', { exact: true }).waitFor();
    await addAppointment(second, { date: day(6), time: '15:00', withWhom: 'Hospice day unit' });
    await first.getByText('Hospice day unit', { exact: true }).waitFor();

    await visit(app, first, '/my-data');
    const [download] = await Promise.all([
      first.waitForEvent('download'),
      first.getByRole('button', { name: 'Download a backup file' }).click(),
    ]);
    const backupPath = await download.path();
    assert.equal(JSON.parse(await readFile(backupPath, 'utf8')).data.appointments.length, 2);
    await first.getByRole('button', { name: 'Delete all my data' }).click();
    await first.getByRole('button', { name: 'Yes, delete everything' }).click();
    await visit(app, first, '/appointments');
    await first.getByText('No appointments coming up.').waitFor();
    await visit(app, first, '/my-data');
    await first.getByLabel('Choose a backup file').setInputFiles(backupPath);
    assert.match(await first.locator('#import-preview p').textContent(), /2 appointments/);
    await first.getByRole('button', { name: 'Replace what is here' }).click();
    await visit(app, first, '/appointments');
    await first.getByText('Hospice day unit', { exact: true }).waitFor();
    await first.getByText('Specialist nurse', { exact: true }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a kiosk offers no calendar file or sharing, keeps nothing, and hands appointments over by QR code', async () => {
    const { page } = await openPage(app, { viewport: { width: 820, height: 1180 } });
    await startKiosk(app, page);
    await visit(app, page, '/appointments');
    await addAppointment(page, { date: '2027-03-02', time: '13:45', withWhom: 'Dr Rahman, GP', place: 'Surgery; room 4', whatFor: 'Review' });
    assert.equal(await page.getByRole('button', { name: /^Add to my calendar/ }).count(), 0);
    const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
    assert.ok(!stored.includes('Rahman'), 'nothing typed is stored');

    const link = await readQrCode(page.locator('#handoff-qr'));
    assert.ok(link?.startsWith(`${app.url}/import#`), link);

    await visit(app, page, '/share');
    await page.getByText('On this shared tablet, updates cannot be sent or saved.').waitFor();
    for (const name of ['Share…', 'Copy the words', 'Download as a text file']) {
      assert.equal(await page.getByRole('button', { name }).count(), 0, name);
    }

    const { page: phone, problems } = await openPage(app);
    await phone.goto(link);
    await phone.getByRole('button', { name: 'Add to this phone' }).click();
    await phone.waitForURL('**/appointments');
    const coming = phone.locator('#appointments-coming-heading ~ ul.entry-list');
    await coming.getByText('Dr Rahman, GP', { exact: true }).waitFor();
    assert.match(await coming.textContent(), /Tuesday 2 March 2027, 13:45/);
    assert.match(await coming.textContent(), /Where: Surgery; room 4/);
    assert.deepEqual(problems, []);
  });
});

describe('sharing an update', () => {
  /** A family with a check-in, a medicine, an appointment coming up, a question and wishes. */
  async function family(page) {
    const now = new Date();
    const at = `${day(0)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
    const workspace = {
      version: 5,
      data: {
        questions: [{ id: 'q1', text: 'Can Dad come home?', ask: 'anyone', answered: true, answer: 'Yes, with help.', order: 1, updated: 1 }],
        notes: [],
        contacts: [{ id: 'c1', name: 'Hospice advice line', role: '', phone: '01908 000000', updated: 1 }],
        wishes: { text: 'To hear his records.', updated: 1 },
        deleted: [],
        check_ins: [{ id: 'k1', at, by: 'carer', ratings: { pain: 2 }, other: '', note: 'A calm day.', updated: 1 }],
        medicines: [{ id: 'm1', name: 'Paracetamol', what_for: 'Pain', dose: 'As the label says', schedule: 'regular', updated: 1 }],
        doses: [],
        appointments: [{ id: 'a1', start: `${day(4)}T10:00`, end: '', with_whom: 'Dr Shah', place: '', what_for: '', note: '', contact: '', questions: [], updated: 1 }],
      },
    };
    await page.addInitScript((value) => {
      if (!localStorage.getItem('palliative-guide.workspace')) localStorage.setItem('palliative-guide.workspace', value);
    }, JSON.stringify(workspace));
  }

  test('nothing is chosen at first; the share sheet gets exactly the words shown', async () => {
    const { page, problems } = await openPage(app);
    await family(page);
    // A recording stand-in for the device's share sheet.
    await page.addInitScript(() => {
      window.shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data) => { window.shared.push(data); },
      });
    });
    await visit(app, page, '/share');
    await page.getByText('Nothing is chosen yet, so there is nothing to share.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Share…' }).count(), 0);

    await page.getByLabel('How things are').check();
    await page.getByLabel('Next appointments').check();
    const preview = page.locator('.share-preview');
    await preview.waitFor();
    const words = await preview.textContent();
    assert.match(words, /Pain: 2 out of 10/);
    assert.match(words, /A calm day\./);
    assert.match(words, /Dr Shah/);
    for (const unchosen of ['Paracetamol', 'Can Dad come home?', 'To hear his records.']) {
      assert.ok(!words.includes(unchosen), `${unchosen} was not chosen`);
    }
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.waitForFunction(() => window.shared.length === 1);
    const sent = await page.evaluate(() => window.shared[0]);
    assert.equal(sent.text, words, 'exactly the words on screen');
    await page.getByRole('link', { name: 'Call Hospice advice line: 01908 000000' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('without a share sheet the words can be copied or downloaded', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const { page, problems } = await openPage(app, { context });
    await family(page);
    await page.addInitScript(() => { delete Navigator.prototype.share; });
    await visit(app, page, '/share');
    await page.getByLabel('Medicines list').check();
    await page.getByLabel('Questions and answers').check();
    await page.getByLabel('What matters to me').check();
    const words = await page.locator('.share-preview').textContent();
    assert.match(words, /Paracetamol/);
    assert.match(words, /Can Dad come home\?\n  Answer: Yes, with help\./);
    assert.match(words, /To hear his records\./);
    assert.equal(await page.getByRole('button', { name: 'Share…' }).count(), 0, 'no share button without a share sheet');

    await page.getByRole('button', { name: 'Copy the words' }).click();
    await page.getByText('Copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), words);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as a text file' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^update-\d{4}-\d{2}-\d{2}\.txt$/);
    assert.equal(await readFile(await download.path(), 'utf8'), words);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
