import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every route is prerendered to plain files, so any static web server can host the build.
    adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
    alias: { $data: 'data' },
  },
};

// The benchmark (scripts/bench) builds the site on synthetic data into another folder.
if (process.env.ASEM_DATA_DIR) config.kit.alias.$data = process.env.ASEM_DATA_DIR;
if (process.env.ASEM_BUILD_DIR) {
  const folder = process.env.ASEM_BUILD_DIR;
  config.kit.adapter = adapter({ pages: folder, assets: folder, strict: true });
}

export default config;
