// The yardstick for `npm run bench:functions`: a bare Hono app served the same way as
// functions/node.ts (@hono/node-server, 127.0.0.1), doing no work beyond reading the request.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/bare', (c) => c.json({ ok: true }));
app.post('/bare', async (c) => {
  await c.req.json();
  return c.json({ ok: true });
});
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT) }, (i) => console.log(`bare listening ${i.port}`));
