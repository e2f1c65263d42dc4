/**
 * The user's groups kept in localStorage, so they survive a reload. A damaged or foreign entry
 * reads as no groups.
 */
import { MAX_CUSTOM_GROUPS, MAX_GROUP_NAME_LENGTH, type CustomGroup } from './custom';

const STORAGE_KEY = 'asem-mobility:custom-groups';

export function loadSavedGroups(storage: Storage | undefined): CustomGroup[] {
  const text = storage?.getItem(STORAGE_KEY);
  if (!text) return [];

  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (group): group is CustomGroup =>
          typeof group?.name === 'string' &&
          group.name.length <= MAX_GROUP_NAME_LENGTH &&
          Array.isArray(group.members) &&
          group.members.every((iso3: unknown) => typeof iso3 === 'string'),
      )
      .slice(0, MAX_CUSTOM_GROUPS);
  } catch {
    return [];
  }
}

export function saveGroups(storage: Storage | undefined, groups: readonly CustomGroup[]): void {
  storage?.setItem(STORAGE_KEY, JSON.stringify(groups));
}
