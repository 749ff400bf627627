import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/**
 * Bootstrap Italia's breadcrumb: Home, then the pages above this one (links),
 * then this page (aria-current).
 */
export function Breadcrumb({ trail = [], current }: { trail?: { to: string; label: ReactNode }[]; current: ReactNode }) {
  return (
    <nav aria-label="breadcrumb" className="breadcrumb-container">
      <ol className="breadcrumb">
        <li className="breadcrumb-item"><Link to="/">Home</Link><span className="separator">/</span></li>
        {trail.map((p, i) => (
          <li key={i} className="breadcrumb-item"><Link to={p.to}>{p.label}</Link><span className="separator">/</span></li>
        ))}
        <li className="breadcrumb-item active" aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
