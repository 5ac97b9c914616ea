import { describe, expect, it } from 'vitest';
import { misplacedInCss, misplacedInHtml, misplacedInJs } from '../scripts/check-base.ts';

const base = '/unitscore/';

describe('check-base finds URLs that break under a base path', () => {
  it.each([
    ['a stylesheet outside the base', '<link rel="stylesheet" href="/_astro/a.css">', [{ url: '/_astro/a.css', why: 'outside the base' }]],
    ['a script outside the base', "<script type=module src='/_astro/a.js'></script>", [{ url: '/_astro/a.js', why: 'outside the base' }]],
    ['a page link outside the base', '<a href=/lessons/1>', [{ url: '/lessons/1', why: 'outside the base' }]],
    ['one bad candidate of a srcset', '<img srcset="/unitscore/a.png 1x, /b.png 2x">', [{ url: '/b.png', why: 'outside the base' }]],
    ['a social image outside the base', '<meta property="og:image" content="/social.png">', [{ url: '/social.png', why: 'outside the base' }]],
    ['a script from a CDN', '<script src="https://cdn.example/x.js"></script>', [{ url: 'https://cdn.example/x.js', why: 'asset from another origin' }]],
    ['a protocol-relative font', '<link rel="preload" href="//fonts.example/f.woff2">', [{ url: '//fonts.example/f.woff2', why: 'asset from another origin' }]],
    ['a url() in an inline style block', '<style>body{background:url(/bg.png)}</style>', [{ url: '/bg.png', why: 'outside the base' }]],
  ])('%s', (_, html, expected) => {
    expect(misplacedInHtml(html, base)).toEqual(expected);
  });

  it.each([
    ['assets under the base', '<link rel="stylesheet" href="/unitscore/_astro/a.css"><script src="/unitscore/_astro/a.js"></script>'],
    ['the base itself without its slash', '<a href="/unitscore">home</a>'],
    ['relative URLs, fragments and data: URLs', '<a href="#report"></a><a href="lessons/1">x</a><link rel="icon" href="data:,">'],
    ['a link to another site (navigation, not an asset)', '<a href="https://www.freedesktop.org/software/systemd/man/">man</a>'],
    ['text in a content attribute', '<meta name="description" content="systemd scores / ratings">'],
  ])('accepts %s', (_, html) => {
    expect(misplacedInHtml(html, base)).toEqual([]);
  });

  it('checks url() and @import in stylesheets', () => {
    expect(misplacedInCss('@import "/x.css"; a{background:url("/unitscore/ok.png")} b{background:url(/bad.png)}', base).map((p) => p.url)).toEqual(['/x.css', '/bad.png']);
  });

  it('checks asset paths in scripts', () => {
    expect(misplacedInJs('import("./a.js"); const u = "/_astro/b.js", v = "/unitscore/_astro/c.js";', base).map((p) => p.url)).toEqual(['/_astro/b.js']);
  });

  it('accepts everything root-relative when the base is /', () => {
    expect(misplacedInHtml('<link rel="stylesheet" href="/_astro/a.css"><a href="/lessons/1">', '/')).toEqual([]);
  });
});
