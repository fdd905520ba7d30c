import { describe, expect, it, vi } from 'vitest';
import { createHandlers, filesFromArgv, type HandlerEffects } from '../../../electron/main/handlers';
import { SEEDS_DIR } from '../../support/corpus';

function effects(overrides: Partial<HandlerEffects> = {}): HandlerEffects {
  return {
    appInfo: () => ({ name: 'Corroborate', version: '1.2.3', edition: 'desktop', platform: 'linux' }),
    showOpenDialog: async () => [],
    showSaveDialog: async () => null,
    writeFile: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('main-process handlers', () => {
  it('reads the folder chosen in the open dialog', async () => {
    const handlers = createHandlers(effects({ showOpenDialog: async () => [SEEDS_DIR] }));
    const batch = await handlers.pickArticleFiles({ mode: 'folder' });
    expect(batch.files.map((f) => f.name)).toEqual(['000_b0b42460a32a0478.txt', '003_9dd4b330143851c7.txt']);
  });

  it('reads nothing when the dialog is cancelled', async () => {
    const handlers = createHandlers(effects());
    await expect(handlers.pickArticleFiles({ mode: 'files' })).resolves.toEqual({ files: [], errors: [] });
  });

  it('writes an export only where the user chose', async () => {
    const writeFile = vi.fn(async () => {});
    const handlers = createHandlers(effects({ showSaveDialog: async () => '/home/u/report.md', writeFile }));
    const result = await handlers.saveExport({ suggestedName: 'report.md', mimeType: 'text/markdown', content: '# R' });
    expect(result).toEqual({ saved: true, location: '/home/u/report.md' });
    expect(writeFile).toHaveBeenCalledWith('/home/u/report.md', '# R');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const writeFile = vi.fn(async () => {});
    const handlers = createHandlers(effects({ writeFile }));
    const result = await handlers.saveExport({ suggestedName: 'r.md', mimeType: 'text/markdown', content: 'x' });
    expect(result).toEqual({ saved: false, reason: 'cancelled' });
    expect(writeFile).not.toHaveBeenCalled();
  });
});

describe('files named on the command line', () => {
  it('takes the arguments after the app, not flags', () => {
    expect(filesFromArgv(['/usr/bin/electron', '.', 'a.txt', '--inspect', 'b.html'], false)).toEqual(['a.txt', 'b.html']);
    expect(filesFromArgv(['/opt/Corroborate/corroborate', 'a.txt'], true)).toEqual(['a.txt']);
    expect(filesFromArgv(['/opt/Corroborate/corroborate'], true)).toEqual([]);
  });
});
