// `npm start`: builds the desktop app and launches it, or explains in plain words why it cannot.
import { spawnSync } from 'node:child_process';
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs';

const found = findElectronBinary();
if (!found.ok) {
  console.error(missingElectronMessage(found.reason));
  process.exit(1);
}
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const build = run('npx', ['electron-vite', 'build']);
if (build.status !== 0) process.exit(build.status ?? 1);
const app = run(found.path, ['.', ...process.argv.slice(2)]);
process.exit(app.status ?? 0);
