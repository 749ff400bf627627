import type { DeliverableStatus } from '../../gql/graphql';

export type MatrixInput = { id: string; status: DeliverableStatus; dueOn?: string | null; body: { id: string; name: string }; interventionLine: { id: string; code: string; name: string } };
export type MatrixCell = { counts: Partial<Record<DeliverableStatus, number>>; late: number; total: number };
export type Matrix = {
  bodies: { id: string; name: string }[];
  lines: { id: string; code: string; name: string }[];
  cell: (bodyID: string, lineID: string) => MatrixCell | undefined;
};

/** The order statuses are shown in a cell: the most advanced first. */
export const matrixStatuses: DeliverableStatus[] = ['ACCEPTED', 'DELIVERED', 'IN_PROGRESS', 'PLANNED', 'REJECTED'];

/**
 * Deliverables per member (rows, by name) and intervention line (columns,
 * by code): how many in each status, and how many are late (due before
 * today and neither delivered nor accepted).
 */
export function deliverablesMatrix(list: MatrixInput[], today: string): Matrix {
  const bodies = new Map<string, { id: string; name: string }>();
  const lines = new Map<string, { id: string; code: string; name: string }>();
  const cells = new Map<string, MatrixCell>();
  for (const d of list) {
    bodies.set(d.body.id, d.body);
    lines.set(d.interventionLine.id, d.interventionLine);
    const k = `${d.body.id}|${d.interventionLine.id}`;
    const c = cells.get(k) ?? { counts: {}, late: 0, total: 0 };
    c.counts[d.status] = (c.counts[d.status] ?? 0) + 1;
    c.total++;
    if (d.dueOn && d.dueOn < today && (d.status === 'PLANNED' || d.status === 'IN_PROGRESS' || d.status === 'REJECTED')) c.late++;
    cells.set(k, c);
  }
  return {
    bodies: [...bodies.values()].sort((a, b) => a.name.localeCompare(b.name, 'it')),
    lines: [...lines.values()].sort((a, b) => a.code.localeCompare(b.code, 'it', { numeric: true })),
    cell: (b, l) => cells.get(`${b}|${l}`),
  };
}
