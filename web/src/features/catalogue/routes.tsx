import { KnowledgeEntryPage } from './pages/KnowledgeEntryPage';
import { ComparePage } from './pages/ComparePage';
import { KnowledgeHomePage } from './pages/KnowledgeHomePage';
import { ModelPage } from './pages/ModelPage';
import { ModelsPage } from './pages/ModelsPage';
import { EditorListPage } from './editor/EditorListPage';
import { EntryEditPage } from './editor/EntryEditPage';
import { InterviewPage } from './editor/InterviewPage';
import { NewEntryPage } from './editor/NewEntryPage';
import { VersionPage } from './editor/VersionPage';
import { RequireEditor } from './editor/RequireEditor';
import './catalogue.css';

/**
 * The catalogue and knowledge base (issue 11), loaded on demand. The public pages need no sign-in
 * and show only what is published; the editor pages are for editors (the server decides).
 */
export const KnowledgeHomeRoute = () => <KnowledgeHomePage />;
export const ModelsRoute = () => <ModelsPage />;
export const ModelRoute = () => <ModelPage />;
export const CompareRoute = () => <ComparePage />;
export const MeasureRoute = () => <KnowledgeEntryPage kind="measure" />;
export const ArticleRoute = () => <KnowledgeEntryPage kind="article" />;
export const ChecklistRoute = () => <KnowledgeEntryPage kind="checklist" />;
export const TemplateRoute = () => <KnowledgeEntryPage kind="template" />;

// Editors only (signed in).
export const EditorListRoute = () => <RequireEditor><EditorListPage /></RequireEditor>;
export const NewEntryRoute = () => <RequireEditor><NewEntryPage /></RequireEditor>;
export const InterviewRoute = () => <RequireEditor><InterviewPage /></RequireEditor>;
export const EntryEditRoute = () => <RequireEditor><EntryEditPage /></RequireEditor>;
export const VersionRoute = () => <RequireEditor><VersionPage /></RequireEditor>;
