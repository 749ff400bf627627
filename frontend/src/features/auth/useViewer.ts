import { useMemo } from 'react';
import { useOutletContext } from 'react-router-dom';
import type { Me } from '../layout/AppLayout';
import { viewerOf, type Viewer } from '../home/roles';

/** The signed-in user and its capabilities, inside the signed-in layout. */
export function useViewer(): { me: Me; viewer: Viewer } {
  const me = useOutletContext<Me>();
  const viewer = useMemo(() => viewerOf((me.roleAssignments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))), [me]);
  return { me, viewer };
}
