import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import {
  decideWindowOpen,
  isAllowedNavigation,
  isPermissionGranted,
  openExternalUrl,
} from '../../../electron/main/guards';

describe('navigation guard', () => {
  it('allows our own app:// page', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://corroborate/index.html#/case/1')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://corroborate/index.html',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://user:pw@corroborate/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('openExternalUrl', () => {
  it('opens parsed http and https URLs, normalised', async () => {
    const open = vi.fn(async () => {});
    expect(await openExternalUrl('https://www.reuters.com/world/a b', open)).toBe(true);
    expect(await openExternalUrl('http://example.org', open)).toBe(true);
    expect(open.mock.calls).toEqual([['https://www.reuters.com/world/a%20b'], ['http://example.org/']]);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(document.cookie)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pass@example.com/',
    '//example.com',
    'example.com',
    '',
  ])('refuses %s without calling open', async (url) => {
    const open = vi.fn(async () => {});
    expect(await openExternalUrl(url, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('window open and permission decisions', () => {
  it('never opens a new window, and sends http(s) links to the system browser', async () => {
    const open = vi.fn(async () => {});
    expect(decideWindowOpen('https://example.com/article', open)).toEqual({ action: 'deny' });
    expect(decideWindowOpen('file:///etc/passwd', open)).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(open.mock.calls).toEqual([['https://example.com/article']]);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission',
    (permission) => {
      expect(isPermissionGranted(permission)).toBe(false);
    },
  );
});
