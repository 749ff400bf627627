import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteMembership, useUpdateMemberBodyCodes, useUpdateMembershipResolution } from './useMembersEditing';
import { isStaleVersion } from '../contracts/split';
import type { MemberRow } from './useAggregationMembers';
import { FormErrors } from '../../components/FormErrors';
import { fieldError, serverErrors, type ServerError } from '../../lib/errors';
import type { MembershipResolutionOrgan } from '../../gql/graphql';

/**
 * The lead's actions on one member: record its council resolution, correct
 * its codice fiscale and e-invoicing office codes, remove it (not the lead
 * itself) while the members may change (removable).
 */
export function MemberActions({ m, onChanged, removable = true }: { m: MemberRow; onChanged: (what: 'resolution' | 'removed' | 'codes') => void; removable?: boolean }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'resolution' | 'remove' | 'codes'>('idle');
  const [cf, setCF] = useState(m.body.codiceFiscale ?? '');
  const [offices, setOffices] = useState((m.body.invoicingOfficeCodes ?? []).join(', '));
  const [{ fetching: savingCodes }, saveCodes] = useUpdateMemberBodyCodes();
  const [number, setNumber] = useState(m.resolutionNumber ?? '');
  const [date, setDate] = useState(m.resolutionDate ?? '');
  const [organ, setOrgan] = useState<MembershipResolutionOrgan | ''>(m.resolutionOrgan ?? '');
  const [errors, setErrors] = useState<ServerError[]>([]);
  const errorsRef = useRef<HTMLDivElement>(null);
  const [{ fetching: saving }, update] = useUpdateMembershipResolution();
  const [{ fetching: removing }, remove] = useDeleteMembership();
  const id = `res-${m.id}`;

  function done(errs: ServerError[], what: 'resolution' | 'removed' | 'codes') {
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
              version: m.version, // a change by someone else meanwhile is a CONFLICT
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
  if (mode === 'codes') {
    const stale = isStaleVersion(errors);
    return (
      <form
        className="d-flex flex-wrap gap-2 align-items-end"
        data-testid="codes-form"
        aria-label={t('bodyCodes.editOf', { name: m.body.name })}
        onSubmit={async (e) => {
          e.preventDefault();
          const codes = offices.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);
          const r = await saveCodes({ bodyID: m.body.id, version: m.body.version, input: { codiceFiscale: cf.trim(), invoicingOfficeCodes: codes } });
          done(serverErrors(r.error), 'codes');
        }}
      >
        {stale
          ? <div className="alert alert-warning w-100" role="alert">{t('bodyCodes.conflict')}</div>
          : <FormErrors ref={errorsRef} errors={errors} shownFields={['codiceFiscale', 'invoicingOfficeCodes']} />}
        <div>
          <label htmlFor={`${id}-cf`} className="small d-block">{t('bodyCodes.codiceFiscale')}</label>
          <input id={`${id}-cf`} className="form-control form-control-sm" value={cf} maxLength={16} inputMode="numeric" style={{ width: '9rem' }}
            onChange={(e) => setCF(e.target.value)} aria-describedby={`${id}-cf-hint`}
            aria-invalid={fieldError(errors, 'codiceFiscale') ? true : undefined} />
          <small id={`${id}-cf-hint`} className="d-block text-secondary">{fieldError(errors, 'codiceFiscale') ?? t('bodyCodes.cfHint')}</small>
        </div>
        <div>
          <label htmlFor={`${id}-uo`} className="small d-block">{t('bodyCodes.offices')}</label>
          <input id={`${id}-uo`} className="form-control form-control-sm" value={offices} style={{ width: '14rem' }}
            onChange={(e) => setOffices(e.target.value.toUpperCase())} aria-describedby={`${id}-uo-hint`}
            aria-invalid={fieldError(errors, 'invoicingOfficeCodes') ? true : undefined} />
          <small id={`${id}-uo-hint`} className="d-block text-secondary">{fieldError(errors, 'invoicingOfficeCodes') ?? t('bodyCodes.officesHint')}</small>
        </div>
        <button type="submit" className="btn btn-primary btn-sm" disabled={savingCodes || stale}>{t('bodyCodes.save')}</button>
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
      <button type="button" className="btn btn-outline-primary btn-sm" data-testid="edit-codes" onClick={() => { setErrors([]); setMode('codes'); }}>
        {t('bodyCodes.edit')}<span className="visually-hidden"> {m.body.name}</span>
      </button>
      {removable && m.role !== 'LEAD' && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setMode('remove')}>
          {t('aggregation.remove')}<span className="visually-hidden"> {m.body.name}</span>
        </button>
      )}
    </div>
  );
}
