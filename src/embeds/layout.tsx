import { raw } from "hono/html";
import type { Child } from "hono/jsx";

/** An HTML document: Hono JSX emits no doctype, so it is prepended here. */
export async function renderDocument(page: Child): Promise<string> {
  return `<!DOCTYPE html>${await Promise.resolve(String(page))}`;
}

export function Head(props: { title: string; css: string; children?: Child }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{props.title}</title>
      <style>{raw(props.css)}</style>
      {props.children}
    </head>
  );
}
