import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppRequest } from '../../../electron/main/app-protocol';

const root = path.resolve('/opt/corroborate/out/renderer');

describe('app:// request resolution', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveAppRequest('app://corroborate/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://corroborate/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://corroborate/assets/index-abc.js?v=1', root)).toBe(
      path.join(root, 'assets/index-abc.js'),
    );
  });

  it.each(['app://corroborate/../../etc/passwd', 'app://corroborate/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser drops the dot segments)',
    (url) => {
      expect(resolveAppRequest(url, root)).toBe(path.join(root, 'etc/passwd'));
    },
  );

  it.each([
    'app://corroborate/assets/..%2f..%2f..%2fsecret',
    'app://corroborate/a%5c..%5c..%5csecret',
    'app://corroborate/index.html%00.js',
    'app://corroborate/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('labels built assets with their content type', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
