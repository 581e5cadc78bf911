/** The credit schema by subject; the types they share with each other and other modules are declared in ../refs/. */
import './standards.js';
import './records.js';
import './objections-repair.js';
import './standing.js';
import './ranking.js';
import './guidance.js';
