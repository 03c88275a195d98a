import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Apps import libs, never each other; libs never import apps; pure domain libs import no I/O frameworks. */
function boundaries(testFile) {
  const tests = testFile ? ['type:testing'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contracts', 'type:data', 'type:platform', 'type:domain', ...tests] },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:data', 'type:domain', ...tests] },
      { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:contracts', 'type:data', 'type:domain', ...tests] },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:domain'],
        bannedExternalImports: ['@nestjs/*', 'mongoose', 'mongodb', 'nats', '@nats-io/*', 'fastify', 'keycloak-connect'],
      },
      { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:data', 'type:domain', 'type:testing'] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:data', 'type:platform', 'type:domain'] },
    ],
  };
}

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.nx/**', '.local/**', 'deploy/**', 'tools/**', 'helm/dangjian/**', '**/jest.config.js', '**/jest.int.config.js', 'jest.preset.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
    },
  },
  {
    // Test files may also use the test harness lib; production code may not.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
];
