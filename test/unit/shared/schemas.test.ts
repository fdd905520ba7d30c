import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, isInvokeChannel } from '../../../shared/api/channels';
import { CONTENT_SECURITY_POLICY } from '../../../shared/api/csp';
import { PAYLOAD_SCHEMAS, exportFileSchema, pickRequestSchema } from '../../../shared/api/schemas';

describe('contract validators', () => {
  it('every invoke channel has a payload schema', () => {
    for (const channel of Object.values(INVOKE_CHANNELS)) expect(PAYLOAD_SCHEMAS[channel]).toBeDefined();
  });

  it('knows only the contract channels', () => {
    expect(isInvokeChannel('files:pick')).toBe(true);
    expect(isInvokeChannel('files:read-any')).toBe(false);
    expect(isInvokeChannel(42)).toBe(false);
  });

  it('accepts a pick request for files or a folder only', () => {
    expect(pickRequestSchema.safeParse({ mode: 'files' }).success).toBe(true);
    expect(pickRequestSchema.safeParse({ mode: 'folder' }).success).toBe(true);
    expect(pickRequestSchema.safeParse({ mode: 'disk' }).success).toBe(false);
    expect(pickRequestSchema.safeParse({ mode: 'files', defaultPath: '/etc' }).success).toBe(false);
  });

  it.each(['report.html', 'Titan review (2023).corroborate.json', 'rapport-été.md'])('accepts the export name %s', (name) => {
    expect(exportFileSchema.safeParse({ suggestedName: name, mimeType: 'text/html', content: '' }).success).toBe(true);
  });

  it.each(['', '..', '../x.html', 'a/b.html', 'a\\b.html', 'x\0.html', 'x'.repeat(256)])(
    'refuses the export name %j',
    (name) => {
      expect(exportFileSchema.safeParse({ suggestedName: name, mimeType: 'text/html', content: '' }).success).toBe(false);
    },
  );

  it('accepts a PDF export only with a .pdf name and some HTML', async () => {
    const { pdfExportSchema } = await import('../../../shared/api/schemas');
    expect(pdfExportSchema.safeParse({ suggestedName: 'review.pdf', html: '<p>x</p>' }).success).toBe(true);
    expect(pdfExportSchema.safeParse({ suggestedName: 'review.html', html: '<p>x</p>' }).success).toBe(false);
    expect(pdfExportSchema.safeParse({ suggestedName: '../review.pdf', html: '<p>x</p>' }).success).toBe(false);
    expect(pdfExportSchema.safeParse({ suggestedName: 'review.pdf', html: '' }).success).toBe(false);
  });

  it('refuses a content that is not text or a bogus MIME type', () => {
    expect(exportFileSchema.safeParse({ suggestedName: 'a.csv', mimeType: 'text/csv', content: 5 }).success).toBe(false);
    expect(exportFileSchema.safeParse({ suggestedName: 'a.csv', mimeType: 'text', content: '' }).success).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );

  it('allows scripts only from our own origin, never inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('forbids plugins, frames, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('sends no request outside our own origin', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});
