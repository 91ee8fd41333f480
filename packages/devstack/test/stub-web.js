// Stands in for the built web app in the supervisor's test: answers HTTP, stops on SIGTERM.
import http from 'node:http';

const server = http
  .createServer((_request, response) => response.end('web'))
  .listen(Number(process.env.PORT), process.env.HOST);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
