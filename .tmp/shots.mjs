import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const shots = [
  ['en-light-1366', '/learn/socket-io', 1366, 768, 'light'],
  ['ko-proj-1280', '/ko/learn/socket-io?theme=projector', 1280, 720, 'light'],
  ['en-dark-1280', '/learn/socket-io', 1280, 720, 'dark'],
];
for (const [name, path, w, h, scheme] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4312' + path);
  const embed = page.locator('[data-embed="engine-io"]');
  await embed.locator('.payload, [data-testid="payload"]').first().waitFor({ timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(1500);
  await embed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/p2-${name}-top.png` });
  await embed.screenshot({ path: `/tmp/p2-${name}-embed.png` });
  const n = await embed.locator('li').count();
  const from = await embed.locator('li').evaluateAll((ls) => ls.map((l) => l.dataset.from).join(','));
  console.log(name, n, from, await embed.locator('li').nth(1).innerText());
  await page.close();
}
await browser.close();
