// Where the editor keeps things on this machine: drafts in extension storage, attached test files
// in IndexedDB (bytes never leave the machine).
import { openDB } from 'idb';
import { browser } from 'wxt/browser';
import type { Draft, DraftStore } from './draft.ts';

const key = (id: string) => `editorDraft:${id}`;

export const browserDrafts: DraftStore = {
  async get(id) {
    return (await browser.storage.local.get(key(id)))[key(id)] as Draft | undefined;
  },
  async put(d) {
    await browser.storage.local.set({ [key(d.packId)]: d });
  },
  async remove(id) {
    await browser.storage.local.remove(key(id));
  },
};

export interface TestFile {
  name: string;
  bytes: Uint8Array;
}
const db = () => openDB('nd30-editor', 1, { upgrade: (d) => void d.createObjectStore('files', { keyPath: 'name' }) });

export async function listFiles(): Promise<TestFile[]> {
  return (await (await db()).getAll('files')) as TestFile[];
}
export async function putFile(f: TestFile): Promise<void> {
  await (await db()).put('files', f);
}
export async function removeFile(name: string): Promise<void> {
  await (await db()).delete('files', name);
}
