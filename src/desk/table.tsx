import type { Child } from "hono/jsx";

/**
 * A desk table: one header cell per column, the rows as children, in a box that scrolls sideways
 * on a narrow screen rather than widening the page.
 */
export function Table({ columns, children }: { columns: string[]; children?: Child }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row's first cell: what the row is, then its id, muted, for copying into the API or a log search. */
export function NamedId({ name, id }: { name: string; id: string }) {
  return (
    <td>
      {name} <span class="muted">{id}</span>
    </td>
  );
}
