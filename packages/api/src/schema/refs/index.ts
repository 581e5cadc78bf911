/** The schema's shared enums and object refs: what every schema file imports instead of importing another schema file. */
export * from './enums.js';
export * from './objects.js';
