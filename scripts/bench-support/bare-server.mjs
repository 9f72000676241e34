// The yardstick for start time: a bare Node HTTP server that answers every request with 200.
// Started as plain JavaScript, and through the same TypeScript loader the bot uses (bare-server.ts).
import { createServer } from 'node:http';

createServer((_req, res) => res.end('{"ok":true}')).listen(Number(process.env.PORT), '127.0.0.1');
