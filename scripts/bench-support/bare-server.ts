// The bare Node HTTP server started the way bin/afsprakenbot.js starts the bot: through tsx's loader.
import { createServer } from 'node:http';

createServer((_req, res) => res.end('{"ok":true}')).listen(Number(process.env.PORT), '127.0.0.1');
