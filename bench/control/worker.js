// The control for `npm run bench`: a bare Worker on the same workerd, with and without one D1 read.
export default {
  async fetch(request, env) {
    if (new URL(request.url).pathname === "/d1") {
      return Response.json(await env.DB.prepare("select id, text from claims order by id limit 1").first());
    }
    return Response.json({ ok: true });
  },
};
