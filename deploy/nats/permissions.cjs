// Who may do what on NATS: one user per service, and the permissions the server enforces.
// deploy/local writes them into the development server's configuration; the Helm chart renders
// the same rules. docs/architecture.md explains them; libs/messaging's tests check them on a real server.
'use strict';

const SERVICES = ['registry', 'organization', 'instructor', 'assessment', 'notification'];

/** Request subjects each service calls, beyond every service's system ping and probe receipts. */
const CALLS = {
  registry: ['organization.org-unit.get'],
  organization: [],
  instructor: ['organization.org-unit.get', 'organization.policy.get'],
  assessment: [],
  notification: [],
};

/** The prefix of a service's reply inboxes: only it may read what is answered to it. */
const inboxPrefix = (service) => `_INBOX_${service}`;

/** nats-server permissions of a service's user. */
function permissionsOf(service) {
  const stream = `EVT_${service.toUpperCase()}`;
  return {
    publish: {
      allow: [
        `evt.${service}.>`, // its own events, into its own stream
        `dlq.${service}.>`, // what its consumers give up on
        '*.system.ping',
        '*.probe-receipt.get',
        ...CALLS[service],
        // JetStream: read any stream, create a missing one, change only its own; consumers; acks.
        '$JS.API.INFO',
        '$JS.API.STREAM.NAMES',
        '$JS.API.STREAM.LIST',
        '$JS.API.STREAM.INFO.*',
        '$JS.API.STREAM.CREATE.*',
        `$JS.API.STREAM.UPDATE.${stream}`,
        '$JS.API.STREAM.UPDATE.DEAD_LETTER',
        '$JS.API.CONSUMER.>',
        '$JS.ACK.>',
      ],
      deny: ['$JS.API.CONSUMER.DELETE.>'],
    },
    subscribe: {
      allow: [`${service}.>`, `${inboxPrefix(service)}.>`],
    },
    // Answers to the requests it serves go to the caller's reply subject.
    allow_responses: true,
  };
}

/** Development password of a service's NATS user (production sets its own). */
const devPassword = (service) => `dev-nats-${service}`;

/** The tests' and the launcher's own user: everything, for reading streams and setting scenes. */
const DEV_ADMIN = { user: 'dangjian-dev', password: 'dev-nats-admin' };

/** The `authorization` block of a development server's configuration. */
function devAuthorization() {
  const users = SERVICES.map((service) => ({ user: service, password: devPassword(service), permissions: permissionsOf(service) }));
  users.push({ user: DEV_ADMIN.user, password: DEV_ADMIN.password });
  return { users };
}

module.exports = { SERVICES, CALLS, inboxPrefix, permissionsOf, devPassword, DEV_ADMIN, devAuthorization };
