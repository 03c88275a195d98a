// Shared jest settings: SWC transpiles TypeScript with decorator metadata (Nest DI needs it).
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/**
 * @param {string} projectRoot directory of the project, relative to the workspace root
 * @param {'unit' | 'int'} kind unit: *.spec.ts, no I/O; int: *.int-spec.ts against real servers
 */
function jestConfig(projectRoot, kind) {
  const root = path.resolve(__dirname, projectRoot);
  return {
    displayName: `${path.basename(projectRoot)}:${kind}`,
    rootDir: root,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)s$': swcTransform },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper: { '^@dangjian/(.*)$': path.join(__dirname, 'libs/$1/src') },
    testMatch: kind === 'unit' ? ['<rootDir>/**/*.spec.ts'] : ['<rootDir>/**/*.int-spec.ts'],
    testTimeout: kind === 'unit' ? 10_000 : 120_000,
    ...(kind === 'int'
      ? {
          globalSetup: path.join(__dirname, 'libs/testing/src/jest-global-setup.ts'),
          globalTeardown: path.join(__dirname, 'libs/testing/src/jest-global-teardown.ts'),
          maxWorkers: 1,
        }
      : {}),
  };
}

module.exports = { jestConfig, swcTransform };
