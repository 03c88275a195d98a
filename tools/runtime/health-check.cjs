// The image's HEALTHCHECK: the service answers its liveness probe (the chart's probes call the same route).
'use strict';
const port = process.env.HTTP_PORT || '8080';
fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(4000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
