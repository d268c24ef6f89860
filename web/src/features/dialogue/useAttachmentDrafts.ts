import { useCallback, useRef, useState } from 'react';
import { deleteAttachment, uploadAttachment } from './api';
import { categoryFromFilename, fileToBase64 } from './format';
import { ATTACHMENT_CATEGORIES, type Attachment, type AttachmentCategory } from './types';

export interface DraftAttachment {
  /** Local key (stable while the item is re-uploaded under another category). */
  key: string;
  name: string;
  size: number;
  category: AttachmentCategory;
  status: 'uploading' | 'ready' | 'failed' | 'rejected';
  /** The server's id once uploaded. */
  id?: string;
  /** Kept so a changed category can be uploaded again; absent for attachments restored from the server. */
  file?: File;
  error?: string;
}

function asCategory(value: string): AttachmentCategory {
  return ATTACHMENT_CATEGORIES.find((c) => c === value) ?? 'document';
}

let counter = 0;
const nextKey = () => `attachment-${(counter += 1)}`;

/**
 * The answer's attachments. A file is uploaded as soon as it is chosen, so the server's content
 * check (PDF, JPEG, PNG) answers at once, under the category its name suggests. The server has
 * no way to change a category, so a change deletes the upload and sends the file again.
 */
export function useAttachmentDrafts(conversationId: string, initial: Attachment[], onAnnounce: (message: string) => void) {
  const [items, setItems] = useState<DraftAttachment[]>(() =>
    initial.map((a) => ({ key: nextKey(), name: a.filename, size: a.sizeBytes, category: asCategory(a.category), status: 'ready', id: a.id })),
  );
  // The latest list for callbacks that finish after later changes.
  const latest = useRef(items);
  latest.current = items;
  const patch = useCallback((key: string, change: Partial<DraftAttachment>) => {
    setItems((previous) => previous.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const upload = useCallback(
    async (key: string, file: File, category: AttachmentCategory, messages: { uploaded: (name: string) => string }) => {
      patch(key, { status: 'uploading', error: undefined, id: undefined });
      try {
        const saved = await uploadAttachment(conversationId, { filename: file.name, category, contentBase64: await fileToBase64(file) });
        // Removed while uploading: the upload is not wanted.
        if (!latest.current.some((item) => item.key === key)) {
          await deleteAttachment(saved.id).catch(() => undefined);
          return;
        }
        patch(key, { status: 'ready', id: saved.id });
        onAnnounce(messages.uploaded(file.name));
      } catch (error) {
        patch(key, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [conversationId, onAnnounce, patch],
  );

  const add = (accepted: File[], rejected: { file: File; reason: string }[], messages: { uploaded: (name: string) => string }) => {
    const fresh = accepted.map((file): DraftAttachment => ({ key: nextKey(), name: file.name, size: file.size, category: categoryFromFilename(file.name), status: 'uploading', file }));
    const refused = rejected.map((r): DraftAttachment => ({ key: nextKey(), name: r.file.name, size: r.file.size, category: 'document', status: 'rejected', error: r.reason }));
    setItems((previous) => [...previous, ...fresh, ...refused]);
    for (const item of fresh) void upload(item.key, item.file!, item.category, messages);
  };

  const setCategory = async (key: string, category: AttachmentCategory, messages: { uploaded: (name: string) => string }) => {
    const item = latest.current.find((i) => i.key === key);
    // Without the file (restored from the server) the category cannot be sent again.
    if (!item?.file || item.category === category) return;
    patch(key, { category });
    if (item.id) await deleteAttachment(item.id).catch(() => undefined);
    await upload(key, item.file, category, messages);
  };

  const remove = async (key: string) => {
    const item = latest.current.find((i) => i.key === key);
    setItems((previous) => previous.filter((i) => i.key !== key));
    // A failed delete leaves an unsent draft upload that only its uploader can see; nothing to tell.
    if (item?.id) await deleteAttachment(item.id).catch(() => undefined);
  };

  const ready = items.filter((i) => i.status === 'ready' && i.id);
  return {
    items,
    add,
    setCategory,
    remove,
    uploading: items.some((i) => i.status === 'uploading'),
    readyIds: ready.map((i) => i.id!),
    readyCategories: ready.map((i) => i.category),
    /** Counted against the limit: everything but refused files. */
    count: items.filter((i) => i.status !== 'rejected').length,
  };
}
