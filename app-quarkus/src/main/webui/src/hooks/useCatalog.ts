import { useEffect } from 'react';
import { describeError } from '../api/client';
import { listServices, listStaff } from '../api/endpoints';
import type { Service, StaffMember } from '../api/types';
import { useToasts } from '../app/toasts';
import { useResource } from './useResource';

/** Services and staff for the filter menus; a failure leaves the menus with "All" only and says so. */
export function useCatalog(): { services: Service[]; staff: StaffMember[] } {
  const { notify } = useToasts();
  const services = useResource('services', (signal) => listServices(signal));
  const staff = useResource('staff', (signal) => listStaff(undefined, signal));
  const failed = services.error ?? staff.error;
  useEffect(() => {
    if (failed !== undefined) {
      notify({
        kind: 'error',
        message: `Services and staff could not be loaded. ${describeError(failed)}`,
        action: {
          label: 'Retry',
          run: () => {
            services.reload();
            staff.reload();
          },
        },
      });
    }
    // Only a new failure is worth a notice.
  }, [failed]);
  return { services: services.data ?? [], staff: staff.data ?? [] };
}
