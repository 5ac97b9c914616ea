/**
 * Compression as static hosts apply it (Netlify, Cloudflare Pages, GitHub Pages, nginx with
 * `gzip_static`/`brotli_static`): text files travel Brotli- or gzip-compressed, whichever the browser
 * accepts, best compression first since hosts compress a file once, not per request. Images, fonts
 * and other already-compressed formats travel as they are.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A `Content-Encoding` the server can send; `identity` is the file as it is. */
export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** Whether a response of this `Content-Type` is worth compressing (text, scripts, JSON, SVG, XML). */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/.test(contentType);
}

/**
 * The encoding to send for an `Accept-Encoding` header: `br` when accepted, else `gzip`, else
 * `identity`. A coding listed with `q=0` counts as refused; a missing header means `identity`.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): ContentEncoding {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(/\s*;\s*/))
      .filter(([, q]) => q === undefined || !/^q=0(\.0*)?$/.test(q))
      .map(([coding]) => coding),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/**
 * `body` compressed with `encoding` at the highest level (Brotli 11, gzip 9); `identity` gives it
 * unchanged. Off the event loop (zlib's thread pool): Brotli 11 takes a good part of a second for
 * the editor's chunk, which a synchronous call would make every other request wait for.
 */
export async function encodeBody(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === 'br') return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (encoding === 'gzip') return gzipAsync(body, { level: 9 });
  return body;
}
