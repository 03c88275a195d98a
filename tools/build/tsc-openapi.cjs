#!/usr/bin/env node
// Builds a service like `tsc -p <tsconfig>`, with @nestjs/swagger's compiler plugin: every DTO and query
// property is documented in the OpenAPI document from its TypeScript type and its class-validator
// decorators (enums, patterns, lengths, bounds), so the document cannot drift from the validation.
'use strict';
const path = require('node:path');
const ts = require('typescript');
const { before } = require('@nestjs/swagger/plugin');

const configPath = path.resolve(process.argv[2]);
const read = ts.readConfigFile(configPath, ts.sys.readFile);
if (read.error) fail([read.error]);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
if (parsed.errors.length) fail(parsed.errors);

const builder = ts.createIncrementalProgram({ rootNames: parsed.fileNames, options: parsed.options, configFileParsingDiagnostics: parsed.errors });
const program = builder.getProgram();
const plugin = before({ classValidatorShim: true, introspectComments: true, dtoFileNameSuffix: ['.dto.ts', '.controller.ts'] }, program);
const emitted = builder.emit(undefined, undefined, undefined, false, { before: [plugin] });
const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) fail(diagnostics);

function fail(list) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: ts.sys.getCurrentDirectory, getNewLine: () => ts.sys.newLine };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(list, host));
  process.exit(1);
}
