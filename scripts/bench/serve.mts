/**
 * Runs the benchmark's static server as its own process, so that serving files does not wait
 * for the harness's work in the browser driver. Usage: serve.ts PORT PREFIX=DIR [PREFIX=DIR …]
 */
import { startStaticServer } from './static-server';

const [port, ...mounts] = process.argv.slice(2);
const table = Object.fromEntries(
  mounts.map((mount) => {
    const [prefix, dir] = mount.split('=');
    return [prefix, dir];
  }),
);
const server = await startStaticServer(table, Number(port));
process.send?.({ url: server.url });
