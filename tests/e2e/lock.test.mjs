// End-to-end tests of the family's lock: a passcode (or the device's own lock) that keeps
// everything they wrote unreadable on the device until it is given.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { openPage, visit, useApp, axeViolations, startKiosk } from './helpers.mjs';

const app = useApp();

const PASSCODE = 'blue heron 42';
const WORDS = {
  question: 'Will the hospice nurse come at weekends?',
  note: 'Mum slept badly on Tuesday.',
  medicine: 'Morphine sulfate oral solution',
  appointment: 'Dr Okafor at the hospice',
};

/** Everything this guide keeps in local storage, as one text. */
const stored = (page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

/** Writes one of each kind of record, through the pages, as a family would. */
async function writeSomething(page) {
  await visit(app, page, '/questions');
  await page.getByLabel('Your question').fill(WORDS.question);
  await page.getByRole('button', { name: 'Add question' }).click();
  await visit(app, page, '/notes');
  await page.getByLabel('What was said').fill(WORDS.note);
  await page.getByRole('button', { name: 'Add note' }).click();
  await visit(app, page, '/medicines');
  await page.getByLabel('Name of the medicine').fill(WORDS.medicine);
  await page.getByRole('button', { name: 'Add medicine' }).click();
  await visit(app, page, '/appointments');
  await page.getByLabel('Date', { exact: true }).fill('2027-01-12');
  await page.getByLabel('Start time').fill('10:30');
  await page.getByLabel('Who is it with?').fill(WORDS.appointment);
  await page.getByRole('button', { name: 'Add appointment' }).click();
  await page.waitForFunction(() => document.getElementById('announcer')?.textContent.includes('Appointment added.'));
  const all = await stored(page);
  for (const words of Object.values(WORDS)) assert.ok(all.includes(words), `saved before the lock: ${words}`);
}

async function turnLockOn(page, passcode = PASSCODE) {
  await visit(app, page, '/my-data');
  await page.getByRole('button', { name: 'Set a passcode' }).click();
  await page.getByLabel('Choose a passcode').fill(passcode);
  await page.getByLabel('Type the passcode again').first().fill(passcode);
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.getByText('The lock is on.', { exact: false }).first().waitFor();
}

async function unlock(page, passcode = PASSCODE) {
  await page.getByLabel('Passcode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

const passcodeBox = (page) => page.getByLabel('Passcode', { exact: true });

describe('the lock', () => {
  test('keeps every word out of storage, asks after Lock now and on a new visit, and shows it all for the right passcode', async () => {
    const { page, context, problems } = await openPage(app);
    await writeSomething(page);

    await visit(app, page, '/my-data');
    await page.getByRole('button', { name: 'Set a passcode' }).click();
    // Before it is on: a forgotten passcode cannot be recovered, and a backup is offered.
    await page.getByText('If you forget the passcode, no one can get your data back.', { exact: false }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'lock-warning');
    await page.getByLabel('Choose a passcode').fill('12345');
    await page.getByLabel('Type the passcode again').first().fill('12345');
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByText('The passcode needs at least 6 letters or numbers.').waitFor();
    await page.getByLabel('Choose a passcode').fill(PASSCODE);
    await page.getByLabel('Type the passcode again').first().fill('something else');
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByText('The two passcodes are not the same. Type them again.').waitFor();
    await turnLockOn(page);

    // Nothing readable stays: no word of any record, and no passcode.
    const all = await stored(page);
    for (const words of [...Object.values(WORDS), PASSCODE, 'Morphine', 'Okafor']) {
      assert.ok(!all.includes(words), `not in storage: ${words}`);
    }
    const envelope = JSON.parse(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace')));
    assert.equal(envelope.version, 7);
    assert.equal(envelope.lock.rounds, 600000);
    assert.ok(envelope.sealed.data.length > 100 && envelope.data === undefined);
    // Still unlocked here: moving between pages does not ask again.
    await visit(app, page, '/questions');
    await page.getByText(WORDS.question).waitFor();
    assert.equal(await passcodeBox(page).count(), 0);

    // Lock now: the page keeps its heading and asks; nothing of the family's is on it.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await passcodeBox(page).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'My questions');
    assert.ok(!(await page.locator('body').textContent()).includes(WORDS.question));
    assert.equal(await page.evaluate(() => Object.keys(sessionStorage).length), 0);
    // The box takes the place of what was in use.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'unlock-passcode');

    // A wrong passcode shows nothing.
    await unlock(page, 'blue heron 43');
    await page.getByText('That passcode is not right. Your pages are still locked.').waitFor();
    assert.ok(!(await page.locator('body').textContent()).includes(WORDS.question));

    // A reload, and a tab opened later, ask too.
    await page.reload();
    await passcodeBox(page).waitFor();
    const later = await context.newPage();
    await visit(app, later, '/medicines');
    await passcodeBox(later).waitFor();
    assert.ok(!(await later.locator('body').textContent()).includes(WORDS.medicine));
    await later.close();

    // The right one shows it all, on every page.
    await unlock(page);
    await page.getByText(WORDS.question).waitFor();
    await visit(app, page, '/notes');
    await page.getByText(WORDS.note).waitFor();
    await visit(app, page, '/medicines');
    await page.getByText(WORDS.medicine).first().waitFor();
    await visit(app, page, '/appointments');
    await page.getByText(WORDS.appointment).first().waitFor();

    // The guide's reading pages never ask.
    await visit(app, page, '/guide/what-is-palliative-care');
    assert.equal(await passcodeBox(page).count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('locks after the chosen time without use, and when the browser is closed', async () => {
    const { page, context } = await openPage(app);
    await writeSomething(page);
    await turnLockOn(page);
    await page.getByLabel('Lock again after this long without use').selectOption({ label: '1 minute' });
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await visit(app, page, '/questions');
    await page.getByText(WORDS.question).waitFor();

    // Two minutes without use, as a phone left on the table: it locks when looked at again.
    await page.evaluate(() => {
      localStorage.setItem('palliative-guide.lock-used', String(Date.now() - 2 * 60_000));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await passcodeBox(page).waitFor();
    assert.ok(!(await page.locator('body').textContent()).includes(WORDS.question));

    // The browser closed and opened again: the same storage, a new session.
    await unlock(page);
    await page.getByText(WORDS.question).waitFor();
    const state = await context.storageState();
    await context.close();
    const reopened = await app.browser.newContext({ storageState: state, viewport: { width: 390, height: 844 } });
    const { page: again } = await openPage(app, { context: reopened });
    await visit(app, again, '/questions');
    await passcodeBox(again).waitFor();
    await unlock(again);
    await again.getByText(WORDS.question).waitFor();
    await reopened.close();
  });

  test('two tabs unlock, stay in step and lock together', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page: first } = await openPage(app, { context });
    await turnLockOn(first);
    await first.getByRole('button', { name: 'Lock now' }).click();
    const { page: second } = await openPage(app, { context });
    await visit(app, first, '/questions');
    await visit(app, second, '/questions');
    await passcodeBox(first).waitFor();
    await passcodeBox(second).waitFor();

    await unlock(first);
    // Unlocked in one tab means unlocked in the other.
    await second.getByLabel('Your question').waitFor();
    assert.equal(await passcodeBox(second).count(), 0);

    await first.getByLabel('Your question').fill('Typed in the first tab');
    await first.getByRole('button', { name: 'Add question' }).click();
    await second.getByText('Typed in the first tab').waitFor();
    await second.getByLabel('Your question').fill('Typed in the second tab');
    await second.getByRole('button', { name: 'Add question' }).click();
    await first.getByText('Typed in the second tab').waitFor();
    assert.ok(!(await stored(first)).includes('Typed in'));

    // A tab opened now finds the others unlocked.
    const { page: third } = await openPage(app, { context });
    await visit(app, third, '/questions');
    await third.getByText('Typed in the second tab').waitFor();

    await second.getByRole('button', { name: 'Lock now' }).click();
    await passcodeBox(first).waitFor();
    await passcodeBox(third).waitFor();
    assert.ok(!(await first.locator('body').textContent()).includes('Typed in'));
    await context.close();
  });

  test('wrong passcodes wait longer and longer, even after a reload', async () => {
    const { page, context } = await openPage(app);
    await turnLockOn(page);
    await visit(app, page, '/notes');
    await page.getByRole('button', { name: 'Lock now' }).click();
    for (let i = 0; i < 5; i += 1) {
      await unlock(page, `wrong ${i} passcode`);
      await page.getByRole('button', { name: 'Unlock', exact: true, disabled: false }).waitFor();
    }
    await page.getByText(/too many tries\. Your pages are still locked\. You can try again in 30 seconds\./).waitFor();
    await page.reload();
    // Even the right passcode waits.
    await unlock(page);
    await page.getByText(/You can try again in (30|29|28|27|26|25) seconds\./).waitFor();
    assert.equal(await page.getByLabel('Wishes and preferences, in your own words').isVisible(), false);
    await context.close();
  });

  test('changes its passcode without typing anything again, and turns off', async () => {
    const { page, context } = await openPage(app);
    await writeSomething(page);
    await turnLockOn(page);
    const sealedBefore = JSON.parse(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace'))).sealed;

    await page.getByLabel('Your passcode now').fill('not my passcode');
    await page.getByLabel('New passcode').fill('green finch 7');
    await page.getByLabel('Type the passcode again').nth(0).fill('green finch 7');
    await page.getByRole('button', { name: 'Change the passcode' }).click();
    await page.getByText('That passcode is not right. Your pages are still locked.').waitFor();
    await page.getByLabel('Your passcode now').fill(PASSCODE);
    await page.getByLabel('New passcode').fill('green finch 7');
    await page.getByLabel('Type the passcode again').nth(0).fill('green finch 7');
    await page.getByRole('button', { name: 'Change the passcode' }).click();
    await page.getByRole('status').filter({ hasText: 'The passcode has been changed.' }).waitFor();

    await visit(app, page, '/questions');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page, PASSCODE);
    await page.getByText('That passcode is not right.', { exact: false }).waitFor();
    await unlock(page, 'green finch 7');
    await page.getByText(WORDS.question).waitFor();
    // The data key is the same: only its wrapping changed (the sealed data was written again
    // with a fresh IV, never re-typed).
    const after = JSON.parse(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace')));
    assert.notEqual(after.lock.salt, undefined);
    assert.ok(sealedBefore.data.length > 0);

    await visit(app, page, '/my-data');
    await page.getByLabel('Your passcode', { exact: true }).fill('green finch 7');
    await page.getByRole('button', { name: 'Turn the lock off' }).click();
    await page.getByRole('status').filter({ hasText: 'The lock is off.' }).waitFor();
    const plain = await stored(page);
    for (const words of Object.values(WORDS)) assert.ok(plain.includes(words), `stored as before: ${words}`);
    await page.reload();
    await visit(app, page, '/questions');
    await page.getByText(WORDS.question).waitFor();
    assert.equal(await passcodeBox(page).count(), 0);
    await context.close();
  });

  test('a locked backup goes out and comes back in on a fresh profile with its passcode', async () => {
    const { page, context } = await openPage(app);
    await writeSomething(page);
    await turnLockOn(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup file' }).first().click(),
    ]);
    const file = await readFile(await download.path(), 'utf8');
    assert.match(file.split('\n')[0], /A locked backup of the Palliative Care Guide/);
    for (const words of Object.values(WORDS)) assert.ok(!file.includes(words), `not in the locked backup: ${words}`);

    // A plain backup is still possible, after confirming.
    await page.getByRole('button', { name: 'Download a backup without the lock' }).click();
    await page.getByText('Anyone who gets this file will be able to read everything in it.', { exact: false }).waitFor();
    const [plainDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Yes, download it without the lock' }).click(),
    ]);
    assert.ok((await readFile(await plainDownload.path(), 'utf8')).includes(WORDS.question));
    await context.close();

    const { page: fresh, context: freshContext, problems } = await openPage(app);
    await visit(app, fresh, '/my-data');
    await fresh.getByLabel('Choose a backup file').setInputFiles({ name: 'locked.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await fresh.getByLabel('Passcode for this backup').fill('not it at all');
    await fresh.getByRole('button', { name: 'Open the backup' }).click();
    await fresh.getByText('That passcode does not open this backup. Nothing has been changed.').waitFor();
    await fresh.getByLabel('Passcode for this backup').fill(PASSCODE);
    await fresh.getByRole('button', { name: 'Open the backup' }).click();
    await fresh.locator('#import-preview').waitFor();
    assert.match(await fresh.locator('#import-preview').textContent(), /This backup has 1 question, 1 note, 0 contacts, 0 diary entries, 1 medicine/);
    await fresh.getByRole('button', { name: 'Add to what is here' }).click();
    await visit(app, fresh, '/questions');
    await fresh.getByText(WORDS.question).waitFor();
    assert.deepEqual(problems, []);
    await freshContext.close();
  });

  test('a forgotten passcode: "Delete all my data" works without it and the family starts again', async () => {
    const { page, context } = await openPage(app);
    await writeSomething(page);
    await turnLockOn(page);
    await page.getByRole('button', { name: 'Lock now' }).click();
    await visit(app, page, '/questions');
    await page.getByRole('link', { name: 'Delete all my data' }).click();
    await page.locator('html[data-ready]').waitFor();
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByRole('status').filter({ hasText: 'All your data has been deleted from this device.' }).waitFor();
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('palliative-guide'))), []);
    await visit(app, page, '/questions');
    await page.getByText('You have no questions yet.').waitFor();
    assert.equal(await passcodeBox(page).count(), 0);
    await context.close();
  });

  test('data changed on the device is found, kept aside and never overwritten', async () => {
    const { page, context } = await openPage(app);
    await writeSomething(page);
    await turnLockOn(page);
    await page.getByRole('button', { name: 'Lock now' }).click();
    const damaged = await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('palliative-guide.workspace'));
      const data = stored.sealed.data;
      const at = Math.floor(data.length / 2);
      stored.sealed.data = data.slice(0, at) + (data[at] === 'A' ? 'B' : 'A') + data.slice(at + 1);
      const text = JSON.stringify(stored);
      localStorage.setItem('palliative-guide.workspace', text);
      return text;
    });
    await visit(app, page, '/questions');
    await unlock(page);
    await page.getByText('We could not read', { exact: false }).waitFor();
    const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('palliative-guide.unreadable.')).map(([, v]) => v));
    assert.deepEqual(kept, [damaged]);
    await context.close();
  });

  test("where the lock's code cannot be fetched, the page says so, and never shows the family's pages as empty", async () => {
    const { page, context } = await openPage(app);
    await writeSomething(page);
    await turnLockOn(page);
    const state = await context.storageState();
    await context.close();
    // A device that never fetched the lock's code, offline.
    const offline = await app.browser.newContext({ storageState: state, viewport: { width: 390, height: 844 } });
    const { page: later } = await openPage(app, { context: offline });
    await later.route(/split_lock\.wasm$/, (route) => route.abort('internetdisconnected'));
    await visit(app, later, '/questions');
    await later.getByText('the part of this guide that unlocks them could not be loaded', { exact: false }).waitFor();
    assert.equal(await later.getByText('You have no questions yet.').isVisible(), false);
    assert.equal(await later.getByLabel('Your question').isVisible(), false);
    await offline.close();
  });

  test('a kiosk never offers the lock', async () => {
    const { page, context } = await openPage(app);
    await startKiosk(app, page);
    await visit(app, page, '/my-data');
    await page.getByRole('heading', { name: 'Save a backup' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Lock your pages' }).count(), 0);
    await context.close();
  });

  test('locked and unlocked pages pass axe at 320 px in the dark theme, with no sideways scrolling', async () => {
    const context = await app.browser.newContext({ viewport: { width: 320, height: 700 }, colorScheme: 'dark' });
    const { page } = await openPage(app, { context });
    await turnLockOn(page);
    assert.deepEqual(await axeViolations(page), []);
    await visit(app, page, '/diary');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await passcodeBox(page).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
    for (const target of [passcodeBox(page), page.getByRole('button', { name: 'Unlock', exact: true })]) {
      const box = await target.boundingBox();
      assert.ok(box.height >= 44, `44 px tall: ${box.height}`);
    }
    await context.close();
  });
});

describe("the device's own lock", () => {
  // WebAuthn needs a real host name: the same server, reached as localhost.
  const local = () => ({ ...app, url: app.url.replace('127.0.0.1', 'localhost') });

  async function virtualAuthenticator(page, hasPrf) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf },
    });
  }

  test('unlocks with a passkey that supports PRF, and the passcode still works', async () => {
    const site = local();
    const { page, context, problems } = await openPage(site);
    await virtualAuthenticator(page, true);
    await visit(site, page, '/questions');
    await page.getByLabel('Your question').fill(WORDS.question);
    await page.getByRole('button', { name: 'Add question' }).click();
    await visit(site, page, '/my-data');
    await page.getByRole('button', { name: 'Set a passcode' }).click();
    await page.getByLabel('Choose a passcode').fill(PASSCODE);
    await page.getByLabel('Type the passcode again').first().fill(PASSCODE);
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByRole('button', { name: "Use this device's fingerprint, face or screen lock" }).click();
    await page.getByRole('status').filter({ hasText: "You can now unlock with this device's fingerprint, face or screen lock." }).waitFor();
    const device = JSON.parse(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace'))).lock.device;
    assert.ok(device.credential.length > 0 && device.wrapped.data.length > 0);

    await visit(site, page, '/questions');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('button', { name: "Unlock with this device's fingerprint, face or screen lock" }).click();
    await page.getByText(WORDS.question).waitFor();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlock(page);
    await page.getByText(WORDS.question).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('is not offered where the browser has no PRF, and a passkey without it is refused', async () => {
    const site = local();
    const { page, context } = await openPage(site);
    await virtualAuthenticator(page, false);
    await turnLockOnAt(site, page);
    // This authenticator cannot give a PRF secret: nothing is kept, and the passcode still works.
    await page.getByRole('button', { name: "Use this device's fingerprint, face or screen lock" }).click();
    await page.getByText('This device cannot unlock the guide this way. Your passcode still works.').waitFor();
    const lock = JSON.parse(await page.evaluate(() => localStorage.getItem('palliative-guide.workspace'))).lock;
    assert.equal(lock.device ?? null, null);
    await context.close();

    // A browser that says it has no PRF is never offered the choice.
    const { page: other, context: otherContext } = await openPage(site);
    await other.addInitScript(() => {
      PublicKeyCredential.getClientCapabilities = async () => ({ 'extension:prf': false });
    });
    await virtualAuthenticator(other, true);
    await turnLockOnAt(site, other);
    await other.getByRole('heading', { name: 'Change the passcode' }).waitFor();
    assert.equal(await other.getByRole('button', { name: "Use this device's fingerprint, face or screen lock" }).count(), 0);
    await otherContext.close();
  });

  async function turnLockOnAt(site, page) {
    await visit(site, page, '/my-data');
    await page.getByRole('button', { name: 'Set a passcode' }).click();
    await page.getByLabel('Choose a passcode').fill(PASSCODE);
    await page.getByLabel('Type the passcode again').first().fill(PASSCODE);
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByText('The lock is on.', { exact: false }).first().waitFor();
  }
});
