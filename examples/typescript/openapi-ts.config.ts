import { defineConfig } from '@hey-api/openapi-ts';

// The TypeScript client of openapi/pancake.yaml: fetch client, types, SDK functions and zod
// schemas (the driver validates every answer with them at run time). Written to src/hey-api,
// which is generated, not committed.
export default defineConfig({
  input: '../../openapi/pancake.yaml',
  output: { path: 'src/hey-api', importFileExtension: '.js' },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk', 'zod'],
});
