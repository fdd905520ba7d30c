// Serves the built browser edition (out/web) with Vite's preview server.
//   `npm run web`: on PORT (default 4178); when that port is taken, Vite says so in one line and takes
//   the next free one, and the address actually used is printed.
//   `PORT=0`: a free port chosen by the system (the test suites do this and read the printed address).
import { preview } from 'vite';

const requested = process.env.PORT === undefined || process.env.PORT === '' ? 4178 : Number(process.env.PORT);
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}"`);
  process.exit(1);
}

try {
  const server = await preview({
    configFile: 'vite.web.config.ts',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: requested, strictPort: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : requested;
  if (requested !== 0 && port !== requested) console.log(`Port ${requested} is in use; using ${port} instead.`);
  console.log(`Corroborate (browser edition): http://127.0.0.1:${port}/`);
} catch (err) {
  console.error(`Could not start the browser edition: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
