/**
 * Tenant properties ("storage entities"). Tenant-wide: readable through any web, writable through
 * SharePoint's setStorageEntity only on the app catalog web by a site admin, or directly through the
 * emulator control API.
 */

export interface StorageEntity {
  Value: string | null;
  Description: string | null;
  Comment: string | null;
}

export class StorageEntities {
  private readonly map = new Map<string, StorageEntity>();

  public get(key: string): StorageEntity | undefined {
    return this.map.get(key);
  }

  public set(key: string, value: string | null, description: string | null = null, comment: string | null = null): void {
    this.map.set(key, { Value: value, Description: description, Comment: comment });
  }

  public remove(key: string): boolean {
    return this.map.delete(key);
  }

  public all(): Record<string, StorageEntity> {
    return Object.fromEntries(this.map.entries());
  }
}
