// The tests' CouchDB-protocol server lives with the scripts, which the benchmark shares.
export { startCouch, teamDatabase, freePort, type TestCouch } from '../../scripts/couch-server.mjs';
