/**
 * The site's Content-Security-Policy: the <meta> every page carries is the policy public/_headers
 * sends, and the build has the pages every-page.e2e.ts checks under it (home, lessons, settings).
 */
import { expect } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/components/csp.ts';
import { test } from './browser.ts';
import { builtPages, headersFilePolicy } from './site-pages.ts';

const pages = builtPages();

test('the policy in <meta> is the one public/_headers sends', () => {
  expect(headersFilePolicy()).toBe(CONTENT_SECURITY_POLICY);
});

test('the build has pages to check (home, lessons, settings)', ({ site }) => {
  expect(site.baseURL).not.toBe('');
  expect(pages).toContain('');
  expect(pages).toContain('lessons/');
  expect(pages).toContain('settings/');
});
