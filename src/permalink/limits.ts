/**
 * The permalink format's name and size limits, apart from the codec so that small pages (the
 * `/embed` page through `decode-native.ts`) can use them without bundling the DEFLATE codec.
 */

/** The format `encodePermalink` writes: the prefix before the first `.` of every new link. */
export const CURRENT_FORMAT = 'u1';

/**
 * The most bytes a link may unpack to (1 MiB). Decoding stops as soon as it is exceeded, so a
 * crafted link cannot hang the page or exhaust its memory.
 */
export const MAX_PAYLOAD_BYTES = 1 << 20;

/**
 * The longest fragment a decoder reads (2 Mi characters): more than any state under
 * {@link MAX_PAYLOAD_BYTES} can need even stored uncompressed, so longer ones fail fast.
 */
export const MAX_FRAGMENT_LENGTH = 2 << 20;
