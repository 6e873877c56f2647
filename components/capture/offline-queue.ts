// Uploads taken while offline wait in IndexedDB (files survive a closed tab) until the phone is back
// online. Each keeps the idempotency key it was given when taken, so a retry never makes two documents.

export interface QueuedUpload {
  id: string;
  filename: string;
  type: string;
  blob: Blob;
  takenAt: string;
}

const DB = "sieve-capture";
const STORE = "uploads";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export const enqueueUpload = (upload: QueuedUpload) => tx("readwrite", (s) => s.put(upload)).then(() => undefined);
export const removeQueuedUpload = (id: string) => tx("readwrite", (s) => s.delete(id)).then(() => undefined);
export const queuedUploads = () => tx<QueuedUpload[]>("readonly", (s) => s.getAll() as IDBRequest<QueuedUpload[]>).then((all) => all.sort((a, b) => a.takenAt.localeCompare(b.takenAt)));
