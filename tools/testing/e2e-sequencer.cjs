// The e2e files share one broker, and organization's durable consumers of registry's stream carry on where the
// previous file's left off: a file after a large import first works through its events. The access test, which
// waits for organization to catch up before its hundreds of cells, goes first, then the console's browser test
// (it seeds the demo county and waits for organization too); the rest by path.
'use strict';
const Sequencer = require('@jest/test-sequencer').default;

class E2eSequencer extends Sequencer {
  sort(tests) {
    const order = ['access.e2e-spec.ts', 'console.e2e-spec.ts'];
    const first = (t) => {
      const i = order.findIndex((name) => t.path.endsWith(`/${name}`));
      return i < 0 ? order.length : i;
    };
    return [...tests].sort((a, b) => first(a) - first(b) || a.path.localeCompare(b.path));
  }
}

module.exports = E2eSequencer;
