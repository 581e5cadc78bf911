/** The credit schema by subject; refs.ts declares the types every subject file and other modules share. */
import './standards.js';
import './records.js';
import './objections-repair.js';
import './standing.js';
import './ranking.js';

export * from './refs.js';
