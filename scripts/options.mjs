// Command-line options of the project's node scripts and benchmarks: `--name value` pairs and
// `--flag`s, read from process.argv.
//
//   const port = Number(option('--port', 8080));
//   if (flag('--json')) …

// The value after `name`, or `fallback` when it is absent or has no value.
export function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

export const flag = (name) => process.argv.includes(name);
