import { OrganizationPatterns, SERVICE_NAMES, SystemPatterns, eventSubjectPrefix, natsInboxPrefix } from '@dangjian/contracts';

// eslint-disable-next-line @typescript-eslint/no-require-imports, @nx/enforce-module-boundaries -- the plain CommonJS rules deploy/local and the chart render
const rules = require('../../../deploy/nats/permissions.cjs') as {
  SERVICES: string[];
  CALLS: Record<string, string[]>;
  inboxPrefix(service: string): string;
  permissionsOf(service: string): { publish: { allow: string[] }; subscribe: { allow: string[] } };
};

describe('the NATS permissions file', () => {
  it('should name the same services and reply inboxes as the code', () => {
    expect(rules.SERVICES).toEqual([...SERVICE_NAMES]);
    for (const service of SERVICE_NAMES) expect(rules.inboxPrefix(service)).toBe(natsInboxPrefix(service));
  });

  it('should let each service publish its own events and listen on its own subjects only', () => {
    for (const service of SERVICE_NAMES) {
      const { publish, subscribe } = rules.permissionsOf(service);
      expect(publish.allow.filter((s) => s.startsWith('evt.'))).toEqual([`${eventSubjectPrefix(service)}.>`]);
      expect(subscribe.allow).toEqual([`${service}.>`, `${natsInboxPrefix(service)}.>`]);
    }
  });

  it('should allow the requests the code makes', () => {
    expect(rules.CALLS.registry).toContain(OrganizationPatterns.orgUnitGet);
    for (const service of SERVICE_NAMES) {
      const allow = rules.permissionsOf(service).publish.allow;
      expect(allow).toContain(SystemPatterns.ping('registry').replace('registry', '*'));
      expect(allow).toContain(SystemPatterns.probeReceiptGet('registry').replace('registry', '*'));
    }
  });
});
