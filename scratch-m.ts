import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', '4398'], { stdio: 'ignore', env: { ...process.env, WISSENSNETZ_OUT_DIR: process.argv[2] ?? 'dist' } });
await new Promise((r) => setTimeout(r, 8000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4398/erfolgsgeschichten/', { waitUntil: 'networkidle' });
const rows: [string, number][] = [];
page.on('requestfinished', async (req) => { const res = await req.response(); const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0); rows.push([req.url().replace('http://127.0.0.1:4398', ''), Math.min(body.length, gzipSync(body).length)]); });
await page.locator('[data-search-open]').first().click();
await page.locator('.search-dialog input').fill(process.argv[3] ?? 'Begegnungscafés');
await page.locator('.search-dialog .search-results > li').first().waitFor();
await page.waitForTimeout(1500);
let total = 0; for (const [u, b] of rows) { total += b; console.log(String(b).padStart(7), u.slice(0, 90)); }
console.log('total gz', total);
await browser.close(); server.kill();
