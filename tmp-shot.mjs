import { chromium } from '@playwright/test';
const [,, url, out, width, scheme] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme || 'light' });
await p.goto(url);
await p.screenshot({ path: out, fullPage: true });
await b.close();
