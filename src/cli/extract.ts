// The command line: `npm run --silent extract -- [--pretty] FILE...` prints the facts of each file,
// one JSON object per line (NDJSON), in the order given (../../../shared/contract/README.md).
// Unreadable files get a one-line error on stderr and exit status 2; the others are still printed.
// With --events, the files are grouped into the events they report (the extension's grouping,
// src/events/group-events.ts) and one JSON object per event is printed instead (docs/events.md).
// scripts/extract.mjs bundles this module and calls `run`.

import { extractFacts } from '../core/extract';
import { readInput } from './read-input';
import { eventsOf, type ReadFile } from './events';

const USAGE = 'usage: npm run --silent extract -- [--pretty] [--events] FILE...';

/** Where `run` writes; the real process streams by default, buffers in tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

/** Runs the command; resolves to the exit status (0, or 2 when any file failed or usage was wrong). */
export function run(argv: readonly string[], io: CliIo = processIo): number {
  const files: string[] = [];
  let pretty = false;
  let events = false;
  let optionsDone = false;
  for (const arg of argv) {
    if (!optionsDone && arg === '--') optionsDone = true;
    else if (!optionsDone && arg === '--pretty') pretty = true;
    else if (!optionsDone && arg === '--events') events = true;
    else if (!optionsDone && (arg === '--help' || arg === '-h')) {
      io.out(USAGE);
      return 0;
    } else if (!optionsDone && arg.startsWith('--')) {
      io.err(`extract: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  let status = 0;
  const read: ReadFile[] = [];
  for (const file of files) {
    try {
      const { siteName, ...input } = readInput(file);
      const facts = extractFacts(input);
      if (events) read.push({ file, facts, siteName, published: input.publishedDate ?? null });
      else io.out(JSON.stringify(facts, null, pretty ? 2 : undefined));
    } catch (error) {
      io.err(`extract: ${file}: ${oneLine(error)}`);
      status = 2;
    }
  }
  if (events) for (const event of eventsOf(read)) io.out(JSON.stringify(event, null, pretty ? 2 : undefined));
  return status;
}

/** A message fit for one stderr line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'failed';
}
