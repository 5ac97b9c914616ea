/**
 * Permalinks: the playground state in the URL fragment. Pure functions, no DOM; imports only the
 * engine's types. See `permalink.ts` for the format and `share-url.ts` for building full URLs.
 */
export { CURRENT_FORMAT, MAX_FRAGMENT_LENGTH, MAX_PAYLOAD_BYTES, decodePermalink, encodePermalink, permalinkPayloadBytes } from './permalink.ts';
export type { PermalinkError, PermalinkErrorCode, PermalinkResult, PermalinkState } from './state.ts';
export { LEGACY_MODE, linkMode } from './state.ts';
export { CHAT_LINK_LIMIT, isTooLongForChat, permalinkUrl } from './share-url.ts';
export type { LinkTarget } from './share-url.ts';
export { encodePermalinkNative } from './encode-native.ts';
export { decodePermalinkNative } from './decode-native.ts';
