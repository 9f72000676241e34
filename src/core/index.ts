export * from './agreement.js';
export * from './messages.js';
export * from './ports.js';
export * from './errors.js';
export * from './people.js';
export * from './channel.js';
