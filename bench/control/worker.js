// The control for `npm run bench`: a bare Worker on the same workerd, with and without one D1 read
// or one D1 write (an insert, committed, as each of Claimtrail's writes is), and answering the
// bytes and headers of Claimtrail's warm badge and card (SAME_AS, from bench/run.mjs).
let scratch;
let sameAs;

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === "/d1") {
      return Response.json(await env.DB.prepare("select id, text from claims order by id limit 1").first());
    }
    if (pathname === "/d1-write") {
      // Made once per isolate, so each request is the insert alone.
      scratch ??= env.DB.prepare("create table if not exists bench_writes (id integer primary key, body text)").run();
      await scratch;
      const body = await request.text();
      const { meta } = await env.DB.prepare("insert into bench_writes (body) values (?)").bind(body).run();
      return Response.json({ id: meta.last_row_id }, { status: 201 });
    }
    if (pathname.startsWith("/same-as/")) {
      sameAs ??= JSON.parse(env.SAME_AS);
      const answer = sameAs[pathname.slice("/same-as/".length)];
      return new Response(answer.body, { headers: answer.headers });
    }
    return Response.json({ ok: true });
  },
};
