import * as React from 'react';
import type { DataSite } from '../../data/sp';

/**
 * What a part's components may ask of the outside world, built by the host (the web part class from its
 * SPFx context, the workbench from the emulator) and handed down by context — never a module singleton.
 */
export interface IPartServices {
  /** The suite's data site for this part (its setting, else the tenant property); resolved once. */
  dataSite: () => Promise<DataSite>;
  /** Told each time SharePoint throttles one of this part's requests and the data layer waits to retry. */
  retries?: RetryHub;
}

/** What the data layer says before it waits to retry a throttled request (its `RetryEvent`). */
export interface IRetryNotice {
  readonly attempt: number;
  readonly maxAttempts: number;
  readonly waitMs: number;
}

/**
 * One part's retry notices: the data layer's send stage emits, the host's status line listens. Kept here,
 * not in the data layer, so the host can listen before the data layer's chunk has loaded.
 */
export class RetryHub {
  private readonly listeners: Array<(notice: IRetryNotice) => void> = [];

  public subscribe(listener: (notice: IRetryNotice) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  public emit(notice: IRetryNotice): void {
    this.listeners.slice().forEach((listener) => {
      try {
        listener(notice);
      } catch {
        // A failing listener must not break the request it observes.
      }
    });
  }
}

export const PartServicesContext: React.Context<IPartServices | undefined> = React.createContext<IPartServices | undefined>(undefined);

export function usePartServices(): IPartServices {
  const services = React.useContext(PartServicesContext);
  if (!services) throw new Error('usePartServices must be used inside a PartHost given services');
  return services;
}
