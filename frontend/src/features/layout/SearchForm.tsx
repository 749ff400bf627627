import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** A search field that opens /cerca?q=…; `initial` pre-fills it (the search page). */
export function SearchForm({ id, initial = '', className = '', dark = false, name }: { id: string; initial?: string; className?: string; dark?: boolean; name?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    navigate(`/cerca?q=${encodeURIComponent(q.trim())}`);
  }
  return (
    <form role="search" className={`d-flex align-items-center gap-2 ${className}`} onSubmit={onSubmit} aria-label={name ?? t('shell.search')}>
      <label htmlFor={id} className="visually-hidden">{t('shell.searchLabel')}</label>
      <input
        id={id}
        type="search"
        className="form-control header-search-input"
        value={q}
        placeholder={t('shell.searchPlaceholder')}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit" className={`btn btn-sm ${dark ? 'btn-outline-light' : 'btn-primary'}`}>{t('shell.search')}</button>
    </form>
  );
}
