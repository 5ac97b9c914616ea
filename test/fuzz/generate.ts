/**
 * Generates random service units for the differential fuzz test: a unit name (plain, template,
 * `root`/`nobody`, names DynamicUser= cannot use), 5–30 settings drawn by weight from the setting
 * table, sometimes a hardened or a worst-case baseline, unknown and misplaced keys, then drop-ins and syntax noise.
 * Most units load; a few are built to be refused (no ExecStart=, fatal values, bad headers).
 */
import type { UnitFile } from '../../src/engine/types.ts';
import type { Rng } from './random.ts';
import { renderFile, type Assignment, type RenderNotes } from './render.ts';
import { EXEC_STARTS, SERVICE_TYPES, SETTINGS, UNKNOWN_KEYS, type SectionName, type SettingSpec } from './settings.ts';
import type { UnitContext } from './values.ts';

/** A generated unit: its files (the unit itself first) and a one-line summary for reports. */
export interface GeneratedUnit {
  readonly files: UnitFile[];
  readonly description: string;
}

const WORDS = ['web', 'db', 'app', 'fuzz', 'cache', 'backup', 'my-daemon', 'agent', 'x', 'net_helper'];

/** How unit names are chosen: mostly plain names, some templates, and the names with special meaning. */
const NAMINGS: readonly (readonly [number, (rng: Rng) => string])[] = [
  [74, (rng) => `${rng.pick(WORDS)}${rng.chance(0.3) ? `-${rng.pick(WORDS)}` : ''}${rng.chance(0.2) ? String(rng.int(0, 99)) : ''}.service`],
  [15, (rng) => `${rng.pick(WORDS)}@.service`],
  [3, () => 'root.service'],
  [3, () => 'nobody.service'],
  [3, (rng) => rng.pick(['1abc.service', 'a.b.service', `${'long'.repeat(9)}.service`, 'Upper-Case.service'])],
  [2, (rng) => `${rng.pick(WORDS)}@inst.service`],
];

/** Draws `count` distinct specs by weight. */
function drawSettings(rng: Rng, count: number): SettingSpec[] {
  const pool = [...SETTINGS];
  const chosen: SettingSpec[] = [];
  while (chosen.length < count && pool.length > 0) {
    const spec = rng.weighted(pool.map((s) => [s.weight, s] as const));
    chosen.push(spec);
    pool.splice(pool.indexOf(spec), 1);
  }
  return chosen;
}

function service(key: string, value: string): Assignment {
  return { section: 'Service', key, value, list: false };
}

function execStart(rng: Rng): Assignment {
  return service('ExecStart', rng.pick(EXEC_STARTS));
}

/**
 * The shapes of a unit's ExecStart=/Type= block, by weight: mostly ordinary, a few that the
 * analyzer refuses (no ExecStart=, Type=dbus without BusName=, two ExecStart= outside oneshot,
 * oneshot with Restart=always, PAMName= with KillMode=process, a reset or relative command) and a
 * few unusual accepted ones. The name goes into the unit's description.
 */
const EXEC_SHAPES: readonly (readonly [number, readonly [string, (rng: Rng) => Assignment[]]])[] = [
  [80, ['', (rng) => [execStart(rng)]]],
  [12, ['', (rng) => {
    const type = rng.pick(SERVICE_TYPES);
    return [service('Type', type), ...Array.from({ length: type === 'oneshot' ? rng.int(1, 2) : 1 }, () => execStart(rng))];
  }]],
  [1, ['no-exec-start', () => []]],
  [0.4, ['oneshot-exec-stop', () => [service('Type', 'oneshot'), service('ExecStop', '/bin/true')]]],
  [0.4, ['dbus', (rng) => [service('Type', 'dbus'), ...(rng.chance(0.5) ? [service('BusName', 'org.example.Foo')] : []), execStart(rng)]]],
  [0.4, ['two-exec-starts', (rng) => [execStart(rng), execStart(rng)]]],
  [0.4, ['oneshot-restart', (rng) => [service('Type', 'oneshot'), execStart(rng), service('Restart', rng.pick(['always', 'on-success', 'on-failure']))]]],
  [0.4, ['exec-start-reset', (rng) => [execStart(rng), service('ExecStart', '')]]],
  [0.4, ['pam-killmode', (rng) => [execStart(rng), service('PAMName', 'login'), service('KillMode', rng.pick(['process', 'none', 'mixed']))]]],
  [0.4, ['odd-exec-path', (rng) => [service('ExecStart', rng.pick(['./foo', 'bin/foo', '-', '@']))]]],
];

/** The ExecStart=/Type= block, drawn from {@link EXEC_SHAPES}. */
function execBlock(rng: Rng, notes: RenderNotes): Assignment[] {
  const [name, make] = rng.weighted(EXEC_SHAPES);
  if (name !== '') notes.features.add(name);
  return make(rng);
}

/** Lines that only add noise: unknown keys, a lower-cased known key, `X-` keys. */
function noiseBlock(rng: Rng): Assignment[] {
  return Array.from({ length: rng.int(1, 2) }, () => ({
    section: rng.weighted<SectionName>([[70, 'Service'], [20, 'Unit'], [10, 'Install']]),
    key: rng.pick(UNKNOWN_KEYS),
    value: rng.pick(['yes', '1', 'strict', '']),
    list: false,
  }));
}

/** Where a drop-in goes: the unit's own folder mostly, also the type-wide, dash-prefix and template folders. */
function dropInDir(rng: Rng, name: string): string {
  const dash = name.indexOf('-');
  const at = name.indexOf('@');
  return rng.weighted([
    [70, `${name}.d`],
    [14, 'service.d'],
    [dash > 0 ? 8 : 0, `${name.slice(0, dash + 1)}.service.d`],
    // An instance file's template folder (`foo@.service.d` for `foo@inst.service`).
    [at > 0 && !name.includes('@.') ? 20 : 0, `${name.slice(0, at + 1)}.service.d`],
    [8, 'other.service.d'],
  ]);
}

/**
 * Generates one unit from `rng`. Deterministic: the same generator state gives the same files.
 * The unit file comes first in `files`; drop-ins follow as `DIR.d/NAME.conf` (a few `.txt` files and
 * other units' drop-ins are included too, which systemd ignores).
 */
export function generateUnit(rng: Rng): GeneratedUnit {
  const name = rng.weighted(NAMINGS)(rng);
  const ctx: UnitContext = { name, template: name.includes('@.') };
  const notes: RenderNotes = { features: new Set() };

  // A baseline makes the far ends of the scale reachable: nearly all rows good, or all bad.
  const profile = rng.weighted<'hardened' | 'worst' | null>([[15, 'hardened'], [4, 'worst'], [81, null]]);
  const baseline: Assignment[] = [];
  if (profile !== null) {
    notes.features.add(profile);
    const keep = rng.chance(0.3) ? 1 : 0.85;
    for (const s of SETTINGS) {
      const lines = s[profile];
      if (lines !== undefined && rng.chance(keep)) baseline.push(...lines.map((value) => ({ section: s.section, key: s.key, value, list: s.list })));
    }
  }
  const blocks: Assignment[][] = [];
  // Worst-case units keep few extra settings: any good row would pull them off 10.0.
  const count = profile === 'worst' ? rng.int(0, 3) : rng.int(5, rng.chance(0.5) ? 15 : 30);
  for (const spec of drawSettings(rng, count)) {
    const misplaced = rng.chance(0.03) ? rng.pick<SectionName>(['Unit', 'Install', 'Service']) : spec.section;
    if (misplaced !== spec.section) notes.features.add('wrong-section');
    blocks.push(Array.from({ length: rng.int(spec.lines[0], spec.lines[1]) }, () => ({ section: misplaced, key: spec.key, value: spec.value(rng, ctx), list: spec.list })));
  }
  if (rng.chance(0.3)) {
    notes.features.add('unknown-keys');
    blocks.push(noiseBlock(rng));
  }
  const ordered = rng.shuffle(blocks);
  ordered.splice(rng.int(0, Math.min(1, ordered.length)), 0, execBlock(rng, notes));
  // The baseline stays ahead of the fuzzed values so that they can override it.
  if (baseline.length > 0) ordered.unshift(baseline);

  const files: UnitFile[] = [];
  const mainBlocks: Assignment[][] = [];
  const dropIns = new Map<string, Assignment[]>();
  const useDropIns = rng.chance(0.25);
  for (const [i, block] of ordered.entries()) {
    if (useDropIns && i > 0 && rng.chance(0.35)) {
      const ext = rng.chance(0.05) ? '.txt' : '.conf';
      const path = `${dropInDir(rng, name)}/${rng.pick(['10-a', '20-b', '05-hard', '50-override', 'override', '99-z'])}${ext}`;
      dropIns.set(path, [...(dropIns.get(path) ?? []), ...block]);
    } else {
      mainBlocks.push(block);
    }
  }
  files.push({ path: name, text: renderFile(rng, mainBlocks.flat(), notes) });
  for (const [path, assignments] of dropIns) files.push({ path, text: renderFile(rng, assignments, notes) });
  if (dropIns.size > 0) notes.features.add(`drop-ins:${dropIns.size}`);

  const settingCount = ordered.reduce((n, b) => n + b.length, 0);
  const description = `${name}, ${settingCount} assignments${notes.features.size > 0 ? `; ${[...notes.features].sort().join(', ')}` : ''}`;
  return { files, description };
}
