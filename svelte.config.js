import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every route is prerendered to plain files, so any static web server can host the build.
    // Hosts that serve `404.html` for unknown addresses then show the site's own error page.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
    alias: { $data: 'data' },
    // Content Security Policy, written into every prerendered page as a <meta> tag with hashes
    // of SvelteKit's inline bootstrap script. README.md lists the same policy as HTTP headers.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        // WebAssembly (DuckDB, parquet-wasm) needs 'wasm-unsafe-eval'; JavaScript eval stays off.
        'script-src': ['self', 'wasm-unsafe-eval'],
        'worker-src': ['self'],
        'connect-src': ['self'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        // Svelte writes style attributes into prerendered HTML, which needs 'unsafe-inline'.
        'style-src': ['self', 'unsafe-inline'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

// The benchmark (scripts/bench) builds the site on synthetic data into another folder.
if (process.env.ASEM_DATA_DIR) config.kit.alias.$data = process.env.ASEM_DATA_DIR;
if (process.env.ASEM_BUILD_DIR) {
  const folder = process.env.ASEM_BUILD_DIR;
  config.kit.adapter = adapter({
    pages: folder,
    assets: folder,
    fallback: '404.html',
    strict: true,
  });
}

export default config;
