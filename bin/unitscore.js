#!/usr/bin/env node
// @ts-check
/**
 * `unitscore` on the command line: runs `src/cli.ts` (Node strips its types; Node ≥ 22.18) with
 * the real file system and environment, then prints what it returned and exits with its status.
 */
import { writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { isatty } from 'node:tty';
import { main } from '../src/cli.ts';
import { nodeHost } from './node-host.js';

/** Bytes of stdout gathered before they are written: the size of a Linux pipe's buffer. */
const CHUNK_BYTES = 1 << 16;
/** Distinct pieces whose bytes are kept; past it the cache starts over (a unit's summary line never repeats). */
const ENCODED_LIMIT = 16384;

/** A sleeping place for {@link writeAll} while a non-blocking stdout is full. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes `bytes` to file descriptor 1, all of them, now. Synchronous on purpose: the output of a
 * long run flows to its reader while the run goes on (process.stdout queues a pipe's writes until
 * the script ends). A stdout left non-blocking by its opener can refuse a write (EAGAIN): then this
 * waits a millisecond and tries again. A reader that went away (`unitscore … | head`, EPIPE) ends
 * the run quietly with the status a shell shows for systemd-analyze killed by SIGPIPE (128 + 13).
 * @param {Uint8Array} bytes
 */
function writeAll(bytes) {
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'EPIPE') process.exit(141);
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * stdout as UTF-8, in chunks of {@link CHUNK_BYTES}, each distinct piece encoded once. The text
 * tables repeat the same lines (the same string objects) unit after unit, and ✓ and ✗ make them
 * two-byte strings that encode slowly: for 1,500 units encoding 3,000 distinct lines and copying
 * bytes takes a fraction of encoding 17 million characters (`npm run bench:cli`).
 */
const stdout = {
  /** @type {Map<string, Buffer>} */
  encoded: new Map(),
  chunk: Buffer.allocUnsafe(CHUNK_BYTES),
  used: 0,
  /** @param {string} piece */
  add(piece) {
    let bytes = this.encoded.get(piece);
    if (bytes === undefined) {
      bytes = Buffer.from(piece, 'utf8');
      if (this.encoded.size >= ENCODED_LIMIT) this.encoded.clear();
      this.encoded.set(piece, bytes);
    }
    if (this.used + bytes.length > this.chunk.length) {
      this.flush();
      if (bytes.length > this.chunk.length) return writeAll(bytes);
    }
    this.chunk.set(bytes, this.used);
    this.used += bytes.length;
  },
  flush() {
    if (this.used > 0) writeAll(this.chunk.subarray(0, this.used));
    this.used = 0;
  },
};

/** @type {import('../src/cli.ts').Host} */
const host = {
  ...nodeHost(),
  // At a terminal the output is coloured, linked and fitted to its width, as systemd's is.
  // isatty(1), not process.stdout.isTTY: making process.stdout would turn a pipe non-blocking.
  stdoutIsTTY: isatty(1),
  stderrIsTTY: process.stderr.isTTY === true,
  terminalColumns: isatty(1) ? process.stdout.columns : null,
  hostname: hostname(),
  writeStdout(pieces) {
    // Indexed: most of a run is in code V8 has not optimized fully, where a for-of makes an object per step.
    for (let i = 0; i < pieces.length; i++) stdout.add(/** @type {string} */ (pieces[i]));
  },
};

const result = main(process.argv.slice(2), host);
stdout.flush();
writeAll(Buffer.from(result.stdout, 'utf8'));
process.stderr.write(result.stderr);
process.exitCode = result.status;
