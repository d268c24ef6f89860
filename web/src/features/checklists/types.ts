/** Checklist API types (see docs/API.md, "Checklists"). */
export type ChecklistKey = 'nav_request_to_gp' | 'gp_answer_to_nav' | 'gp_sick_note' | (string & {});

export interface ChecklistItem {
  nb: string;
  en: string;
}

export interface Checklist {
  key: string;
  audience: 'gp' | 'nav';
  title: { nb: string; en: string };
  version: number;
  createdAt: string;
  items: ChecklistItem[];
}

export interface ChecklistSummary {
  key: string;
  audience: 'gp' | 'nav';
  title: { nb: string; en: string };
  currentVersion: number | null;
  latestVersion: number;
}

export interface ChecklistVersion {
  version: number;
  published: boolean;
  createdAt: string;
  createdBy: string | null;
  items: ChecklistItem[];
}
