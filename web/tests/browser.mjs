// Browser test of the web app with Debian's chromium through playwright-core: log in, search 儿童,
// open a pledge, set its status with evidence, see it in the history and on the dashboard; a
// document full of HTML and script is shown as text and runs nothing. Screenshots go to
// $RT_SHOTS. Exits non-zero on the first failed check.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.env.RT_URL;
const shots = process.env.RT_SHOTS || 'screenshots';
const user = process.env.RT_USER || 'admin';
const password = process.env.RT_PASSWORD;
mkdirSync(shots, { recursive: true });

function check(ok, what) {
  if (!ok) throw new Error(`browser test failed: ${what}`);
  console.log(`ok - ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
let dialogs = 0;
page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
try {
  await page.goto(`${base}/`);
  await page.waitForSelector('#login');
  check(page.url().includes('#/login'), 'an anonymous visitor is sent to the login page');
  await page.fill('#name', user);
  await page.fill('#password', 'wrong password');
  await page.click('#login');
  await page.waitForSelector('p[role=alert]:not(:empty)');
  await page.fill('#password', password);
  await page.click('#login');
  await page.waitForSelector('#by-status svg');
  await page.screenshot({ path: `${shots}/1-dashboard.png`, fullPage: true });
  check((await page.textContent('#totals')).length > 0, 'the dashboard shows totals and charts');

  await page.goto(`${base}/#/search?q=${encodeURIComponent('儿童')}`);
  await page.waitForSelector('#results li');
  const hits = await page.$$eval('#results mark.hit', (m) => m.map((x) => x.textContent));
  check(hits.some((h) => h.includes('儿童')), 'search 儿童 highlights 儿童 in the snippets');
  check((await page.$$('.facets h3')).length > 0, 'search shows facets');
  await page.screenshot({ path: `${shots}/2-search.png`, fullPage: true });

  await page.goto(`${base}/#/commitments?q=${encodeURIComponent('儿童 kind:pledge')}`);
  await page.waitForSelector('#commitments a');
  await page.click('#commitments a');
  await page.waitForSelector('#set-status');
  const id = (await page.textContent('h1')).trim();
  await page.selectOption('#status', 'in_progress');
  await page.fill('#note', '国家行动计划已启动 <b>not bold</b>');
  await page.fill('#evidence', 'https://example.org/plan');
  await page.click('#set-status button[type=submit]');
  await page.waitForSelector('#history li');
  const history = await page.textContent('#history');
  check(history.includes('in_progress') && history.includes('https://example.org/plan'), `the status of ${id} is in the history with its evidence`);
  check(history.includes('<b>not bold</b>'), 'markup in a note is shown as text');
  check((await page.textContent('#current-status')).includes('in_progress'), 'the commitment shows its new status');
  await page.screenshot({ path: `${shots}/3-commitment.png`, fullPage: true });

  await page.goto(`${base}/#/`);
  await page.waitForSelector('#by-status svg');
  const chart = await page.textContent('#by-status');
  check(chart.includes('in_progress'), 'the dashboard counts the change');
  await page.screenshot({ path: `${shots}/4-dashboard-after.png`, fullPage: true });

  await page.goto(`${base}/#/upload`);
  await page.waitForSelector('#files');
  await page.setInputFiles('#files', [
    { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('人权理事会\n1. 卢森堡已批准《残疾人权利公约》。\n') },
    { name: 'photo.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 255, 0, 0]) },
  ]);
  await page.click('form button[type=submit]');
  await page.waitForSelector('#upload-results li');
  const uploaded = await page.$$eval('#upload-results li', (li) => li.map((x) => x.textContent));
  check(uploaded.length === 2 && uploaded[0].startsWith('note.txt: stored') && uploaded[1].startsWith('photo.bin: refused'),
    `upload gives a result per file (${uploaded.join(' | ')})`);
  await page.screenshot({ path: `${shots}/5-upload.png`, fullPage: true });

  const docs = await page.evaluate(async () => (await fetch('/api/documents')).json());
  const evil = docs.find((d) => d.file_name === 'evil.txt');
  check(Boolean(evil), 'the hostile document is stored');
  await page.goto(`${base}/#/doc/${evil.id}`);
  await page.waitForSelector('.provisions li');
  await page.waitForTimeout(300);
  const text = await page.textContent('main');
  check(text.includes('<script>'), 'script tags in a document are shown as text');
  check((await page.evaluate(() => window.__pwned)) === undefined, 'nothing from the document ran');
  check((await page.$$('main script, main img, main iframe, main b')).length === 0, 'no element was made from document text');
  check(dialogs === 0, 'no dialog was opened');
  await page.screenshot({ path: `${shots}/6-hostile-document.png`, fullPage: true });

  await page.click('button.lang');
  await page.waitForSelector('nav');
  check((await page.textContent('nav')).includes('Dashboard') || (await page.textContent('nav')).includes('概览'), 'the interface switches language');
  check(errors.length === 0, `no script errors (${errors.join('; ')})`);
} finally {
  await browser.close();
}
