// Replays a trace of what happened at the desk and prints the engine's decisions as JSON Lines.
import './in-english';
import { readFileSync } from 'node:fs';
import { replay } from '../core/replay/replay';
import { parseTrace } from '../core/replay/trace';

const USAGE = 'usage: npm run -s simulate -- TRACE.jsonl   (the format is in docs/replay.md)';

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    console.error(USAGE);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const file = args[0] ?? '';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the trace (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 2;
  }
  const trace = parseTrace(text);
  if (!trace.ok) {
    for (const message of trace.errors) console.error(`${file} ${message}`);
    return 1;
  }
  const result = replay(trace.value);
  const out = [...result.events, result.summary].map((line) => JSON.stringify(line));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
