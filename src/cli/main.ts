// Entry point of `bbpass`. Every user error ends as one line on stderr with exit code 2;
// anything else is a bug and still never dumps a stack trace unless BBPASS_DEBUG is set.
import { keygenCommand } from './commands/keys';
import { certifyCommand, registerCommand, trustCommand } from './commands/district';
import { cardCommand, presentCommand, stampCommand } from './commands/issue';
import { verifyCommand } from './commands/verify';
import { qrCommand, scanCommand } from './commands/qr';
import { demoCommand } from './commands/demo';
import { anchorCommand, statsCommand } from './commands/anchor-stats';
import { directoryCommand } from './commands/directory';
import { withdrawCommand } from './commands/withdraw';
import { siteCommand } from './commands/site';
import { HELP, overview } from './help';
import { CliError, shown } from './io';

const VERBS: Record<string, (argv: string[]) => Promise<number>> = {
  keygen: keygenCommand,
  register: registerCommand,
  certify: certifyCommand,
  trust: trustCommand,
  anchor: anchorCommand,
  stats: statsCommand,
  card: cardCommand,
  stamp: stampCommand,
  withdraw: withdrawCommand,
  present: presentCommand,
  verify: verifyCommand,
  qr: qrCommand,
  scan: scanCommand,
  demo: demoCommand,
  directory: directoryCommand,
  site: siteCommand,
};

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(overview());
    return verb ? 0 : 2;
  }
  const run = VERBS[verb];
  if (!run) throw new CliError(`unknown verb ${verb} (see bbpass --help)`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${HELP[verb]}\n`);
    return 0;
  }
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const msg = e instanceof CliError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`bbpass: ${shown(msg)}\n`);
    if (process.env.BBPASS_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  },
);
