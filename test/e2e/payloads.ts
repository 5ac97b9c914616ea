/**
 * Hostile input: text that would run code, leave the page or break its markup if any part of the
 * site handled it as HTML, a URL or script source instead of text. Every payload that can execute
 * tries to set `window.__pwned` or to call `alert` (the test hooks dialogs), so "nothing ran" is
 * observable, not assumed.
 */

/** One payload: a short name for test titles, and the text. */
export interface Payload {
  readonly name: string;
  readonly text: string;
}

const HUGE_LINE = `Description=${'A'.repeat(60_000)}<img src=x onerror="window.__pwned=1">`;

/** The corpus (order is stable: test titles use `name`). */
export const PAYLOADS: readonly Payload[] = [
  { name: 'script tag', text: '<script>window.__pwned=1</script>' },
  { name: 'script src', text: '<script src="data:text/javascript,window.__pwned=1"></script>' },
  { name: 'img onerror', text: '<img src=x onerror="window.__pwned=1">' },
  { name: 'svg onload', text: '<svg onload="window.__pwned=1"></svg>' },
  { name: 'svg script', text: '<svg><script>window.__pwned=1</script></svg>' },
  { name: 'body onload', text: '<body onload=alert(1)>' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' },
  { name: 'javascript: link', text: '<a href="javascript:window.__pwned=1" id="pwn">x</a>' },
  { name: 'javascript: URL', text: 'javascript:window.__pwned=1//' },
  { name: 'data: URL', text: 'data:text/html,<script>alert(1)</script>' },
  { name: 'closing textarea', text: '</textarea><script>window.__pwned=1</script>' },
  { name: 'closing title and style', text: '</title></style><img src=x onerror=alert(1)>' },
  { name: 'closing script', text: '</script><script>window.__pwned=1</script>' },
  { name: 'double-quote breakout', text: '" onmouseover="window.__pwned=1" x="' },
  { name: 'single-quote breakout', text: "' onfocus='window.__pwned=1' autofocus='" },
  { name: 'template literal', text: '${window.__pwned=1}`;window.__pwned=1;`' },
  { name: 'JSON breakout', text: '"}];window.__pwned=1;//' },
  { name: 'HTML entities', text: '&lt;script&gt;window.__pwned=1&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base tag', text: '<base href="https://attacker.invalid/">' },
  { name: 'form action', text: '<form action="https://attacker.invalid/"><button id=go>go</button></form>' },
  { name: 'style import', text: '<style>@import "https://attacker.invalid/x.css";</style>' },
  { name: 'object data', text: '<object data="javascript:alert(1)"></object>' },
  { name: 'RTL override', text: '\u202Eecivres.exe\u202C<b>x</b>\u2066\u2069' },
  { name: 'NUL and controls', text: 'a\u0000b\u0001\u001F\u007F<script>window.__pwned=1</script>' },
  { name: 'lone surrogates', text: '\uD800x\uDFFF<img src=x onerror=alert(1)>' },
  { name: 'unicode line separators', text: 'a\u2028b\u2029<svg/onload=alert(1)>' },
  { name: 'percent-encoded', text: '%3Cscript%3Ewindow.__pwned=1%3C/script%3E' },
  { name: 'prototype keys', text: '__proto__ constructor prototype toString hasOwnProperty' },
  { name: 'path traversal', text: '../../../etc/passwd/..%2f..%2f' },
  { name: 'huge line', text: HUGE_LINE },
];

/** A unit around `payload`: in a comment, a value, a section name and a key, so every parser path sees it. */
export function unitWith(payload: string): string {
  return [
    `# ${payload}`,
    '[Unit]',
    `Description=${payload}`,
    `[${payload}]`,
    `${payload}=${payload}`,
    '[Service]',
    `ExecStart=/bin/true ${payload}`,
    `User=${payload}`,
    'PrivateTmp=yes',
    '',
  ].join('\n');
}

/**
 * A file-name-safe form of `payload`: the playground may refuse names with `/` or NUL, and a name
 * it refuses tests nothing, so those become `_`; length is capped to what a name can be.
 */
export function nameWith(payload: string): string {
  return payload.replaceAll('/', '_').replaceAll('\u0000', '_').slice(0, 200);
}
