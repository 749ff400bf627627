import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteMembership, useUpdateMembershipResolution } from './useMembersEditing';
import type { MemberRow } from './useAggregationMembers';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import type { MembershipResolutionOrgan } from '../../gql/graphql';

/** The lead's actions on one member: record its council resolution, remove it (not the lead itself). */
export function MemberActions({ m, onChanged }: { m: MemberRow; onChanged: (what: 'resolution' | 'removed') => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'resolution' | 'remove'>('idle');
  const [number, setNumber] = useState(m.resolutionNumber ?? '');
  const [date, setDate] = useState(m.resolutionDate ?? '');
  const [organ, setOrgan] = useState<MembershipResolutionOrgan | ''>(m.resolutionOrgan ?? '');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [{ fetching: saving }, update] = useUpdateMembershipResolution();
  const [{ fetching: removing }, remove] = useDeleteMembership();
  const id = `res-${m.id}`;

  function done(errs: ServerError[], what: 'resolution' | 'removed') {
    setErrors(errs);
    if (errs.length) setTimeout(() => errorsRef.current?.focus(), 0);
    else {
      setMode('idle');
      onChanged(what);
    }
  }

  if (mode === 'resolution') {
    return (
      <form
        className="d-flex flex-wrap gap-2 align-items-end"
        data-testid="resolution-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await update({
            id: m.id,
            input: {
              resolutionNumber: number.trim() || null,
              clearResolutionNumber: !number.trim(),
              resolutionDate: date || null,
              clearResolutionDate: !date,
              resolutionOrgan: organ || null,
              clearResolutionOrgan: !organ,
            },
          });
          done(serverErrors(r.error), 'resolution');
        }}
      >
        <FormErrors ref={errorsRef} errors={errors} shownFields={['resolutionNumber', 'resolutionDate']} />
        <div>
          <label htmlFor={`${id}-n`} className="small d-block">{t('aggregation.resolutionNumber')}</label>
          <input id={`${id}-n`} className="form-control form-control-sm" value={number} onChange={(e) => setNumber(e.target.value)} style={{ width: '7rem' }}
            aria-invalid={fieldError(errors, 'resolutionNumber') ? true : undefined} />
        </div>
        <div>
          <label htmlFor={`${id}-d`} className="small d-block">{t('aggregation.resolutionDate')}</label>
          <input id={`${id}-d`} type="date" className="form-control form-control-sm" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-o`} className="small d-block">{t('aggregation.resolutionOrgan')}</label>
          <select id={`${id}-o`} className="form-select form-select-sm" value={organ} onChange={(e) => setOrgan(e.target.value as MembershipResolutionOrgan | '')}>
            <option value="">—</option>
            <option value="GIUNTA">{t('aggregation.organ.GIUNTA')}</option>
            <option value="CONSIGLIO">{t('aggregation.organ.CONSIGLIO')}</option>
          </select>
        </div>
        <button type="submit" className="btn btn-primary btn-sm" disabled={saving}>{t('aggregation.saveResolution')}</button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setMode('idle')}>{t('app.cancel')}</button>
      </form>
    );
  }
  if (mode === 'remove') {
    return (
      <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="d-flex flex-wrap gap-2 align-items-center">
        <FormErrors ref={errorsRef} errors={errors} />
        <span id={`${id}-confirm`} className="small">{t('aggregation.confirmRemove', { name: m.body.name })}</span>
        <button type="button" className="btn btn-danger btn-sm" disabled={removing} autoFocus
          onClick={async () => done(serverErrors((await remove({ id: m.id })).error), 'removed')}>
          {t('aggregation.remove')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setMode('idle')}>{t('app.cancel')}</button>
      </div>
    );
  }
  return (
    <div className="d-flex flex-wrap gap-2">
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setMode('resolution')}>
        {t('aggregation.editResolution')}<span className="visually-hidden"> {m.body.name}</span>
      </button>
      {m.role !== 'LEAD' && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setMode('remove')}>
          {t('aggregation.remove')}<span className="visually-hidden"> {m.body.name}</span>
        </button>
      )}
    </div>
  );
}
