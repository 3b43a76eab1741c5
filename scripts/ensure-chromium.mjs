// Makes sure a Chromium is there for the end-to-end tests and the demo, without downloading a
// browser build: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, installed with apt-get
// when this is root on a Debian-like machine. Otherwise it stops with one line saying what to do.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEBIAN = '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fail(line) {
  console.error(line);
  process.exit(1);
}

const wanted = process.env.CHROMIUM_PATH;
if (wanted) {
  if (!executable(wanted))
    fail(`Ackly: CHROMIUM_PATH=${wanted} is not an executable browser; point it at Chromium or Google Chrome.`);
  process.exit(0);
}
if (executable(DEBIAN)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = existsSync('/usr/bin/apt-get');
if (!root || !apt) {
  fail(
    `Ackly: the end-to-end tests need Chromium at ${DEBIAN}: install it (sudo apt-get install chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Google Chrome binary (e.g. CHROMIUM_PATH=/usr/bin/google-chrome).',
  );
}

console.log("Ackly: installing Debian's chromium for the end-to-end tests (apt-get)…");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', 'chromium'],
]) {
  const run = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0)
    fail(`Ackly: 'apt-get ${args.join(' ')}' failed; install chromium yourself or set CHROMIUM_PATH.`);
}
if (!executable(DEBIAN)) fail(`Ackly: apt-get finished but ${DEBIAN} is still missing; set CHROMIUM_PATH.`);
console.log(`Ackly: chromium installed at ${DEBIAN}.`);
