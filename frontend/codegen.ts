import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Types are generated from the schema files in the repository: no running
// server is needed (`npm run codegen`). The output in src/gql/ is committed.
//
// Every document is also a trusted document: codegen writes
// src/gql/persisted-documents.json (SHA-256 of the document → its text),
// which the server embeds, and the client sends the hash instead of the
// text (src/lib/client.ts). __typename is added to every selection here,
// at build time, because the server runs the registered text and urql's
// document cache needs the typenames in the answers.
const config: CodegenConfig = {
  schema: '../graph/schema/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
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
