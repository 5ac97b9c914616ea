/**
 * The escape sequences `systemd-analyze security` prints with colours on, per release family and
 * colour mode, as read off the oracles (test/fixtures/terminal/; the names are terminal-util.h's).
 * Which family a release uses is its profile's `ansiPalette`.
 */
import type { RatingLabel } from '../types.ts';
import type { LogLevel } from './log-line.ts';
import type { ColorMode } from './terminal.ts';

/** The sequences of one output. */
export interface Palette {
  /** `ANSI_NORMAL`: ends every coloured or underlined piece. */
  readonly normal: string;
  /** What underlines a header cell (with the table's own rules of where it goes, see table-print.ts). */
  readonly headerUnderline: string;
  /** Empty cells (N/A marks and exposures). */
  readonly grey: string;
  /** The ✓ mark. */
  readonly good: string;
  /** The ✗ mark. */
  readonly bad: string;
  /** The summary line's "Overall exposure level for NAME". */
  readonly highlight: string;
  /** The rating in the summary line and the overview's PREDICATE (MEDIUM has none). */
  readonly ratings: Readonly<Partial<Record<RatingLabel, string>>>;
  /** What ends an OSC 8 sequence: BEL, or ST (`ESC \`) from 257 on. */
  readonly linkEnd: string;
  /** The colour of a log line on stderr by level (`''`: none). */
  readonly log: Readonly<Record<LogLevel, string>>;
}

/** The names of the palettes, one per family of releases that print alike. */
export type PaletteName = 'v245' | 'v249' | 'v254' | 'v255' | 'v257' | 'v262';

const NORMAL = '\x1b[0m';
const BEL = '\x07';
const ST = '\x1b\\';
const HIGHLIGHT_RED = '\x1b[0;1;31m';
const HIGHLIGHT_GREEN = '\x1b[0;1;32m';
/** `ANSI_HIGHLIGHT_YELLOW`, which systemd defines as khaki (256-colour 185) in every mode. */
const HIGHLIGHT_KHAKI = '\x1b[0;1;38;5;185m';
/** `ANSI_HIGHLIGHT`: bold in the default colour. */
const HIGHLIGHT = '\x1b[0;1;39m';

/** A sequence per colour mode (`default` for the modes not listed). */
type PerMode = Readonly<Partial<Record<ColorMode, string>>> & { readonly default: string };

/** One family's sequences, with what depends on the colour mode and on underlining. */
interface PaletteSpec {
  /** The header underline when underlining is on, and when only colours are (TERM=linux). */
  readonly underline: string;
  readonly underlineOff: string;
  readonly grey: PerMode;
  /** `ANSI_HIGHLIGHT_YELLOW` of the EXPOSED rating (a constant up to 257, a mode's choice in 262). */
  readonly exposed: PerMode;
  /** `ansi_highlight_yellow()`, the colour of warnings on stderr. */
  readonly yellow: PerMode;
  readonly linkEnd: string;
}

/** 249–255: 256-colour sequences with `;`, the 16-colour fallbacks for greys and warnings. */
const GREY_249: PerMode = { default: '\x1b[0;38;5;245m', '16': '\x1b[0;90m' };
const YELLOW_249: PerMode = { default: HIGHLIGHT_KHAKI, '16': '\x1b[0;1;33m' };
/** 257: the same with `:` (ITU T.416 form). */
const KHAKI_257 = '\x1b[0;1;38:5:185m';
/** 262: the 16-colour sequence first, then the 256-colour one, except in 24-bit mode. */
const YELLOW_262: PerMode = { default: `\x1b[0;1;33m${KHAKI_257}`, '16': '\x1b[0;1;33m', '24bit': KHAKI_257 };

const SPECS: Readonly<Record<PaletteName, PaletteSpec>> = {
  // 245, 247: `ansi_underline()` is ANSI_UNDERLINE itself; one grey whatever the mode (no 16-colour mode).
  v245: { underline: '\x1b[0;4m', underlineOff: NORMAL, grey: { default: '\x1b[0;38;5;245m' }, exposed: { default: HIGHLIGHT_KHAKI }, yellow: { default: HIGHLIGHT_KHAKI }, linkEnd: BEL },
  // 249–253: `ansi_underline()` resets first.
  v249: { underline: `${NORMAL}\x1b[0;4m`, underlineOff: NORMAL, grey: GREY_249, exposed: { default: HIGHLIGHT_KHAKI }, yellow: YELLOW_249, linkEnd: BEL },
  // 254 (Debian's 254.26) and 255 (255.4): header cells are "coloured" with `ansi_underline()`,
  // which is empty without underlining in 254.26 and ANSI_NORMAL in 255.4.
  v254: { underline: '\x1b[0;4m', underlineOff: '', grey: GREY_249, exposed: { default: HIGHLIGHT_KHAKI }, yellow: YELLOW_249, linkEnd: BEL },
  v255: { underline: '\x1b[0;4m', underlineOff: NORMAL, grey: GREY_249, exposed: { default: HIGHLIGHT_KHAKI }, yellow: YELLOW_249, linkEnd: BEL },
  // 257+: underline added with `ESC[4m` apart from colours; links end with ST.
  v257: { underline: '\x1b[4m', underlineOff: '', grey: { default: '\x1b[0;38:5:245m', '16': '\x1b[0;90m' }, exposed: { default: KHAKI_257 }, yellow: { default: KHAKI_257, '16': '\x1b[0;1;33m' }, linkEnd: ST },
  v262: { underline: '\x1b[4m', underlineOff: '', grey: { default: '\x1b[0;90m\x1b[0;38:5:245m', '16': '\x1b[0;90m', '24bit': '\x1b[0;38:5:245m' }, exposed: YELLOW_262, yellow: YELLOW_262, linkEnd: ST },
};

const cache = new Map<string, Palette>();

/** The sequences of palette `name` in colour mode `colors`, with or without underlining. */
export function paletteFor(name: PaletteName, colors: ColorMode, underline: boolean): Palette {
  const key = `${name}/${colors}/${underline}`;
  let palette = cache.get(key);
  if (palette === undefined) {
    const spec = SPECS[name];
    palette = {
      normal: NORMAL,
      headerUnderline: underline ? spec.underline : spec.underlineOff,
      grey: spec.grey[colors] ?? spec.grey.default,
      good: HIGHLIGHT_GREEN,
      bad: HIGHLIGHT_RED,
      highlight: HIGHLIGHT,
      ratings: {
        DANGEROUS: HIGHLIGHT_RED, UNSAFE: HIGHLIGHT_RED, EXPOSED: spec.exposed[colors] ?? spec.exposed.default,
        OK: HIGHLIGHT_GREEN, SAFE: HIGHLIGHT_GREEN, PERFECT: HIGHLIGHT_GREEN,
      },
      linkEnd: spec.linkEnd,
      log: { err: HIGHLIGHT_RED, warning: spec.yellow[colors] ?? spec.yellow.default, notice: HIGHLIGHT, info: '' },
    };
    cache.set(key, palette);
  }
  return palette;
}
