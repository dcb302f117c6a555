// `bbpass site`: a deployable folder for one district from the district build — a copy of the
// build, site.json (the roots it pins, FORMAT.md §13), trust/<district>.json per root, the
// Wegweiser if given, and the service worker's precache extended to them. It reads only the
// public part of the root key, and refuses a build that carries any DEMO key.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { demoRootKeys, parseDirectory, parseSite, siteText, toBase64Url, trustFileText, type SiteFile } from '../../core';
import { parseArgs } from '../args';
import { CliError, note, readText, shown } from '../io';
import { withPrecached } from '../precache';
import { anchorOf, anchorOfKeyFile, trustListsFor } from '../site-inputs';

const SITE_META = '<meta name="bbpass-site" content="site.json">';

/** Every file under a folder, as paths relative to it with '/'. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

/** Refuses a folder that is not a built bbpass app, or one that carries a DEMO root key anywhere. */
function checkBuild(dist: string): void {
  const built = ['index.html', 'sw.js', 'version.json'].every((f) => existsSync(join(dist, f))) && /precacheAndRoute\(/.test(readFileSync(join(dist, 'sw.js'), 'utf8'));
  if (!built) throw new CliError(`${dist} is not a built bbpass app (index.html, sw.js and version.json expected: npm run build:district)`);
  const demoKeys = demoRootKeys().map(toBase64Url);
  for (const f of filesUnder(dist)) {
    const text = readFileSync(join(dist, f), 'latin1');
    if (demoKeys.some((k) => text.includes(k))) throw new CliError(`${join(dist, f)} holds a DEMO public key: use the district build (npm run build:district)`);
  }
}

/** Refuses an --out that exists and is not empty unless --force (then empties it), and one that overlaps the build. */
function prepareOut(out: string, dist: string, force: boolean): void {
  const [o, d] = [resolve(out), resolve(dist)];
  if (!relative(o, d).startsWith('..') || !relative(d, o).startsWith('..')) throw new CliError('--out must not be the build folder, inside it or around it');
  if (existsSync(o) && readdirSync(o).length > 0) {
    if (!force) throw new CliError(`${out} exists and is not empty (--force replaces it)`);
    rmSync(o, { recursive: true });
  }
}

function contactOf(a: ReturnType<typeof parseArgs>): SiteFile['contact'] {
  const c = Object.fromEntries(['name', 'email', 'phone', 'website'].flatMap((k) => (a.get(`contact-${k}`) === undefined ? [] : [[k, a.get(`contact-${k}`)]])));
  return Object.keys(c).length ? c : undefined;
}

/** Runs `bbpass site`. */
export async function siteCommand(argv: string[]): Promise<number> {
  const a = parseArgs(argv, ['dist', 'root', 'anchor', 'trust', 'directory', 'name', 'max-trust-age', 'out', 'contact-name', 'contact-email', 'contact-phone', 'contact-website'], ['force']);
  const [dist, out] = [a.need('dist'), a.need('out')];
  const root = anchorOfKeyFile(a.need('root'));
  if (a.all('trust').length === 0) throw new CliError('--trust is required (see --help)');
  checkBuild(dist);
  const age = a.get('max-trust-age');
  const draft = {
    anchors: [root, ...a.all('anchor').map(anchorOf)],
    name: a.get('name') ?? root.name,
    contact: contactOf(a),
    directory: a.get('directory') === undefined ? undefined : `directory/${root.district}.json`,
    maxTrustAgeDays: age === undefined ? 7 : Number(age),
  };
  // The file is written exactly as the app will check it, and checked by the app's own parser.
  const text = siteText(draft);
  const parsed = parseSite(text);
  if (!parsed.ok) throw new CliError(`the site would be refused: ${parsed.problem.reason} at ${parsed.problem.path || 'the file'}`);
  const site = parsed.site;
  const lists = await trustListsFor(site.anchors, a.all('trust'));
  if (!lists.has(root.district)) throw new CliError(`no trust list of ${root.district} in --trust (bbpass trust --root … makes one)`);
  const files = new Map<string, Uint8Array>([['site.json', new TextEncoder().encode(text)]]);
  for (const anchor of site.anchors) {
    const list = lists.get(anchor.district);
    if (list) files.set(`trust/${anchor.district}.json`, new TextEncoder().encode(trustFileText([anchor], [list])));
    else note(`no trust list of ${anchor.district}: devices trust its root but know none of its offices until one is published`);
  }
  const directoryPath = a.get('directory');
  if (directoryPath !== undefined && site.directory) {
    const directoryText = readText(directoryPath);
    const check = parseDirectory(directoryText);
    if (!check.ok) throw new CliError(`${directoryPath} is not a valid directory: ${check.problems.map((p) => `${p.path || '(file)'}: ${p.code}`).join('; ')} (bbpass directory check ${directoryPath})`);
    files.set(site.directory, new TextEncoder().encode(directoryText));
  }
  // index.html names the file, so the app asks for it only where a site was deployed (FORMAT.md §13).
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  if (!index.includes('</head>')) throw new CliError(`${dist}/index.html has no </head>: not a built bbpass app`);
  files.set('index.html', new TextEncoder().encode(index.includes(SITE_META) ? index : index.replace('</head>', `  ${SITE_META}\n  </head>`)));
  prepareOut(out, dist, a.has('force'));
  cpSync(dist, out, { recursive: true });
  for (const [path, bytes] of files) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), bytes);
  }
  writeFileSync(join(out, 'sw.js'), withPrecached(readFileSync(join(out, 'sw.js'), 'utf8'), files));
  note(`site for ${shown(site.anchors.map((x) => x.district).join(', '))} in ${shown(out)}: ${[...files.keys()].filter((f) => f !== 'index.html').join(', ')}; upload the folder to the web host`);
  return 0;
}
