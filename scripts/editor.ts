/**
 * npm run editor — the browser editor on your own machine, without signing
 * in: decap-server writes into this working tree (Git branches per entry,
 * like pull requests), and `astro dev` serves the editor at
 * http://localhost:4321/admin/. Stop both with Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { LOCAL_BACKEND_URL } from '../tooling/editor/config.ts';

const port = new URL(LOCAL_BACKEND_URL).port;
const children = [
  // MODE=git: "Speichern" commits to a branch cms/<Sammlung>/<Name>, as the editorial workflow does on the Git host.
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], { stdio: 'inherit', env: { ...process.env, PORT: port, BIND_HOST: 'localhost', MODE: process.env['MODE'] ?? 'git' } }),
  spawn('astro', ['dev'], { stdio: 'inherit', env: process.env }),
];
console.log('Editor: http://localhost:4321/admin/ (Anmelden mit "Login", ohne Passwort)');
const stop = () => children.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
