/**
 * Lighthouse's mobile profile, applied to a page through the Chrome DevTools Protocol: the "slow
 * 4G" network of its `mobileSlow4G` settings (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up),
 * a CPU 4× slower than the machine's, and the screen of its mobile form factor (412×823 CSS pixels
 * at 1.75 device pixels per CSS pixel, touch).
 *
 * The round trip is applied as DevTools throttling applies it, once per request; Lighthouse's own
 * "simulated" mode models TCP and TLS round trips on top, which a static host over HTTP/2 mostly
 * spares a page's later requests. The figures are the ("150 ms round trip, 1.6 Mbit/s").
 */
import type { CDPSession } from 'playwright-core';

/** The figures of the profile; `downloadKbps`/`uploadKbps` in kilobits (1,024 bits) per second, as Lighthouse writes them. */
export const MOBILE_PROFILE = {
  cpuSlowdown: 4,
  rttMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
} as const;

/** Bytes per second of a rate in Lighthouse's kilobits per second. */
function bytesPerSecond(kbps: number): number {
  return (kbps * 1024) / 8;
}

/**
 * Throttles the page behind `cdp` to {@link MOBILE_PROFILE}'s CPU and network and disables its
 * HTTP cache (every load is a first visit). The screen is the browser context's (see
 * {@link mobileContextOptions}). Call before navigating; it lasts as long as the session.
 */
export async function applyMobileProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE_PROFILE.rttMs,
    downloadThroughput: bytesPerSecond(MOBILE_PROFILE.downloadKbps),
    uploadThroughput: bytesPerSecond(MOBILE_PROFILE.uploadKbps),
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
}

/**
 * Options for `browser.newContext()` giving {@link MOBILE_PROFILE}'s screen. Service workers are
 * blocked: the site registers its offline worker after `load`, and its precaching, a first visit's
 * background work, is not what a reader waits for (nor is it throttled, being another target).
 */
export function mobileContextOptions(): { viewport: { width: number; height: number }; deviceScaleFactor: number; isMobile: boolean; hasTouch: boolean; serviceWorkers: 'block' } {
  return { viewport: { ...MOBILE_PROFILE.viewport }, deviceScaleFactor: MOBILE_PROFILE.deviceScaleFactor, isMobile: true, hasTouch: true, serviceWorkers: 'block' };
}
