/** The events a bank can subscribe to (contracts' EventTypes.WEBHOOKS), each with its name in the message files. */
export const EVENT_TYPES = [
  { type: 'org.pepiniere.application.submitted.v1', key: 'event.application-submitted' },
  { type: 'org.pepiniere.application.withdrawn.v1', key: 'event.application-withdrawn' },
  { type: 'org.pepiniere.application.decided.v1', key: 'event.application-decided' }
];

export function eventKey(type) {
  const known = EVENT_TYPES.find((event) => event.type === type);
  return known ? known.key : null;
}
