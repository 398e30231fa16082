// Compares two outputs of boomerang-cli that should be the same (scripts/windows-check.sh):
// every byte outside numbers must be equal, and each number equal or within a relative
// 1e-14 of the other. Prints "identical", or "last digits: N numbers, largest relative
// difference D"; exits 1, naming the first difference, otherwise.
//
//   node scripts/same-numbers.mjs EXPECTED ACTUAL
//
// Why a tolerance: MinGW-w64's log1p and expm1 (the capital recovery factor,
// src/model/capacity.cpp) round the last bit differently from glibc's for some inputs, and
// numbers printed in full (JSON, CSV) show it in their 16th or 17th digit.
import { readFileSync } from 'node:fs';

const [expectedPath, actualPath] = process.argv.slice(2);
const expected = readFileSync(expectedPath, 'utf8');
const actual = readFileSync(actualPath, 'utf8');
if (expected === actual) {
  console.log('identical');
  process.exit(0);
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
const parts = (text) => ({ words: text.split(NUMBER), numbers: text.match(NUMBER) ?? [] });
const a = parts(expected);
const b = parts(actual);
const same = a.words.length === b.words.length && a.words.every((word, i) => word === b.words[i]);
if (!same) {
  const i = a.words.findIndex((word, k) => word !== b.words[k]);
  console.log(`differs outside numbers: "${a.words[i]}" against "${b.words[i]}"`);
  process.exit(1);
}
let differing = 0;
let largest = 0;
for (let i = 0; i < a.numbers.length; i += 1) {
  if (a.numbers[i] === b.numbers[i]) continue;
  const x = Number(a.numbers[i]);
  const y = Number(b.numbers[i]);
  const relative = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  if (!(relative <= 1e-14)) {
    console.log(`differs: ${a.numbers[i]} against ${b.numbers[i]} (relative ${relative})`);
    process.exit(1);
  }
  differing += 1;
  largest = Math.max(largest, relative);
}
console.log(`last digits: ${differing} numbers, largest relative difference ${largest.toExponential(2)}`);
