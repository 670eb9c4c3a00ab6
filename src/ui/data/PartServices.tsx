import * as React from 'react';
import type { DataSite } from '../../data/sp';

/**
 * What a part's components may ask of the outside world, built by the host (the web part class from its
 * SPFx context, the workbench from the emulator) and handed down by context — never a module singleton.
 */
export interface IPartServices {
  /** The suite's data site for this part (its setting, else the tenant property); resolved once. */
  dataSite: () => Promise<DataSite>;
}

export const PartServicesContext: React.Context<IPartServices | undefined> = React.createContext<IPartServices | undefined>(undefined);

export function usePartServices(): IPartServices {
  const services = React.useContext(PartServicesContext);
  if (!services) throw new Error('usePartServices must be used inside a PartHost given services');
  return services;
}
