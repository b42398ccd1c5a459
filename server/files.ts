// Every file the tool reads or writes goes through here: config files, notices, workspace
// files, and the CLI's --fix write.
//
// Reads: only regular files (a symlink to /dev/zero, a FIFO or a device is refused before a
// byte is read; a FIFO is opened without blocking), and never more than a size cap.
// Writes: atomic and faithful — the new text goes to a temporary file in the same folder,
// is flushed to disk, then renamed over the original, which keeps its mode and its UTF-8 BOM.
// On any failure the original is untouched (the temporary file is removed).
import { closeSync, constants, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, fchmodSync, fchownSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { looksLikeNotice } from '../common/detect.js';
import { translator, type Translator } from './l10n/index.js';

/** A notice file larger than this is refused (about 460 times the largest real notice). */
export const MAX_NOTICE_BYTES = 32 * 1024 * 1024;
/** A config file larger than this is refused (a real one is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** What `.txt` detection reads of a file. */
export const HEAD_BYTES = 8 * 1024;

/**
 * A file refused before reading, with a localised message (the reason callers show): `kind`
 * says why — not a regular file, or over the size cap. (No `code`: callers show a system
 * error's code, and this message instead.)
 */
export class FileRefused extends Error {
  constructor(
    message: string,
    readonly kind: 'not-regular' | 'too-large',
  ) {
    super(message);
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Open `file` for reading if it is a regular file; the caller closes the descriptor. */
function openRegular(file: string, t: Translator): { fd: number; size: number } {
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileRefused(t('files.notRegular'), 'not-regular');
    return { fd, size: st.size };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Up to `max` bytes from the start of an open file (fewer at its end). */
function readUpTo(fd: number, max: number): Buffer {
  const buf = Buffer.alloc(max);
  let got = 0;
  while (got < max) {
    const n = readSync(fd, buf, got, max - got, null);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
}

/**
 * The bytes of a regular file of at most `maxBytes`; throws FileRefused (with a localised
 * reason) for anything else, or the system error (ENOENT, EACCES …).
 */
export function readFileBytes(file: string, maxBytes: number, t: Translator = translator('zh')): Buffer {
  const { fd, size } = openRegular(file, t);
  try {
    if (size > maxBytes) throw new FileRefused(t('files.tooLarge', { size, limit: maxBytes }), 'too-large');
    // One byte more than the cap: a file that grew since fstat is still caught.
    const buf = readUpTo(fd, Math.min(size, maxBytes) + 1);
    if (buf.length > maxBytes) throw new FileRefused(t('files.tooLarge', { size: buf.length, limit: maxBytes }), 'too-large');
    return buf;
  } finally {
    closeSync(fd);
  }
}

/** A regular file's text (UTF-8, replacement characters for bad bytes, the BOM left out), at most `maxBytes`. */
export function readTextFile(file: string, maxBytes: number, t: Translator = translator('zh')): string {
  const buf = readFileBytes(file, maxBytes, t);
  return new TextDecoder('utf-8').decode(buf);
}

/** Whether a regular file starts with the UTF-8 BOM (false when it cannot be read). */
function startsWithBom(file: string): boolean {
  try {
    const { fd } = openRegular(file, translator('zh'));
    try {
      return readUpTo(fd, 3).equals(BOM);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A notice's bytes as UTF-8 text; a binary (a NUL early on) or non-UTF-8 input is refused with a reason. */
export function decodeNotice(bytes: Uint8Array, t: Translator): string {
  if (bytes.subarray(0, 8000).includes(0)) throw new Error(t('cli.binary'));
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new Error(t('cli.notUtf8'));
  }
}

/** A notice file as UTF-8 text (a regular file within MAX_NOTICE_BYTES); anything else is refused with a reason. */
export function readNotice(file: string, t: Translator): string {
  return decodeNotice(readFileBytes(file, MAX_NOTICE_BYTES, t), t);
}

/** The first `bytes` of a regular file as text (for detection); '' for anything else or an error. */
export function readHead(file: string, bytes = HEAD_BYTES): string {
  try {
    const { fd } = openRegular(file, translator('zh'));
    try {
      // `stream`: a character cut at the end is dropped, not turned into a replacement character.
      return new TextDecoder('utf-8').decode(readUpTo(fd, bytes), { stream: true });
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/**
 * Replace `file`'s content atomically: a temporary file beside it, written in full and fsynced,
 * then renamed over it. Text is written as UTF-8, keeping the original's BOM (`text` comes
 * without it, as `readTextFile` gives it); bytes (a .docx) as they are. The original's
 * permissions are kept. A symlink is written through to its target (a hard link, as with any
 * atomic replacement, gets a file of its own). A missing `file` is an error (ENOENT) unless
 * `create` is set: then it is made with the usual permissions. On failure the original is as it
 * was and the error (with its `code`) is thrown.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array, opts: { create?: boolean } = {}): void {
  let target: string;
  let st: Stats | undefined;
  try {
    target = realpathSync(file);
    st = statSync(target);
  } catch (e) {
    if (!opts.create || (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    target = resolve(file);
  }
  if (st !== undefined && !st.isFile()) throw new FileRefused(translator('zh')('files.notRegular'), 'not-regular');
  let bytes: Uint8Array;
  if (typeof content === 'string') {
    const body = Buffer.from(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content, 'utf8');
    bytes = st !== undefined && startsWithBom(target) ? Buffer.concat([BOM, body]) : body;
  } else {
    bytes = content;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let fd: number | undefined;
  try {
    // A new file gets 0o666 narrowed by the umask, as any file the writer makes.
    fd = openSync(tmp, 'wx', st !== undefined ? st.mode & 0o7777 : 0o666);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    if (st !== undefined) {
      fchmodSync(fd, st.mode & 0o7777); // the umask may have narrowed it
      try {
        fchownSync(fd, st.uid, st.gid); // the same owner when run by another user (root in CI)
      } catch {
        // not allowed: the writer's own file stays theirs anyway
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw e;
  }
  // The rename itself is made durable by syncing the folder (not possible everywhere).
  try {
    const dir = openSync(dirname(target), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // best effort
  }
}

/** Whether a file is a notice: `.notice` files are; a `.txt` file by its first few KB only. */
export function fileLooksLikeNotice(file: string): boolean {
  return file.toLowerCase().endsWith('.notice') || looksLikeNotice(readHead(file));
}
