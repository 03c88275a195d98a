/** Header names carried on NATS messages and HTTP requests across services. */
export const HEADER_REQUEST_ID = 'x-request-id';
export const HEADER_NATS_MSG_ID = 'Nats-Msg-Id';
export const HEADER_EVENT_TYPE = 'x-event-type';
export const HEADER_DEAD_LETTER_REASON = 'x-dead-letter-reason';
export const HEADER_DEAD_LETTER_DELIVERIES = 'x-dead-letter-deliveries';
