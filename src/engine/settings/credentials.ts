/**
 * LoadCredential[Encrypted]=ID[:SOURCE] and SetCredential[Encrypted]=ID:DATA. Only the encrypted
 * forms matter for scoring (they add a TPM device to an active device list); all four warn alike.
 */
import type { ApplyContext, Handler } from './context.ts';

/** systemd's credential_name_valid(): a valid file name that is also a valid fd name (printable ASCII, no `:`). */
function credentialNameValid(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && name.length <= 255 && /^[\x21-\x7e]+$/.test(name) && !name.includes('/') && !name.includes(':');
}

/** Validates `ID[:SOURCE]`; warns and returns false when systemd would ignore the line. */
function loadValid(ctx: ApplyContext): string | null {
  const colon = ctx.value.indexOf(':');
  const id = colon < 0 ? ctx.value : ctx.value.slice(0, colon);
  const source = colon < 0 ? '' : ctx.value.slice(colon + 1);
  if (!credentialNameValid(id)) {
    ctx.warn('credential-name', { name: id });
    return null;
  }
  if (source !== '' && !source.startsWith('/') && !credentialNameValid(source)) {
    ctx.warn('credential-source', { source });
    return null;
  }
  return id;
}

/** Why `data` is not Base64 for systemd: `Invalid argument` (bad character) or `Broken pipe` (bad length). */
function base64Error(data: string): string | null {
  const compact = data.replace(/[ \t\n\r]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return 'Invalid argument';
  if (compact.length % 4 !== 0) return 'Broken pipe';
  return null;
}

/** Validates `ID:DATA`; warns and returns null when systemd would ignore the line, else the id. */
function setValid(ctx: ApplyContext, encrypted: boolean): string | null {
  const colon = ctx.value.indexOf(':');
  if (colon < 0 || colon === ctx.value.length - 1) {
    ctx.warn('invalid-syntax', { value: ctx.value });
    return null;
  }
  const id = ctx.value.slice(0, colon);
  if (!credentialNameValid(id)) {
    ctx.warn('credential-name', { name: id });
    return null;
  }
  if (!encrypted) return id;
  const error = base64Error(ctx.value.slice(colon + 1));
  if (error === null) return id;
  if (ctx.profile.legacyWarnings) ctx.warn('credential-base64-legacy');
  else ctx.warn('credential-base64', { error });
  return null;
}

/**
 * Load and set credentials live in two tables keyed by id (plain and encrypted together): an empty
 * value clears its table, and a later line for the same id replaces the earlier one.
 */
function credential(kind: 'load' | 'set', encrypted: boolean): Handler {
  const table = kind === 'load' ? 'loadCredentials' : 'setCredentials';
  return (state, ctx) => {
    if (ctx.value === '') {
      state[table] = new Map();
      ctx.touch('encryptedCredentials', true);
      return;
    }
    const id = kind === 'load' ? loadValid(ctx) : setValid(ctx, encrypted);
    if (id === null) return;
    state[table].set(id, encrypted);
    if (encrypted) ctx.touch('encryptedCredentials');
  };
}

/** LoadCredential=. */
export const loadCredential: Handler = credential('load', false);
/** LoadCredentialEncrypted=. */
export const loadCredentialEncrypted: Handler = credential('load', true);
/** SetCredential=. */
export const setCredential: Handler = credential('set', false);
/** SetCredentialEncrypted=. */
export const setCredentialEncrypted: Handler = credential('set', true);
