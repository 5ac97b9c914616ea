/**
 * Settings that are not scored but change what the loader prints or whether it accepts the unit:
 * Exec*= lines, Type=, Restart=, SuccessAction=, and the deprecation notices systemd
 * emits for StandardOutput=syslog, KillMode=none, MemoryLimit=, PIDFile=/var/run/…, Documentation=.
 */
import type { ApplyContext, Handler } from './context.ts';
import { keywordsOf } from './keywords.ts';
import { parseBoolean, warnInvalid } from './values.ts';
import { expandSpecifiers } from '../unit/specifiers.ts';
import { splitWords } from '../unit/words.ts';

/**
 * Checks one Exec*= command line as systemd's loader does. Returns whether it adds a command: an
 * empty path or a path that is neither absolute nor a plain file name is fatal, unless the line has
 * the `-` prefix, which turns the error into a warning and drops the line.
 */
function execCommand(ctx: ApplyContext): boolean {
  const { words, error } = splitWords(ctx.value, { unquote: true });
  if (error) {
    ctx.fatal('exec-unbalanced-quotes', { value: ctx.value });
    return false;
  }
  const first = words[0] ?? '';
  const prefixChars = ctx.profile.execShellPrefix ? '-@:+!|' : '-@:+!';
  let i = 0;
  while (i < first.length && prefixChars.includes(first[i] as string)) i++;
  const prefix = first.slice(0, i);
  const ignoring = prefix.includes('-');
  if (prefix.includes('!!')) noteDoubleBang(ctx);
  const report = (code: string, args: Record<string, string>): false => {
    if (ignoring) ctx.warn(`${code}-ignoring`, args);
    else ctx.fatal(code, args);
    return false;
  };
  const path = first.slice(i);
  if (path === '') return report('exec-empty-path', { value: ctx.profile.legacyWarnings ? `'${first}'` : first });
  const expanded = expandSpecifiers(path, ctx.unit);
  if (expanded === null) return report('exec-specifiers', { value: path });
  if (!expanded.startsWith('/') && expanded.includes('/')) return report('exec-not-executable', { value: expanded });
  return true;
}

function execLine(field: 'execStart' | 'execStop'): Handler {
  return (state, ctx) => {
    if (ctx.value === '') {
      state[field] = 0;
      return;
    }
    if (execCommand(ctx)) state[field]++;
  };
}

/** ExecStart=: counted for service_verify(); an empty value resets the list. */
export const execStart: Handler = execLine('execStart');
/** ExecStop=: counted for service_verify(). */
export const execStop: Handler = execLine('execStop');

/** Other Exec*= lines: checked like ExecStart= (their errors can refuse the unit), not counted. */
export const execOther: Handler = (_state, ctx) => {
  if (ctx.value !== '') execCommand(ctx);
};

function noteDoubleBang(ctx: ApplyContext): void {
  if (ctx.profile.execDoubleBangNotice) ctx.warn('exec-double-bang', { key: ctx.key });
}

/** Type=: one of the version's service types (`notify-reload` from 253 on), else ignored with a warning. */
export const serviceType: Handler = (state, ctx) => {
  if (!keywordsOf('Type', ctx.profile).includes(ctx.value)) return warnInvalid(ctx, 'service-type-legacy');
  state.serviceType = ctx.value;
};

/** Restart=: only `always`/`on-success` matter (refused with Type=oneshot). */
export const restart: Handler = (state, ctx) => {
  state.restart = ctx.value;
};

/**
 * SuccessAction=, FailureAction=, StartLimitAction=, JobTimeoutAction=: one of the version's
 * emergency actions (exact case), else ignored with a warning (also an empty value). A
 * SuccessAction= other than `none` lets a service have no Exec lines.
 */
export const emergencyAction: Handler = (state, ctx) => {
  if (!ctx.profile.emergencyActions.includes(ctx.value)) return ctx.warn('emergency-action', { key: ctx.key, value: ctx.value });
  if (ctx.key === 'SuccessAction') state.successAction = ctx.value !== 'none';
};

/** Environment=: each word must be NAME=VALUE after specifiers; bad words are dropped with a warning. */
export const environment: Handler = (_state, ctx) => {
  const { words, error } = splitWords(ctx.value, { unquote: true });
  if (error) return ctx.warn('invalid-syntax', { value: ctx.value });
  for (const word of words) {
    const resolved = expandSpecifiers(word, ctx.unit);
    if (resolved === null) ctx.warn('environment-specifiers', { value: word });
    else if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(resolved)) ctx.warn('environment-assignment', { value: resolved });
  }
};

/** PrivatePIDs= (257+): a boolean; the refusals it brings are in analyze.ts. Inert where the version lacks it. */
export const privatePids: Handler = (state, ctx) => {
  if (!ctx.profile.privatePids) return;
  const b = parseBoolean(ctx.value);
  if (b === null) return warnInvalid(ctx, 'bool-legacy');
  state.privatePids = b;
};

/** StandardOutput=/StandardError=: `syslog` is rewritten to `journal` with a notice. */
export const standardOutput: Handler = (_state, ctx) => {
  if (ctx.value === 'syslog' || ctx.value === 'syslog+console') {
    ctx.warn('syslog-output', { value: ctx.value, replacement: ctx.value.replace('syslog', 'journal') });
  }
};

/** KillMode=: `none` draws a deprecation notice; the mode matters with PAMName=. */
export const killMode: Handler = (state, ctx) => {
  if (ctx.value === 'none') ctx.warn('kill-mode-none');
  if (keywordsOf('KillMode', ctx.profile).includes(ctx.value)) state.killMode = ctx.value;
};

/** cgroup-v1 settings: a deprecation notice (252/257) or a "removed" notice (262); never scored. */
export const cgroupV1: Handler = (_state, ctx) => {
  const advice = ctx.profile.deprecatedOptions[ctx.key];
  if (ctx.profile.removedOptions.includes(ctx.key)) ctx.warn('removed-option', { key: ctx.key });
  else if (advice !== undefined) ctx.warn('deprecated-option', { key: ctx.key, advice });
};

/** ManagedOOMSwap=/ManagedOOMMemoryPressure=: only `kill` matters (it fails the load on 262). */
export const managedOom: Handler = (state, ctx) => {
  state.managedOomKill ||= ctx.value === 'kill';
};

/** PIDFile= below /var/run/ is rewritten to /run/ with a notice (257+). */
export const pidFile: Handler = (_state, ctx) => {
  if (!ctx.profile.pidFileLegacyNotice) return;
  const path = expandSpecifiers(ctx.value, ctx.unit);
  if (path !== null && path.startsWith('/var/run/')) {
    ctx.warn('pidfile-legacy', { value: path, replacement: `/run/${path.slice('/var/run/'.length)}` });
  }
};

/** Documentation=: each word must be an http(s)/file/info/man URL. */
export const documentation: Handler = (_state, ctx) => {
  for (const word of ctx.value.split(/[ \t\n\r]+/).filter((w) => w !== '')) {
    const valid = /^(https?:\/\/|file:\/)[^\s]+$/.test(word) || /^(info|man):.+$/.test(word);
    if (!valid) ctx.warn('invalid-url', { value: word });
  }
};
