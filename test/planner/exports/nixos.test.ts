/**
 * The NixOS export, read back: parsed by a Nix parser from the npm registry and evaluated (see
 * nix-eval.ts; also by the real `nix-instantiate` where Debian's nix-bin is installed), then
 * rendered as NixOS renders serviceConfig into a unit (nixpkgs `attrsToSection`: attributes in
 * name order, one line per list element, `true`/`false`) and analysed by the engine beside the
 * drop-in itself: the same rows, the same resolved settings, for every version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, formatJson, VERSIONS, type Analysis } from '../../../src/engine/index.ts';
import { nixosServiceConfig, type PlannedDropIn } from '../../../src/planner/index.ts';
import { nixString } from '../../../src/planner/exports/nix.ts';
import { checkProperty } from '../../support/property.ts';
import { DROP_INS, dropIn, NASTY, NGINX, RESET_ONLY, set } from './drop-ins.ts';
import { evalNix, HAS_REAL_NIX, nixSyntaxErrors, realNix, type NixValue } from './nix-eval.ts';

/** The export read as the module body it is pasted into. */
const moduleOf = (d: PlannedDropIn): string => `{ ${nixosServiceConfig(d)} }`;

/** The one attribute of `value`, which must be `name`. */
function only(value: NixValue, name: string): NixValue {
  expect(typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : value).toEqual([name]);
  return (value as Readonly<Record<string, NixValue>>)[name] ?? null!;
}

/** `systemd.services.<name>.serviceConfig` of the evaluated export; fails unless it is the only thing defined. */
function serviceConfig(d: PlannedDropIn): Readonly<Record<string, NixValue>> {
  const services = only(only(evalNix(moduleOf(d)), 'systemd'), 'services');
  return only(only(services, d.unit.replace(/\.service$/, '')), 'serviceConfig') as Readonly<Record<string, NixValue>>;
}

/** `raw` without `lib.mkForce`, and whether it had it. */
function unforce(raw: NixValue): { value: NixValue; forced: boolean } {
  if (typeof raw === 'object' && !Array.isArray(raw) && Object.hasOwn(raw, 'mkForce')) return { value: (raw as { readonly mkForce: NixValue }).mkForce, forced: true };
  return { value: raw, forced: false };
}

/** What NixOS writes for a serviceConfig (nixpkgs `toOption`, `attrsToSection`), `lib.mkForce` resolved. */
function renderAsNixos(config: Readonly<Record<string, NixValue>>): string {
  const option = (x: NixValue): string => (typeof x === 'boolean' ? String(x) : typeof x === 'string' ? x : expect.unreachable(`not a scalar: ${JSON.stringify(x)}`));
  const lines = Object.keys(config)
    .sort()
    .flatMap((key) => {
      const { value } = unforce(config[key] ?? '');
      const items: readonly NixValue[] = Array.isArray(value) ? (value as readonly NixValue[]) : [value];
      return items.map((x) => `${key}=${option(x)}\n`);
    });
  return `[Service]\n${lines.join('')}`;
}

describe('NixOS export: syntax and values', () => {
  it.each(DROP_INS)('%s: parses as Nix and defines only its serviceConfig', (_name, d) => {
    expect(nixSyntaxErrors(moduleOf(d))).toEqual([]);
    serviceConfig(d);
  });

  it.each(DROP_INS)('%s: every key has the drop-in’s values, in order', (_name, d) => {
    const config = serviceConfig(d);
    expect(Object.keys(config)).toEqual([...new Set(d.assignments.map((a) => a.key))]);
    for (const [key, raw] of Object.entries(config)) {
      const assigned = d.assignments.filter((a) => a.key === key).map((a) => a.value);
      const reset = assigned.includes('');
      const { value, forced } = unforce(raw);
      expect(forced, `${key}: lib.mkForce exactly when reset`).toBe(reset);
      if (typeof value === 'boolean') expect([value ? ['yes'] : ['no'], value ? ['true'] : ['false']]).toContainEqual(assigned);
      else expect(Array.isArray(value) ? value : [value]).toEqual(assigned);
      expect(Array.isArray(value), `${key}: a list exactly when assigned several times or reset`).toBe(assigned.length > 1 || reset);
    }
  });

  it('turns booleans into Nix booleans only where systemd reads a boolean', () => {
    expect(serviceConfig(NGINX)).toMatchObject({ ProtectSystem: 'strict', ProtectHome: true, PrivateTmp: true, NoNewPrivileges: true, MemoryDenyWriteExecute: false, UMask: '0077' });
    expect(serviceConfig(NASTY)).toMatchObject({ RestrictNamespaces: true });
    // Environment=yes is a variable assignment, not a boolean: NixOS would write Environment=true.
    expect(serviceConfig(RESET_ONLY)).toEqual({ SupplementaryGroups: { mkForce: [''] }, Environment: 'yes' });
  });

  it.each([
    ['nginx.service', 'systemd.services.nginx.serviceConfig = {'],
    ['systemd-journald.service', 'systemd.services.systemd-journald.serviceConfig = {'],
    ['getty@.service', 'systemd.services."getty@".serviceConfig = {'],
    ['foo@bar\\x2dbaz.service', 'systemd.services."foo@bar\\\\x2dbaz".serviceConfig = {'],
    ['my.app.service', 'systemd.services."my.app".serviceConfig = {'],
    ['rec.service', 'systemd.services."rec".serviceConfig = { };'],
    ["o'neil.service", "systemd.services.o'neil.serviceConfig = {"],
    ['1st.service', 'systemd.services."1st".serviceConfig = {'],
  ])('%s → %s', (unit, line) => {
    const assignments = unit === 'rec.service' ? [] : [set('PrivateTmp', 'yes')];
    const text = nixosServiceConfig(dropIn(unit, assignments));
    expect(text.split('\n').find((l) => l.startsWith('systemd.'))).toBe(line);
    expect(evalNix(`{ ${text} }`)).toMatchObject({ systemd: { services: { [unit.replace(/\.service$/, '')]: { serviceConfig: {} } } } });
  });

  it('refuses a unit that is not a service', () => {
    expect(() => nixosServiceConfig(dropIn('x.socket', []))).toThrow(RangeError);
  });

  it('comments what each setting stops and can break, however many lines they have', () => {
    const d = dropIn('x.service', [set('ProtectSystem', 'strict', 'writes to /usr\nProtectSystem = "no"; # a second line', 'one\r\ntwo')]);
    const text = nixosServiceConfig(d);
    expect(text).toContain('  # stops: writes to /usr\n  # ProtectSystem = "no"; # a second line\n  # can break: one\n  # two\n  ProtectSystem = "strict";\n');
    expect(serviceConfig(d)).toEqual({ ProtectSystem: 'strict' });
    for (const a of NGINX.assignments.filter((x) => x.stops !== '')) expect(nixosServiceConfig(NGINX)).toContain(`# stops: ${a.stops}\n`);
  });

  it('says in a comment what NixOS does differently', () => {
    const header = nixosServiceConfig(NGINX).split('\n').filter((l) => l.startsWith('# '));
    expect(header.join(' ')).toMatch(/into the unit it generates .*overrides\.conf.*lib\.mkForce/);
  });

  it('writes any string so that Nix reads it back', () => {
    checkProperty(
      'planner/exports: Nix strings',
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('$', '{', '}', '\\', '"', "'", '$$', '${', '\n', '\t', '\r', 'a')).map((a) => a.join(''))), (s) => {
        expect(evalNix(nixString(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('NixOS export: what the rendered unit means', () => {
  /** A unit with settings of its own that the drop-ins override, add to or reset. */
  const BASE = '[Service]\nExecStart=/usr/bin/true\nCapabilityBoundingSet=CAP_SYS_ADMIN CAP_NET_ADMIN\nProtectSystem=full\nSupplementaryGroups=adm\nSystemCallFilter=@mount\n';

  /** The analysis of `unit` with one drop-in `name` holding `text`, as JSON rows plus what the loader resolved. */
  function meaning(unit: string, name: string, text: string, version: (typeof VERSIONS)[number]['id'], mode: 'live' | 'offline'): unknown {
    const files = [{ path: unit, text: BASE }, { path: `${unit}.d/${name}`, text }];
    const a: Analysis = analyze(files, { version, mode, ...(unit.includes('@.') ? { instance: 'i' } : {}) });
    return a.ok ? { json: formatJson(a, 'short'), resolved: a.resolved, diagnostics: a.diagnostics.map((d) => d.code) } : { refused: a.reason.code };
  }

  const targets = VERSIONS.flatMap((v) => v.modes.map((mode) => [v.id, mode] as const));

  it.each(DROP_INS.filter(([, d]) => d.assignments.length > 0))('%s: the same as the drop-in for every version and mode', (_name, d) => {
    // A unit from a package: NixOS puts serviceConfig into the drop-in overrides.conf. Compared
    // with the drop-in of the assignments alone (a fixture's extra lines are not settings).
    const rendered = renderAsNixos(serviceConfig(d));
    const planned = dropIn(d.unit, d.assignments).text;
    for (const [version, mode] of targets) {
      expect(meaning(d.unit, 'overrides.conf', rendered, version, mode), `${version} ${mode}`).toEqual(meaning(d.unit, 'hardening.conf', planned, version, mode));
    }
  });
});

describe.skipIf(!HAS_REAL_NIX)('NixOS export: real Nix (nix-instantiate) reads what the test reads', () => {
  it.each(DROP_INS)('%s', (_name, d) => {
    expect(realNix(moduleOf(d))).toEqual(evalNix(moduleOf(d)));
  });

  it('any string', () => {
    const strings = fc.sample(fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replaceAll('\0', '')), { numRuns: 300 });
    const source = `[ ${strings.map(nixString).join(' ')} ]`;
    expect(realNix(source)).toEqual(strings);
  });
});
