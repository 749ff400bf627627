import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddMembership, useSearchBodies } from './useMembersEditing';
import { FormErrors } from '../../components/FormErrors';
import { serverErrors, type ServerError } from '../../lib/errors';
import { formatInteger } from '../../lib/format';
import { nodesOf } from '../../lib/paging';

/** The lead adds a comune or unione to its aggregation, found among the reference bodies by name and province. */
export function AddMemberForm({ aggregationID, memberIDs, onAdded }: { aggregationID: string; memberIDs: Set<string>; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [province, setProvince] = useState('');
  const [q, setQ] = useState({ name: '', province: '' });
  useEffect(() => {
    const h = setTimeout(() => setQ({ name: name.trim(), province: province.trim().toUpperCase() }), 300);
    return () => clearTimeout(h);
  }, [name, province]);
  const [{ data, fetching }] = useSearchBodies(q.name, q.province);
  const [{ fetching: adding }, add] = useAddMembership();
  const [errors, setErrors] = useState<ServerError[]>([]);
  const errorsRef = useRef<HTMLDivElement>(null);
  const rows = nodesOf(data?.publicBodies);

  async function onAdd(id: string, bodyName: string) {
    const r = await add({ input: { aggregationID, bodyID: id, role: 'MEMBER' } });
    const errs = serverErrors(r.error);
    setErrors(errs);
    if (errs.length) setTimeout(() => errorsRef.current?.focus(), 0);
    else onAdded(bodyName);
  }

  return (
    <section aria-labelledby="add-member-title" className="border rounded p-3 mb-4" data-testid="add-member">
      <h3 id="add-member-title" className="h5">{t('aggregation.add.title')}</h3>
      <FormErrors ref={errorsRef} errors={errors} />
      <div className="row" role="search" aria-label={t('aggregation.add.title')}>
        <div className="col-md-8 form-group mt-4 mb-2">
          <label htmlFor="add-member-name" className="active">{t('aggregation.add.name')}</label>
          <input id="add-member-name" type="search" className="form-control" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" aria-describedby="add-member-hint" />
          <small id="add-member-hint" className="form-text">{t('aggregation.add.hint')}</small>
        </div>
        <div className="col-md-4 form-group mt-4 mb-2">
          <label htmlFor="add-member-province" className="active">{t('aggregation.add.province')}</label>
          <input id="add-member-province" className="form-control" value={province} maxLength={2} onChange={(e) => setProvince(e.target.value)} autoComplete="off" />
        </div>
      </div>
      <div aria-live="polite">
        {q.name.length >= 2 && !fetching && data && (
          rows.length === 0 ? (
            <p className="mb-0">{t('aggregation.add.none')}</p>
          ) : (
            <ul className="list-group" data-testid="body-results">
              {rows.map((b) => (
                <li key={b.id} className="list-group-item d-flex justify-content-between align-items-center gap-2" data-testid="body-result">
                  <span>
                    {b.name} <span className="small">({b.provinceCode ?? '—'}) · ISTAT {b.istatCode ?? '—'} · {t('aggregation.add.inhabitants', { n: formatInteger(b.population) })}</span>
                  </span>
                  {memberIDs.has(b.id) ? (
                    <span className="badge bg-secondary">{t('aggregation.add.already')}</span>
                  ) : (
                    <button type="button" className="btn btn-outline-primary btn-sm" disabled={adding} onClick={() => void onAdd(b.id, b.name)}>
                      {t('aggregation.add.submit')}<span className="visually-hidden"> {b.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        )}
      </div>
    </section>
  );
}
