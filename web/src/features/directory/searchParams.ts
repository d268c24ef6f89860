import { ORG_KINDS, type OrgKind } from '../../api/types';
import { SEARCH_TYPES, type SearchType } from './types';

export function parseSearchType(value: string | null): SearchType {
  return SEARCH_TYPES.find((type) => type === value) ?? 'all';
}

export function parseOrgKind(value: string | null): OrgKind | '' {
  return ORG_KINDS.find((kind) => kind === value) ?? '';
}
