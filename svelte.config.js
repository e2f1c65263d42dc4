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

export default config;
