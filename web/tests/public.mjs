// Browser test of `serve --public`: an anonymous visitor sees the published document only, can
// search it, and is sent to the login page for tracking data.
import { chromium } from 'playwright-core';

const base = process.env.RT_URL;
const shots = process.env.RT_SHOTS || 'screenshots';
function check(ok, what) {
  if (!ok) throw new Error(`public browser test failed: ${what}`);
  console.log(`ok - ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
try {
  await page.goto(`${base}/`);
  await page.waitForSelector('main table tr');
  const rows = await page.$$eval('main table tr', (r) => r.map((x) => x.textContent));
  check(rows.length === 1 && rows[0].includes('A/HRC/RES/21/21'), 'an anonymous visitor sees the one published document');
  await page.goto(`${base}/#/search?q=${encodeURIComponent('人权')}`);
  await page.waitForSelector('#results li');
  const links = await page.$$eval('#results li > a', (a) => a.map((x) => x.textContent));
  check(links.length > 0 && links.every((l) => l.startsWith('A/HRC/RES/21/21')), 'search finds the published document only');
  await page.screenshot({ path: `${shots}/7-public-search.png`, fullPage: true });
  await page.goto(`${base}/#/commitments`);
  await page.waitForSelector('#login');
  check(true, 'tracking data asks for a login');
} finally {
  await browser.close();
}
