import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { launchOptions } from '../chromium.config.ts';
const b = await chromium.launch(launchOptions);
for (const r of process.argv.slice(2)) {
  const c = await b.newContext({ serviceWorkers: 'block' });
  const p = await c.newPage();
  const got: Promise<[number, string, string]>[] = [];
  p.on('response', (res) => { if (res.request().resourceType() === 'script') got.push(res.body().then((x) => [gzipSync(x, {level: 9}).length, res.url().split('/').pop()!, x.toString().slice(0, 90).replace(/\n/g, ' ')])); });
  await p.goto('http://127.0.0.1:5209' + r, { waitUntil: 'networkidle' });
  const all = (await Promise.all(got)).sort((a, b) => b[0] - a[0]);
  console.log('==', r, all.reduce((s, x) => s + x[0], 0));
  for (const x of all) console.log(String(x[0]).padStart(6), x[1].padEnd(22), x[2]);
  await c.close();
}
await b.close();
