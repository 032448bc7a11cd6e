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
