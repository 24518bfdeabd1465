// `postwright lint --fix` never loses a byte it does not mean to change, through the built CLI on
// files in a temp folder: encodings (Windows-1252, UTF-16 with BOM, UTF-8 BOM, CRLF), links,
// modes and owners, read-only files, a save made while it runs, a FILE.bak that is a link, and a
// file it cannot write (the others are still fixed, and a summary says what was not).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ensureBuilt } from '../lsp/client.ts';

ensureBuilt();
const isRoot = process.getuid?.() === 0;

function cli(args: string[], cwd: string, opts: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, ...opts });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pw-write-'));
}

/** A posting whose only safe fixes turn "his/her" into "their": the bytes around it must stay. */
const PIECES = ['Math Teacher\n\nJob Summary\nThe teacher', '\u2019', 's ', '\u201c', 'day', '\u201d', ' ', '\u2013', ' tracks each student in his/her class.', '\u00a0', 'Grades 6', '\u2013', '8.\n\nResponsibilities\n- Plan lessons for his/her students.\n'];
const TEXT = PIECES.join('');
const FIXED = TEXT.replaceAll('his/her', 'their');
const CP1252: Record<string, number> = { '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u00a0': 0xa0 };
const as1252 = (text: string) => Buffer.from([...text].map((c) => CP1252[c] ?? c.charCodeAt(0)));
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

test('Windows-1252: lint shows the real characters; --fix keeps every byte but the fixed spans', () => {
  const dir = tempDir();
  const original = as1252(TEXT);
  assert.ok(original.includes(0x92) && original.includes(0x96) && original.includes(0xa0));
  writeFileSync(join(dir, 'word.posting'), original);
  const json = cli(['lint', '--format', 'json', 'word.posting'], dir);
  assert.doesNotMatch(json.out + json.err, /\uFFFD/);
  assert.ok(JSON.parse(json.out)[0].diagnostics.some((d: { rule: string }) => d.rule === 'gendered-pronoun'), json.out);
  const fixed = cli(['lint', '--fix', 'word.posting'], dir);
  assert.match(fixed.err, /fixed 2 problems in 1 file/);
  const after = readFileSync(join(dir, 'word.posting'));
  assert.deepEqual(after, as1252(FIXED), 'written back in Windows-1252, byte for byte');
  assert.equal(after.indexOf(Buffer.from([0xef, 0xbf, 0xbd])), -1, 'no U+FFFD written');
});

test('UTF-16LE and UTF-16BE with a byte-order mark are text: linted, and fixed back in UTF-16 with the BOM', () => {
  const dir = tempDir();
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]);
  writeFileSync(join(dir, 'le.posting'), le);
  writeFileSync(join(dir, 'be.posting'), be);
  const outline = cli(['outline', '--format', 'json', 'le.posting', 'be.posting'], dir);
  assert.equal(outline.code, 0, outline.err);
  assert.deepEqual(JSON.parse(outline.out).map((o: { title: string }) => o.title), ['Math Teacher', 'Math Teacher']);
  const r = cli(['lint', '--fix', 'le.posting', 'be.posting'], dir);
  assert.match(r.err, /fixed 4 problems in 2 files/);
  assert.deepEqual(readFileSync(join(dir, 'le.posting')), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXED, 'utf16le')]));
  assert.deepEqual(readFileSync(join(dir, 'be.posting')), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(FIXED)]));
});

test('--fix keeps a UTF-8 byte-order mark and CRLF line endings', () => {
  const dir = tempDir();
  const crlf = (t: string) => t.replaceAll('\n', '\r\n');
  writeFileSync(join(dir, 'bom.posting'), `\ufeff${crlf(TEXT)}`);
  const r = cli(['lint', '--fix', 'bom.posting'], dir);
  assert.match(r.err, /fixed 2 problems in 1 file/);
  assert.deepEqual(readFileSync(join(dir, 'bom.posting')), Buffer.from(`\ufeff${crlf(FIXED)}`, 'utf8'));
});

test('--backup never writes through a FILE.bak that is a symbolic link', () => {
  const dir = tempDir();
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'keep me\n');
  writeFileSync(join(dir, 'a.posting'), TEXT);
  symlinkSync(victim, join(dir, 'a.posting.bak'));
  const r = cli(['lint', '--fix', '--backup', 'a.posting'], dir);
  assert.equal(readFileSync(victim, 'utf8'), 'keep me\n');
  assert.ok(lstatSync(join(dir, 'a.posting.bak')).isSymbolicLink());
  assert.match(r.err, /a\.posting: not fixed: a\.posting\.bak is a symbolic link/);
  assert.equal(readFileSync(join(dir, 'a.posting'), 'utf8'), TEXT, 'not fixed without its backup');
  assert.equal(r.code, 2);
});

test('--fix writes the target of a symlinked posting and keeps hard links and the mode', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'target.posting'), TEXT);
  symlinkSync(join(dir, 'real', 'target.posting'), join(dir, 'link.posting'));
  writeFileSync(join(dir, 'one.posting'), TEXT, { mode: 0o640 });
  chmodSync(join(dir, 'one.posting'), 0o640);
  linkSync(join(dir, 'one.posting'), join(dir, 'two.posting'));
  const r = cli(['lint', '--fix', 'link.posting', 'one.posting'], dir);
  assert.match(r.err, /fixed 4 problems in 2 files/);
  assert.ok(lstatSync(join(dir, 'link.posting')).isSymbolicLink(), 'the link is still a link');
  assert.equal(readFileSync(join(dir, 'real', 'target.posting'), 'utf8'), FIXED, 'its target is fixed');
  assert.equal(readFileSync(join(dir, 'two.posting'), 'utf8'), FIXED, 'the other hard link sees the fix');
  assert.equal(statSync(join(dir, 'one.posting')).ino, statSync(join(dir, 'two.posting')).ino);
  assert.equal(statSync(join(dir, 'one.posting')).mode & 0o777, 0o640);
});

test('--fix skips a read-only posting (also as root) and keeps the owner', { skip: !isRoot && 'owner part needs root' }, () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'ro.posting'), TEXT);
  chmodSync(join(dir, 'ro.posting'), 0o444);
  writeFileSync(join(dir, 'theirs.posting'), TEXT);
  chownSync(join(dir, 'theirs.posting'), 4242, 4243);
  const r = cli(['lint', '--fix', 'ro.posting', 'theirs.posting'], dir);
  assert.equal(readFileSync(join(dir, 'ro.posting'), 'utf8'), TEXT);
  assert.match(r.err, /ro\.posting: not fixed: read-only/);
  assert.equal(readFileSync(join(dir, 'theirs.posting'), 'utf8'), FIXED);
  const st = statSync(join(dir, 'theirs.posting'));
  assert.deepEqual([st.uid, st.gid], [4242, 4243]);
  assert.equal(r.code, 2);
});

test('a save made while --fix runs is kept: the file is checked unchanged right before the write', async () => {
  const dir = tempDir();
  const hook = join(dir, 'hook');
  mkdirSync(hook);
  writeFileSync(join(dir, 'a.posting'), TEXT);
  writeFileSync(join(dir, 'b.posting'), TEXT);
  const saved = `${TEXT}\nA line typed in the editor meanwhile.\n`;
  // POSTWRIGHT_TEST_PAUSE_BEFORE_WRITE: the CLI pauses before each final check (see writeFile.ts).
  const child = spawn(process.execPath, [CLI, 'lint', '--fix', 'a.posting', 'b.posting'], { cwd: dir, env: { ...process.env, POSTWRIGHT_TEST_PAUSE_BEFORE_WRITE: hook } });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<number | null>((resolvePromise) => child.on('exit', (code) => resolvePromise(code)));
  const waitFor = async (path: string) => {
    for (let i = 0; i < 500 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(existsSync(path), `the CLI did not pause (${err})`);
  };
  await waitFor(join(hook, 'paused-a.posting'));
  writeFileSync(join(dir, 'a.posting'), saved); // the editor saves a.posting now
  writeFileSync(join(hook, 'resume-a.posting'), '');
  await waitFor(join(hook, 'paused-b.posting'));
  writeFileSync(join(hook, 'resume-b.posting'), '');
  const code = await exited;
  assert.equal(readFileSync(join(dir, 'a.posting'), 'utf8'), saved, 'the save is not overwritten');
  assert.match(err, /a\.posting: not fixed: it changed since it was read/);
  assert.equal(readFileSync(join(dir, 'b.posting'), 'utf8'), FIXED);
  assert.equal(code, 2);
});

test('one file that cannot be written: the others are fixed, the message names the posting, a summary lists it', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'locked'));
  for (const f of ['a.posting', 'locked/b.posting', 'c.posting']) writeFileSync(join(dir, f), TEXT);
  chmodSync(join(dir, 'locked', 'b.posting'), 0o444);
  chmodSync(join(dir, 'locked'), 0o555);
  // As root, run as nobody so that the folder's permissions apply too.
  const as = isRoot ? { uid: 65534, gid: 65534 } : {};
  if (isRoot) for (const f of ['.', 'a.posting', 'locked', 'locked/b.posting', 'c.posting']) chownSync(join(dir, f), 65534, 65534);
  const r = cli(['lint', '--fix', 'a.posting', 'locked/b.posting', 'c.posting'], dir, as);
  assert.equal(readFileSync(join(dir, 'a.posting'), 'utf8'), FIXED);
  assert.equal(readFileSync(join(dir, 'c.posting'), 'utf8'), FIXED, 'files after the failing one are still fixed');
  assert.equal(readFileSync(join(dir, 'locked', 'b.posting'), 'utf8'), TEXT);
  assert.match(r.err, /locked\/b\.posting: not fixed: read-only/);
  assert.match(r.err, /fixed 4 problems in 2 files; 1 not fixed: locked\/b\.posting \(read-only\)/);
  assert.doesNotMatch(r.err, /\.tmp\b/);
  assert.match(r.out, /3 files checked/);
  assert.equal(r.code, 2);
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
});
