import { useEffect, useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ariaSort, type Sort } from '../lib/sorting';

/**
 * Attributes a row or cell may carry besides its content: a class, the
 * data-testid and data-* hooks of the tests (data-number, data-cig…).
 */
export type Attrs = { className?: string } & { [data: `data-${string}`]: string | number | boolean | null | undefined };

/** One column of a DataTable. */
export type Column<R> = {
  /** Unique among the columns (React key). */
  key: string;
  /** The text of the header cell (<th scope="col">). */
  header: ReactNode;
  /** Money and counts: header and cells aligned right (text-end). */
  numeric?: boolean;
  /** The cells of this column are the row headers (<th scope="row">). */
  rowHeader?: boolean;
  /** The content of the row's cell. */
  cell: (row: R, index: number) => ReactNode;
  /** Classes of the body cells (after text-end for numeric columns). */
  className?: string;
  /** Attributes of each body cell, from its row (data-testid, data-col…); a className here replaces className above. */
  cellProps?: (row: R) => Attrs;
  /** Classes of the header cell (after text-end for numeric columns). */
  headerClassName?: string;
  /** The cell of the footer row; a column without one has an empty cell there. */
  footer?: ReactNode;
  /** Attributes of the footer cell (its className goes after text-end for numeric columns). */
  footerProps?: Attrs;
  /** The API's order field of this column: with the table's onSort, the header is a button that sorts by it. */
  sortField?: string;
};

/** A column, or nothing (`cond && {...}`) for a column shown only sometimes. */
export type MaybeColumn<R> = Column<R> | false | null | undefined;

type Props<R> = {
  /** What the table lists: every table has a caption, visually hidden unless captionClassName says otherwise. */
  caption: ReactNode;
  /** Classes of the caption; 'visually-hidden' by default. */
  captionClassName?: string;
  columns: MaybeColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Attributes of each body row (data-testid, data-number…). */
  rowProps?: (row: R) => Attrs;
  /** Classes of the <table>; Bootstrap's 'table align-middle' by default. */
  className?: string;
  /** data-testid of the <table>. */
  testid?: string;
  /** Classes of the <thead> (e.g. 'visually-hidden' for headers only assistive technology reads). */
  headClassName?: string;
  /** Attributes of the footer row; with them, or any column's footer, the table gets a <tfoot>. */
  footerProps?: Attrs;
  /** Shown in a single full-width row when there are no rows; without it an empty table has an empty body. */
  empty?: ReactNode;
  /**
   * The name of the scrolling wrapper: with it the wrapper is a focusable
   * region, so that on narrow screens the table scrolls sideways by keyboard too.
   */
  scrollLabel?: string;
  /** Classes of the wrapper after 'table-responsive'. */
  wrapperClassName?: string;
  wrapperStyle?: CSSProperties;
  /** Rendered inside the wrapper after the table. */
  children?: ReactNode;
  /** The current sort (columns with a sortField get aria-sort). */
  sort?: Sort;
  /** Called with a column's sortField when the user activates its header. */
  onSort?: (field: string) => void;
};

const sortIcon = (sort: Sort | undefined, field: string) => {
  const a = ariaSort(sort, field);
  return a === 'ascending' ? '▲' : a === 'descending' ? '▼' : '↕';
};

/**
 * Whether the element scrolls sideways (its content is wider than it), kept
 * up to date as it or its content is resized.
 */
function useOverflowsX<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    const ro = new ResizeObserver(check);
    ro.observe(el);
    if (el.firstElementChild) ro.observe(el.firstElementChild);
    return () => ro.disconnect();
  }, []);
  return [ref, overflows] as const;
}

const join = (...cls: (string | false | undefined)[]) => cls.filter(Boolean).join(' ') || undefined;

/**
 * A Bootstrap table in its responsive wrapper: caption, column headers
 * (scope="col"), one row per item with its row header (scope="row"),
 * numeric columns aligned right, an optional totals row in <tfoot> and an
 * optional empty-state row.
 */
export function DataTable<R>({
  caption,
  captionClassName = 'visually-hidden',
  columns: maybe,
  rows,
  rowKey,
  rowProps,
  className = 'table align-middle',
  testid,
  headClassName,
  footerProps,
  empty,
  scrollLabel,
  wrapperClassName,
  wrapperStyle,
  children,
  sort,
  onSort,
}: Props<R>) {
  const columns = maybe.filter((c): c is Column<R> => !!c);
  const hasFooter = !!footerProps || columns.some((c) => c.footer !== undefined);
  const captionId = useId();
  const [wrapperRef, overflows] = useOverflowsX<HTMLDivElement>();
  // A wrapper that scrolls is focusable, so that keyboard users can scroll
  // it too: with scrollLabel always, as a named region; otherwise when the
  // table is wider than the screen, as a group named by the caption (not a
  // region: the section around a table often has the caption's name, and
  // two landmarks may not share one).
  const region = scrollLabel
    ? { tabIndex: 0, role: 'region', 'aria-label': scrollLabel }
    : overflows
      ? { tabIndex: 0, role: 'group', 'aria-labelledby': captionId }
      : {};
  return (
    <div ref={wrapperRef} className={join('table-responsive', wrapperClassName)} style={wrapperStyle} {...region}>
      <table className={className} data-testid={testid}>
        <caption id={captionId} className={captionClassName}>{caption}</caption>
        <thead className={headClassName}>
          <tr>
            {columns.map((c) =>
              c.sortField && onSort ? (
                <th key={c.key} scope="col" className={join(c.numeric && 'text-end', c.headerClassName)} aria-sort={ariaSort(sort, c.sortField)}>
                  <button type="button" className="btn btn-link p-0 fw-semibold text-start text-decoration-none sort-button" data-sort={c.sortField}
                    onClick={() => onSort(c.sortField!)}>
                    {c.header}
                    <span aria-hidden="true" className="ms-1">{sortIcon(sort, c.sortField)}</span>
                  </button>
                </th>
              ) : (
                <th key={c.key} scope="col" className={join(c.numeric && 'text-end', c.headerClassName)}>{c.header}</th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={rowKey(r)} {...rowProps?.(r)}>
              {columns.map((c) => {
                const { className: cls = c.className, ...attrs } = c.cellProps?.(r) ?? {};
                const props = { ...attrs, className: join(c.numeric && 'text-end', cls) };
                return c.rowHeader ? (
                  <th key={c.key} scope="row" {...props}>{c.cell(r, i)}</th>
                ) : (
                  <td key={c.key} {...props}>{c.cell(r, i)}</td>
                );
              })}
            </tr>
          ))}
          {rows.length === 0 && empty !== undefined && (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
        </tbody>
        {hasFooter && (
          <tfoot>
            <tr {...footerProps}>
              {columns.map((c) => {
                if (c.footer === undefined) return <td key={c.key} />;
                const { className: cls, ...attrs } = c.footerProps ?? {};
                const props = { ...attrs, className: join(c.numeric && 'text-end', cls) };
                return c.rowHeader ? (
                  <th key={c.key} scope="row" {...props}>{c.footer}</th>
                ) : (
                  <td key={c.key} {...props}>{c.footer}</td>
                );
              })}
            </tr>
          </tfoot>
        )}
      </table>
      {children}
    </div>
  );
}
