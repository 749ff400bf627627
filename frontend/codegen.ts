import type { CodegenConfig } from '@graphql-codegen/cli';

// Types are generated from the schema files in the repository: no running
// server is needed (`npm run codegen`). The output in src/gql/ is committed.
const config: CodegenConfig = {
  schema: '../graph/schema/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          ID: 'string',
          Cents: 'number',
          Date: 'string',
          Time: 'string',
          Cursor: 'string',
          TextMap: 'Record<string, string>',
          Map: 'Record<string, unknown>',
          Upload: 'File',
        },
      },
    },
  },
};

export default config;
