import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const shots = [
  ['en-light-1366', '/learn/socket-io', 1366, 768, 'light'],
  ['ko-light-1366', '/ko/learn/socket-io', 1366, 768, 'light'],
  ['ko-proj-1280', '/ko/learn/socket-io?theme=projector', 1280, 720, 'light'],
  ['en-proj-1280', '/learn/socket-io?theme=projector', 1280, 720, 'light'],
  ['en-dark-1280', '/learn/socket-io', 1280, 720, 'dark'],
];
for (const [name, path, w, h, scheme] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4312' + path);
  const embed = page.locator('[data-embed="engine-io"]');
  await embed.locator('section.payload').nth(8).waitFor({ timeout: 15000 });
  const steps = embed.locator('[data-testid="engine-io-steps"] > li');
  await steps.nth(5).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -120);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/p2-${name}-a.png` });
  // keyboard: focus the Fields of step 6 and open it
  const summary = steps.nth(5).locator('summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await steps.nth(5).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -80);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/p2-${name}-b.png` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  console.log(name, 'horizontal overflow:', overflow);
  await page.close();
}
await browser.close();
