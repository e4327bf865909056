/**
 * A port on 127.0.0.1 that nothing listens on now, as the system picks it: for the
 * local servers the project starts beside another (Decap's proxy, a dev server the
 * benchmark times, the tests' own previews).
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
