import { useTranslation } from 'react-i18next';

type Props = {
  /** 1-based page shown. */
  page: number;
  /** Number of pages, when known. */
  pages?: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  /** What is paged, for the navigation's accessible name. */
  label: string;
  disabled?: boolean;
};

/** "Precedente · Pagina 2 di 4 · Successiva" in Bootstrap Italia's pagination style. */
export function Pager({ page, pages, hasPrev, hasNext, onPrev, onNext, label, disabled }: Props) {
  const { t } = useTranslation();
  if (!hasPrev && !hasNext) return null;
  return (
    <nav className="pagination-wrapper justify-content-center" aria-label={label}>
      <ul className="pagination align-items-center">
        <li className={`page-item${hasPrev ? '' : ' disabled'}`}>
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onPrev} disabled={!hasPrev || disabled}>
            {t('pager.prev')}
          </button>
        </li>
        <li className="page-item mx-3" aria-live="polite">
          {pages ? t('pager.pageOf', { page, pages }) : t('pager.page', { page })}
        </li>
        <li className={`page-item${hasNext ? '' : ' disabled'}`}>
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onNext} disabled={!hasNext || disabled}>
            {t('pager.next')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

type CursorPages = { page: number; hasPrev: boolean; prev: () => void; next: (endCursor: string | null | undefined) => void };
type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/** A Pager over a Relay connection paged with useCursorPages. */
export function ConnectionPager({ label, pager, connection, pageSize, disabled }: {
  label: string;
  pager: CursorPages;
  connection: Connection;
  pageSize: number;
  disabled?: boolean;
}) {
  return (
    <Pager
      label={label}
      page={pager.page}
      pages={Math.ceil(connection.totalCount / pageSize)}
      hasPrev={pager.hasPrev}
      hasNext={connection.pageInfo.hasNextPage}
      onPrev={pager.prev}
      onNext={() => pager.next(connection.pageInfo.endCursor)}
      disabled={disabled}
    />
  );
}

type ClientPages = { page: number; pages: number; hasPrev: boolean; hasNext: boolean; prev: () => void; next: () => void };

/** A Pager over a list in memory paged with useClientPages. */
export function ClientPager({ label, pages }: { label: string; pages: ClientPages }) {
  return (
    <Pager
      label={label}
      page={pages.page}
      pages={pages.pages}
      hasPrev={pages.hasPrev}
      hasNext={pages.hasNext}
      onPrev={pages.prev}
      onNext={pages.next}
    />
  );
}
